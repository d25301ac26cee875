import { normText } from './text.js';

/** Words a text must hold: every one of `all`, at least one of `any` (when given), none of `none`. */
export interface WordMatch {
  all?: string[];
  any?: string[];
  none?: string[];
}

/** True when `text` (any form; normalised here) holds the words `m` asks for. An empty match never matches. */
export function matchesWords(text: string, m: WordMatch): boolean {
  const t = normText(text);
  const has = (w: string) => t.includes(normText(w));
  if (!m.all?.length && !m.any?.length) return false;
  return (m.all ?? []).every(has) && (!m.any?.length || m.any.some(has)) && !(m.none ?? []).some(has);
}
