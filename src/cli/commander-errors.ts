import type { Command, CommanderError } from 'commander';
import type { Lang } from '../types.js';
import { LANG_SEPARATOR } from './options.js';

/** A parse error of one command (commander's, in English) with the command it came from. */
export interface ParseFailure {
  error: CommanderError;
  command: Command;
}

/** The full name of a command as typed: "plan-check rules show". */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * Commander's usage errors in the run's language. Commander writes them in English only; its
 * messages are stable within a major version, and a message not recognised is shown as is.
 */
export function translateParseError({ error, command }: ParseFailure, lang: Lang): string {
  const vi = lang === 'vi';
  const m = error.message.replace(/^error: /, '');
  const suggestion = (s: string | undefined) => (s ? (vi ? `; có phải bạn muốn gõ: ${s}?` : `; did you mean: ${s}?`) : '');
  let text: string | undefined;
  let r: RegExpMatchArray | null;
  switch (error.code) {
    case 'commander.missingArgument':
      if ((r = m.match(/missing required argument '(.+)'/))) text = vi ? `thiếu tham số <${r[1]}>` : `missing argument <${r[1]}>`;
      break;
    case 'commander.optionMissingArgument':
      if ((r = m.match(/option '(.+)' argument missing/))) text = vi ? `tùy chọn ${r[1]} cần một giá trị` : `option ${r[1]} needs a value`;
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((r = m.match(/required option '(.+)' not specified/)))
        text = vi ? `thiếu tùy chọn bắt buộc ${r[1]}` : `required option ${r[1]} is missing`;
      break;
    case 'commander.conflictingOption':
      if ((r = m.match(/^(.+) cannot be used with (.+)$/)))
        text = vi ? `${r[1]} không dùng được cùng ${r[2]}` : `${r[1]} cannot be used with ${r[2]}`;
      break;
    case 'commander.unknownOption':
      if ((r = m.match(/^unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?\s*$/s)))
        text = (vi ? `không có tùy chọn ${r[1]}` : `unknown option ${r[1]}`) + suggestion(r[2]);
      break;
    case 'commander.unknownCommand':
      if ((r = m.match(/^unknown command '(.+?)'(?:\s*\(Did you mean (.+)\?\))?\s*$/s)))
        text = (vi ? `không có lệnh "${r[1]}"` : `unknown command "${r[1]}"`) + suggestion(r[2]);
      break;
    case 'commander.excessArguments':
      if ((r = m.match(/Expected (\d+) arguments? but got (\d+)/)))
        text = vi ? `thừa tham số: cần ${r[1]}, đã nhận ${r[2]}` : `too many arguments: expected ${r[1]}, got ${r[2]}`;
      break;
    case 'commander.invalidArgument':
      if ((r = m.match(/^option '(.+?)' argument '([\s\S]*)' is invalid\. ([\s\S]*)$/))) {
        text = vi
          ? `tùy chọn ${r[1]}: giá trị "${r[2]}" không hợp lệ: ${reason(r[3]!, lang)}`
          : `option ${r[1]}: invalid value "${r[2]}": ${reason(r[3]!, lang)}`;
      } else if ((r = m.match(/^command-argument value '([\s\S]*)' is invalid for argument '(.+?)'\. ([\s\S]*)$/))) {
        text = vi
          ? `tham số <${r[2]}>: giá trị "${r[1]}" không hợp lệ: ${reason(r[3]!, lang)}`
          : `argument <${r[2]}>: invalid value "${r[1]}": ${reason(r[3]!, lang)}`;
      }
      break;
    case 'commander.help': {
      const subs = command.commands.map((c) => c.name()).join(', ');
      text = vi ? `cần một lệnh con: ${subs}` : `a subcommand is needed: ${subs}`;
      break;
    }
  }
  return text ?? m.trim();
}

/** The reason part of an invalid-argument message: ours carry both languages, commander's choices are translated. */
function reason(tail: string, lang: Lang): string {
  const cut = tail.lastIndexOf(LANG_SEPARATOR);
  if (cut >= 0) return lang === 'vi' ? tail.slice(0, cut) : tail.slice(cut + LANG_SEPARATOR.length);
  const choices = tail.match(/^Allowed choices are (.+)\.$/);
  if (choices) return lang === 'vi' ? `phải là một trong: ${choices[1]}` : `must be one of: ${choices[1]}`;
  return tail;
}

/** The line after a usage error that says where help is. */
export function helpHint(command: Command, lang: Lang): string {
  const path = commandPath(command);
  return lang === 'vi' ? `(gõ ${path} --help để xem hướng dẫn)` : `(run ${path} --help for usage)`;
}
