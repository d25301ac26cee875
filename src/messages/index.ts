/**
 * The message catalogue: every fixed text the tool shows, in Vietnamese (the default) and English,
 * keyed, with named placeholders. Code never chooses a language inline (`lang === 'vi' ? … : …`):
 * it calls `msg(lang, key, params)`. Rule messages live in the rule sets (rules/), not here.
 *
 * How to add a message:
 *   1. In the file of its concern (cli.ts, report.ts, review.ts, …; a new concern gets a new file,
 *      listed in PARTS below), add a line `'<file>.<name>': { vi: '…', en: '…' },` — the key starts
 *      with the file's name. Write `{{name}}` where a value goes, the same names in both languages.
 *   2. In English, a word that follows a number takes `{{n|one|other}}`: '{{n}} {{n|task|tasks}}'.
 *      Vietnamese has no plural: '{{n}} nhiệm vụ'. `{{d:date}}` writes an ISO date as 01/6/2026.
 *   3. Call `msg(lang, '<file>.<name>', { name: value })`: the key and the values are type-checked
 *      (a key that does not exist, a value missing or too many fail `tsc`). For an error that carries
 *      both languages, `both(key, params)` gives `[vi, en]`.
 * tests/message-catalogue.test.ts checks every message has both languages with the same placeholders
 * and fails on an inline language choice left in src/.
 */
import type { Bilingual, Lang } from '../types.js';
import { fill, type Message, type ParamsOf } from './define.js';
import { ANNEX } from './annex.js';
import { BATCH } from './batch.js';
import { CLI } from './cli.js';
import { DIFF } from './diff.js';
import { ENGINE } from './engine.js';
import { ERRORS } from './errors.js';
import { FACTS } from './facts.js';
import { IMPORT } from './import.js';
import { LEGAL } from './legal.js';
import { OPTIONS } from './options.js';
import { OUTPUT } from './output.js';
import { PLAN } from './plan.js';
import { REPORT } from './report.js';
import { REVIEW } from './review.js';
import { RULES } from './rules.js';
import { SERVE } from './serve.js';
import { YAML } from './yaml.js';

/** The catalogue's files: the first part of every key is its file's name. */
export const PARTS = {
  annex: ANNEX,
  batch: BATCH,
  cli: CLI,
  diff: DIFF,
  engine: ENGINE,
  errors: ERRORS,
  facts: FACTS,
  import: IMPORT,
  legal: LEGAL,
  options: OPTIONS,
  output: OUTPUT,
  plan: PLAN,
  report: REPORT,
  review: REVIEW,
  rules: RULES,
  serve: SERVE,
  yaml: YAML,
} as const;

export const MESSAGES = {
  ...ANNEX,
  ...BATCH,
  ...CLI,
  ...DIFF,
  ...ENGINE,
  ...ERRORS,
  ...FACTS,
  ...IMPORT,
  ...LEGAL,
  ...OPTIONS,
  ...OUTPUT,
  ...PLAN,
  ...REPORT,
  ...REVIEW,
  ...RULES,
  ...SERVE,
  ...YAML,
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams<K extends MessageKey> = ParamsOf<(typeof MESSAGES)[K]>;
/** No argument for a message without placeholders, else its values. */
type ParamsArg<K extends MessageKey> = keyof MessageParams<K> extends never ? [] : [params: MessageParams<K>];

/** The text of message `key` in `lang`, its placeholders filled with `params`. */
export function msg<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsArg<K>): string {
  const m: Message = MESSAGES[key];
  return fill(m[lang], (params[0] ?? {}) as Record<string, string | number>);
}

/** The message in both languages, `[vi, en]`: for errors, which carry both (src/errors/). */
export function both<K extends MessageKey>(key: K, ...params: ParamsArg<K>): [vi: string, en: string] {
  return [msg('vi', key, ...params), msg('en', key, ...params)];
}

/** The message in both languages as a `{ vi, en }` pair: for problems that carry both to be shown later. */
export function bilingual<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Bilingual {
  return { vi: msg('vi', key, ...params), en: msg('en', key, ...params) };
}

/** Whether `key` names a message (for keys made from data, such as a field name). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}
