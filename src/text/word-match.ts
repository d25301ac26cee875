import { normText } from './normalise.js';

/** Words a text must hold: every one of `all`, at least one of `any` (when given), none of `none`. */
export interface WordMatch {
  all?: string[];
  any?: string[];
  none?: string[];
}

/** True when `text` (any form; normalised here) holds the words `m` asks for. An empty match never matches. */
export function matchesWords(text: string, m: WordMatch): boolean {
  return matchesNormalisedWords(normText(text), m);
}

/** `matchesWords` for a text already normalised with normText (one text against many matches). */
export function matchesNormalisedWords(t: string, m: WordMatch): boolean {
  const has = (w: string) => t.includes(normWord(w));
  if (!m.all?.length && !m.any?.length) return false;
  return (m.all ?? []).every(has) && (!m.any?.length || m.any.some(has)) && !(m.none ?? []).some(has);
}

/** The words of rule sets and the vocabulary, normalised once (a bounded set: they come from rule files). */
const wordCache = new Map<string, string>();
function normWord(w: string): string {
  let n = wordCache.get(w);
  if (n === undefined) {
    n = normText(w);
    if (wordCache.size < 10_000) wordCache.set(w, n);
  }
  return n;
}
