import { formatVnDate } from '../util/dates.js';

/**
 * The shape of a catalogue message and how its text is filled in (see index.ts for how to add one).
 *
 * A text holds named placeholders: `{{name}}` is replaced by the value of `name`;
 * `{{name|one|other}}` is an English plural, `one` when `name` is 1, else `other` (the number itself
 * is written by a separate `{{name}}`: "{{n}} {{n|error|errors}}"). Vietnamese has no plural: its text
 * uses `{{name}}` only. Nothing else is interpreted: no escaping, no trimming.
 */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/** The placeholders of a text, as written between {{ and }}. */
type Holes<S extends string> = S extends `${string}{{${infer H}}}${infer Rest}` ? H | Holes<Rest> : never;
type NameOf<H extends string> = H extends `${infer N}|${string}` ? N : H extends `${infer N}:${string}` ? N : H;
type PluralNameOf<H extends string> = H extends `${infer N}|${string}` ? N : never;

/** The values a message needs: one per placeholder name; a number where English picks a plural by it. */
export type ParamsOf<M extends Message> = {
  [N in NameOf<Holes<M['vi'] | M['en']>>]: N extends PluralNameOf<Holes<M['vi'] | M['en']>> ? number : string | number;
};

const HOLE = /\{\{([^{}|:]+)(?::(date)|\|([^{}|]*)\|([^{}|]*))?\}\}/g;

/** The placeholder names of a text, in order of first appearance (for the catalogue's tests). */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(HOLE)].map((m) => m[1]!))];
}

/** The text with its placeholders filled in. A missing value is a programming error. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(HOLE, (_, name: string, date: string | undefined, one: string | undefined, other: string | undefined) => {
    const v = params[name];
    if (v === undefined) throw new Error(`message placeholder {{${name}}} has no value`);
    if (date) return formatVnDate(String(v));
    return one === undefined ? String(v) : Number(v) === 1 ? one : other!;
  });
}
