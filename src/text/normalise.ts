import { stripInvisible } from './safe-text.js';
import { charTest, isSpaceCode, TextBuilder, trimEndWhere, trimStartWhere } from '../util/linear-text.js';

const LEADING_JUNK = charTest('-–•.,;:', true);
const TRAILING_JUNK = charTest('.,;:', true);
const AMP = 0x26;
const DASHES = new Set([0x2d, 0x2013, 0x2014]); // - – —

/** Normalised texts kept for reuse, up to NORM_CACHE_CHARS characters of keys and values together. */
const normCache = new Map<string, string>();
const NORM_CACHE_CHARS = 4_000_000;
let normCacheChars = 0;

/**
 * Shared text normalisation for comparisons: NFC, lower case (Vietnamese), single spaces, "&" as
 * "và", dashes as " - ", hidden characters (controls, bidi, zero-width) removed. One pass over the text: every "&" and dash gets spaces on both sides and
 * every run of white space becomes one space, then the ends are trimmed by loop. (The expressions
 * it replaces were quadratic on a long run of spaces: 100 KB took over a minute.)
 *
 * The result of each text is kept (a bounded cache, emptied when full): a plan's unit names, leads
 * and task texts are compared by many rules and subjects, and are normalised once.
 */
export function normText(s: string): string {
  let n = normCache.get(s);
  if (n !== undefined) return n;
  n = normalise(s);
  const size = s.length + n.length;
  if (size <= NORM_CACHE_CHARS) {
    if (normCacheChars + size > NORM_CACHE_CHARS) {
      normCache.clear();
      normCacheChars = 0;
    }
    normCache.set(s, n);
    normCacheChars += size;
  }
  return n;
}

function normalise(s: string): string {
  const t = toneOldStyle(stripInvisible(s.normalize('NFC')).text.toLocaleLowerCase('vi'));
  if (!needsRewrite(t)) return trimStartWhere(trimEndWhere(t, TRAILING_JUNK), LEADING_JUNK);
  const out = new TextBuilder(t.length + 8);
  const space = () => {
    if (out.last !== 32) out.push(32);
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === AMP) {
      space();
      out.pushText('và ');
    } else if (DASHES.has(c)) {
      space();
      out.pushText('- ');
    } else if (isSpaceCode(c)) space();
    else out.push(c);
  }
  return trimStartWhere(trimEndWhere(out.toString(), TRAILING_JUNK), LEADING_JUNK);
}

/** Whether the rewrite of normalise would change `t` (before trimming): an "&", a dash, a space other than one " ". */
function needsRewrite(t: string): boolean {
  let space = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === AMP || DASHES.has(c)) return true;
    if (isSpaceCode(c)) {
      if (c !== 32 || space) return true;
      space = true;
    } else space = false;
  }
  return false;
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
const TONE_PAIRS: Record<string, string> = {
  oá: 'óa',
  oà: 'òa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oé: 'óe',
  oè: 'òe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uý: 'úy',
  uỳ: 'ùy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
/** One pass, left to right (a swapped pair never makes a new pair with the letter before it). */
export function toneOldStyle(s: string): string {
  if (!/[ou][áàảãạéèẻẽẹýỳỷỹỵ]/.test(s)) return s;
  const out = new TextBuilder(s.length);
  for (let i = 0; i < s.length; i++) {
    const swapped = (s[i] === 'o' || s[i] === 'u') && TONE_PAIRS[s.slice(i, i + 2)];
    if (swapped) {
      out.pushText(swapped);
      i++;
    } else out.push(s.charCodeAt(i));
  }
  return out.toString();
}
