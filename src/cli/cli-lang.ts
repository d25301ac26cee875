import type { Lang } from '../types.js';
import { Option } from 'commander';
import { parseLang } from './options.js';

/**
 * The language a run speaks, read from the raw arguments before any parsing, so that errors in
 * parsing them (and every subcommand, whichever side of it `--lang` stands) use it too.
 */
export function langFromArgv(argv: readonly string[]): Lang {
  let lang: Lang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'vi') lang = value;
  }
  return lang;
}

/** `--lang`, on every command, defaulting to the language the whole command line asked for. */
export function langOption(lang: Lang, description = 'ngôn ngữ thông báo: vi hoặc en (language)'): Option {
  return new Option('--lang <lang>', description).argParser(parseLang).default(lang);
}
