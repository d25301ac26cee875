/**
 * What kind of character a code point is, as \p{L} and \p{N} of a Unicode regular expression
 * say, asked once per character of the BMP: the text scanners (diacritic slips, repeated words)
 * read a plan's prose character by character instead of with regular expressions. Classes: 1 a
 * letter (\p{L}), 2 a number (\p{N}), 3 anything else (a lone surrogate too).
 */
/** By code unit (BMP), 0 while not yet asked. */
const charClass = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{N}$/u;
/** The class of a code point (not a code unit: a surrogate pair is read whole by the caller). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = charClass[cp]!;
    if (k === 0) {
      const ch = String.fromCharCode(cp);
      charClass[cp] = k = LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 3;
    }
    return k;
  }
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 3;
}

export const LETTER_CLASS = 1;

/** White space as `\s` means it: the one definition, in src/util/linear-text.ts. */
export { isSpaceCode } from '../util/linear-text.js';
