import { hasContent } from '../../text/normalise.js';

/** nonEmptyText: the fact is text with letters or digits (value true), or is not (value false). */
export function nonEmptyText(fact: unknown, expected: unknown): boolean {
  return hasContent(fact) === (expected !== false);
}
