/** emptyList: the fact is a list with no entries (value true), or with some (value false). */
export function emptyList(fact: unknown, expected: unknown): boolean {
  if (!Array.isArray(fact)) return false;
  return (fact.length === 0) === (expected !== false);
}
