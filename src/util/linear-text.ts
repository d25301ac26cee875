/**
 * Text operations in linear time, for text of plans and documents (which can be hostile).
 * Trims of a run of characters at either end of a text are done by loop: a regular expression such
 * as `/[\s.,;:]+$/` restarts at every character of a long run that does not reach the end
 * ("....x"), which is quadratic; these walk the run once. Edits with very many matches are built
 * in chunks (TextBuilder, collapseSpaces).
 */

const SPACE = /\s/; // one character at a time

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

/** Whether a UTF-16 code unit is white space as `\s` means it. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0x80 && // ASCII text answers in the two tests above
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/**
 * Builds a string code unit by code unit in fixed chunks: linear whatever the number of edits,
 * where a global `replace` with hundreds of thousands of matches is not (its pieces and the
 * garbage they make grow faster than the text).
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly chunk: Uint16Array;
  private n = 0;
  /** `sizeHint`: about how long the result is (a short text gets a short chunk). */
  constructor(sizeHint = 8192) {
    this.chunk = new Uint16Array(Math.min(8192, Math.max(16, sizeHint)));
  }
  /** The last code unit pushed (-1 when none). */
  last = -1;
  push(code: number): void {
    if (this.n === this.chunk.length) this.flush();
    this.chunk[this.n++] = code;
    this.last = code;
  }
  pushText(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  private flush(): void {
    this.parts.push(String.fromCharCode.apply(null, this.chunk.subarray(0, this.n) as unknown as number[]));
    this.n = 0;
  }
  toString(): string {
    this.flush();
    return this.parts.join('');
  }
}

/** Every run of white space as one space: `s.replace(/\s+/g, ' ')` in linear time. */
export function collapseSpaces(s: string): string {
  let i = 0;
  // most texts have no run to collapse: return them as they are
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || isSpaceCode(s.charCodeAt(i + 1)))) break;
  }
  if (i === s.length) return s;
  const out = new TextBuilder(s.length);
  for (let k = 0; k < i; k++) out.push(s.charCodeAt(k));
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpaceCode(c)) out.push(c);
    else if (!isSpaceCode(s.charCodeAt(i - 1))) out.push(32); // the first of a run
  }
  return out.toString();
}
