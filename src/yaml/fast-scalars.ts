/**
 * Scalars as the fast reader (src/yaml/fast-reader.ts) reads them: where a plain scalar may start,
 * what a plain scalar means in YAML 1.2's core schema and what a double-quoted one's escapes stand
 * for, each exactly as the yaml package reads them, or a give-up where the reader leaves the text
 * to the yaml package.
 */

/** Thrown (never escapes readFast) when the text holds something the fast reader does not read. */
export const GIVE_UP = new Error('the fast reader leaves this text to the yaml package');
export function giveUp(): never {
  throw GIVE_UP;
}

/** The text of a double-quoted scalar (between its quotes, on one line) with its escapes read. */
export function unescapeDoubleQuoted(inner: string): string {
  if (!inner.includes('\\')) return inner;
  return inner.replace(
    /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g,
    (_: string, x?: string, u?: string, U?: string, ch?: string) => {
      const hex = x ?? u ?? U;
      if (hex !== undefined) {
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) giveUp();
        return String.fromCodePoint(code);
      }
      const e = ch === undefined ? undefined : ESCAPES[ch];
      if (e === undefined) giveUp();
      return e;
    },
  );
}

/** Escapes of a double-quoted scalar (YAML 1.2), but for \x, \u and \U. */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** Whether a plain scalar may start at `at` in block context (no indicator starts it). */
export function startsPlain(t: string, at: number): boolean {
  const c = t[at]!;
  if ('-?:'.includes(c)) {
    const n = t.charCodeAt(at + 1);
    return at + 1 < t.length && n !== 32 && n !== 10; // not a space or a line break
  }
  return !',[]{}#&*!|>\'"%@`'.includes(c);
}

/** A plain scalar's value in YAML 1.2's core schema, as the yaml package reads it. */
export function resolvePlain(s: string): string | number | boolean | null {
  switch (s) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s)) return parseFloat(s);
    if (/^(?:0o|0x|[-+]?\.inf$|[-+]?\.Inf$|[-+]?\.INF$|\.nan$|\.NaN$|\.NAN$)/.test(s)) giveUp();
  }
  return s;
}
