import { charTest, trimEndWhere, trimStartWhere } from '../../util/trim-run.js';

const LEADING_JUNK = charTest('-–•.,;:', true);
const TRAILING_JUNK = charTest('.,;:', true);

/**
 * Shared text normalisation for comparisons: NFC, lower case (Vietnamese), single spaces, "&" as
 * "và", dashes spaced. Linear in the text: "&" and dashes get spaces on both sides and every run of
 * white space then becomes one space (the result of the former spaces-around-"&" expression, which
 * was quadratic on a long run of spaces), and the ends are trimmed by loop.
 */
export function normText(s: string): string {
  const spaced = toneOldStyle(s.normalize('NFC').toLocaleLowerCase('vi'))
    .replace(/&/g, ' và ')
    .replace(/[-–—]/g, ' - ')
    .replace(/\s+/g, ' ');
  return trimStartWhere(trimEndWhere(spaced, TRAILING_JUNK), LEADING_JUNK);
}

/** True when the string has real content (not blank, not only dots or dashes). */
export function hasContent(v: unknown): v is string {
  return typeof v === 'string' && /[\p{L}\p{N}]/u.test(v);
}

/** Compiles pattern strings once; patterns are case-insensitive and Unicode-aware. */
const cache = new Map<string, RegExp>();
export function regex(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'iu');
    cache.set(pattern, re);
  }
  return re;
}

/**
 * Vietnamese places the tone mark in two styles ("hoá" / "hóa", "thuỷ" / "thủy"); both are seen in
 * the same document. Comparisons map the new style to the old one, on both sides alike.
 */
const TONE_PAIRS: [RegExp, string][] = [
  [/oá/g, 'óa'], [/oà/g, 'òa'], [/oả/g, 'ỏa'], [/oã/g, 'õa'], [/oạ/g, 'ọa'],
  [/oé/g, 'óe'], [/oè/g, 'òe'], [/oẻ/g, 'ỏe'], [/oẽ/g, 'õe'], [/oẹ/g, 'ọe'],
  [/uý/g, 'úy'], [/uỳ/g, 'ùy'], [/uỷ/g, 'ủy'], [/uỹ/g, 'ũy'], [/uỵ/g, 'ụy'],
];
export function toneOldStyle(s: string): string {
  let out = s;
  for (const [re, rep] of TONE_PAIRS) out = out.replace(re, rep);
  return out;
}
