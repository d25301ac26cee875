import { collapseSpaces } from '../util/linear-text.js';
/**
 * Text conversions of Word files carry bits of HTML inside table cells (`<ul …> - a - b`,
 * `<p>…</p>`, `<br>`, `<sup>1</sup>`) and Markdown emphasis. These helpers turn such a cell or
 * line into plain lines.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Markdown emphasis (`**bold**`, `*em*`, `__u__`) removed. */
export function stripEmphasis(s: string): string {
  return s
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(“"'])\*(?=\S)/gu, '$1')
    .replace(/(?<=\S)\*(?=[\s)”"'.,;:!?]|$)/gu, '');
}

/** A cell of a text table as lines: HTML block tags become line breaks, other tags vanish. */
export function cellLines(raw: string): string[] {
  // A tag ends before the next "<": `[^>]*` read on from every "<p" of "<p<p<p…" to the end (quadratic).
  let s = raw.replace(/<sup>[^<]*<\/sup>/gi, '');
  s = s.replace(/<\/?(?:ul|ol|p|div)\b[^<>]*>|<li\b[^<>]*>|<\/li>|<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/?[a-z][^<>]*>/gi, '');
  s = stripEmphasis(decodeEntities(s));
  return s
    .split('\n')
    .map((l) => collapseSpaces(l).trim())
    .filter((l) => l.length > 0);
}
