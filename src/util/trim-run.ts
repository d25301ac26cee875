/**
 * Trims of a run of characters at either end of a text, by loop. A regular expression such as
 * `/[\s.,;:]+$/` restarts at every character of a long run that does not reach the end
 * ("....x"), which is quadratic; these walk the run once.
 */

const SPACE = /\s/;

/** A test for one character: one of `chars`, or (with `spaces`) any white space as `\s` means it. */
export function charTest(chars: string, spaces = false): (c: string) => boolean {
  return (c) => chars.includes(c) || (spaces && SPACE.test(c));
}

/** `s` without the characters `is` accepts at its end. */
export function trimEndWhere(s: string, is: (c: string) => boolean): string {
  let end = s.length;
  while (end > 0 && is(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without the characters `is` accepts at its start. */
export function trimStartWhere(s: string, is: (c: string) => boolean): string {
  let start = 0;
  while (start < s.length && is(s[start]!)) start++;
  return start === 0 ? s : s.slice(start);
}
