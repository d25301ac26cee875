/** present: the value exists (value true) or is absent (value false); null counts as absent. */
export function present(fact: unknown, expected: unknown): boolean {
  return (fact !== undefined && fact !== null) === (expected !== false);
}
