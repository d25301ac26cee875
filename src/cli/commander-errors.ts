import type { Command, CommanderError } from 'commander';
import type { Lang } from '../types.js';
import { LANG_SEPARATOR } from './options.js';
import { msg } from '../messages/index.js';

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
  const m = error.message.replace(/^error: /, '');
  const suggestion = (s: string | undefined) => (s ? msg(lang, 'cli.parse.didYouMean', { suggestion: s }) : '');
  let text: string | undefined;
  let r: RegExpMatchArray | null;
  switch (error.code) {
    case 'commander.missingArgument':
      if ((r = m.match(/missing required argument '(.+)'/))) text = msg(lang, 'cli.parse.missingArgument', { name: r[1]! });
      break;
    case 'commander.optionMissingArgument':
      if ((r = m.match(/option '(.+)' argument missing/))) text = msg(lang, 'cli.parse.optionMissingArgument', { option: r[1]! });
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((r = m.match(/required option '(.+)' not specified/)))
        text = msg(lang, 'cli.parse.missingMandatoryOptionValue', { option: r[1]! });
      break;
    case 'commander.conflictingOption':
      if ((r = m.match(/^(.+) cannot be used with (.+)$/))) text = msg(lang, 'cli.parse.conflictingOption', { a: r[1]!, b: r[2]! });
      break;
    case 'commander.unknownOption':
      if ((r = m.match(/^unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?\s*$/s)))
        text = msg(lang, 'cli.parse.unknownOption', { option: r[1]! }) + suggestion(r[2]);
      break;
    case 'commander.unknownCommand':
      if ((r = m.match(/^unknown command '(.+?)'(?:\s*\(Did you mean (.+)\?\))?\s*$/s)))
        text = msg(lang, 'cli.parse.unknownCommand', { command: r[1]! }) + suggestion(r[2]);
      break;
    case 'commander.excessArguments':
      if ((r = m.match(/Expected (\d+) arguments? but got (\d+)/)))
        text = msg(lang, 'cli.parse.excessArguments', { expected: r[1]!, got: r[2]! });
      break;
    case 'commander.invalidArgument':
      if ((r = m.match(/^option '(.+?)' argument '([\s\S]*)' is invalid\. ([\s\S]*)$/))) {
        text = msg(lang, 'cli.parse.invalidOption', { option: r[1]!, value: r[2]!, reason: reason(r[3]!, lang) });
      } else if ((r = m.match(/^command-argument value '([\s\S]*)' is invalid for argument '(.+?)'\. ([\s\S]*)$/))) {
        text = msg(lang, 'cli.parse.invalidArgument', { name: r[2]!, value: r[1]!, reason: reason(r[3]!, lang) });
      }
      break;
    case 'commander.help': {
      const subs = command.commands.map((c) => c.name()).join(', ');
      text = msg(lang, 'cli.parse.subcommandNeeded', { subcommands: subs });
      break;
    }
  }
  return text ?? m.trim();
}

/** The reason part of an invalid-argument message: ours carry both languages, commander's choices are translated. */
function reason(tail: string, lang: Lang): string {
  const cut = tail.lastIndexOf(LANG_SEPARATOR);
  if (cut >= 0) return { vi: tail.slice(0, cut), en: tail.slice(cut + LANG_SEPARATOR.length) }[lang];
  const choices = tail.match(/^Allowed choices are (.+)\.$/);
  if (choices) return msg(lang, 'cli.parse.choices', { choices: choices[1]! });
  return tail;
}

/** The line after a usage error that says where help is. */
export function helpHint(command: Command, lang: Lang): string {
  const path = commandPath(command);
  return msg(lang, 'cli.parse.help', { command: path });
}
