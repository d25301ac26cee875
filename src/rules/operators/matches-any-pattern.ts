import { normText, regex } from '../../text/normalise.js';

/** matchesAnyPattern: the text matches one of the patterns (value: list of regular expressions). */
export function matchesAnyPattern(fact: unknown, patterns: unknown): boolean {
  if (typeof fact !== 'string' || !Array.isArray(patterns)) return false;
  const text = normText(fact);
  return patterns.some((p) => typeof p === 'string' && regex(p).test(text));
}

/** matchesNoPattern: the text matches none of the patterns. Not text at all is not a pass. */
export function matchesNoPattern(fact: unknown, patterns: unknown): boolean {
  if (typeof fact !== 'string' || !Array.isArray(patterns)) return false;
  return !matchesAnyPattern(fact, patterns);
}
