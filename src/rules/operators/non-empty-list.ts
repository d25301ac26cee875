import { hasContent } from '../../text/normalise.js';

/** nonEmptyList: the fact is a list with at least one entry that has content (value true). */
export function nonEmptyList(fact: unknown, expected: unknown): boolean {
  const ok = Array.isArray(fact) && fact.some((x) => hasContent(x) || (x !== null && typeof x === 'object'));
  return ok === (expected !== false);
}
