/**
 * Text from plans (titles, file names, quoted words in messages) reaches terminals, CI logs and
 * rendered Markdown. Characters that act instead of showing are made harmless here:
 * - `showText` (text output, one line): control characters (C0, DEL, C1: so ANSI and OSC escape
 *   sequences), bidi overrides and isolates, zero-width characters, line and paragraph separators,
 *   non-characters and lone surrogates are written as visible escapes ("\x1b", "\u{202E}").
 * - `stripInvisible` (before text rules): the same characters removed, ANSI/OSC sequences whole,
 *   so that "kiểm\u200Bsoát" reads as the word it shows.
 * - `xmlText`: drops what XML 1.0 forbids (JUnit).
 * Each walks the text once.
 */

const NAMED: Record<number, string> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

/** Characters that change how a terminal or a renderer shows the text rather than being shown. */
export function isHiddenCode(c: number): boolean {
  return (
    c < 0x20 || // C0, newline and tab included (they end or break a one-line field)
    (c >= 0x7f && c <= 0x9f) || // DEL and C1 (0x9B is a one-byte CSI)
    (c >= 0x200b && c <= 0x200f) || // zero-width space, non-joiner, joiner; LRM, RLM
    (c >= 0x2028 && c <= 0x202e) || // line and paragraph separators; LRE, RLE, PDF, LRO, RLO
    (c >= 0x2060 && c <= 0x2069) || // word joiner, invisible operators; LRI, RLI, FSI, PDI
    c === 0x061c || // Arabic letter mark
    c === 0xfeff || // zero-width no-break space (BOM)
    c === 0xfffe ||
    c === 0xffff
  );
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function escapeCode(c: number): string {
  return NAMED[c] ?? (c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u{${c.toString(16).toUpperCase()}}`);
}

/** Plan text for a one-line place of text output: hidden characters shown as escapes. A backslash stays as it is. */
export function showText(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let hidden = isHiddenCode(c);
    if (isHighSurrogate(c)) {
      if (isLowSurrogate(s.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      hidden = true;
    } else if (isLowSurrogate(c)) hidden = true;
    if (!hidden) continue;
    out += s.slice(from, i) + escapeCode(c);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** `showText` for several lines: line breaks kept (CR, CRLF, LS, PS become "\n"), the rest escaped per line. */
export function showLines(s: string): string {
  return s
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map(showText)
    .join('\n');
}

/** Length of an ANSI CSI (ESC [ … final) or OSC (ESC ] … BEL or ESC \) sequence at `i`, or 0. */
function escapeSequenceAt(s: string, i: number): number {
  if (s.charCodeAt(i) !== 0x1b) return 0;
  const kind = s[i + 1];
  let j = i + 2;
  if (kind === '[') {
    while (j < s.length && /[0-?]/.test(s[j]!)) j++;
    while (j < s.length && /[ -/]/.test(s[j]!)) j++;
    return j < s.length && /[@-~]/.test(s[j]!) ? j + 1 - i : 0;
  }
  if (kind === ']') {
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === 0x07) return j + 1 - i;
      if (c === 0x1b) return s[j + 1] === '\\' ? j + 2 - i : 0;
      j++;
    }
  }
  return 0;
}

/**
 * Plan text as the text rules read it: hidden characters removed (new lines and tabs kept), ANSI
 * and OSC sequences removed whole. `kept[i]` is the offset in `s` of character i of the result
 * (with one more entry for the end), given only when something was removed.
 */
export function stripInvisible(s: string): { text: string; kept?: number[] } {
  let i = 0;
  for (; i < s.length; i++) if (strippable(s, i)) break;
  if (i === s.length) return { text: s };
  const kept: number[] = [];
  let out = '';
  let from = 0;
  for (i = 0; i < s.length;) {
    const seq = escapeSequenceAt(s, i);
    const drop = seq || (strippable(s, i) ? 1 : 0);
    if (drop) {
      out += s.slice(from, i);
      i += drop;
      from = i;
    } else {
      kept.push(i);
      i++;
    }
  }
  out += s.slice(from);
  kept.push(s.length);
  return { text: out, kept };
}

function strippable(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c !== 0x0a && c !== 0x09 && c !== 0x2028 && c !== 0x2029 && c !== 0xfffe && c !== 0xffff && isHiddenCode(c);
}

/** Characters XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates; the others dropped. */
export function xmlText(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHighSurrogate(c) && isLowSurrogate(s.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    const allowed = c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
    if (allowed) continue;
    out += s.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
