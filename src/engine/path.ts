/**
 * The restricted path grammar rules may use: `$`, `$.field`, `$.a.b[0]`. No filters, no scripts:
 * faster than JSONPath and the same path yields the location of a finding.
 */
export type PathSegment = string | number;

const cache = new Map<string, PathSegment[]>();

export function parsePath(path: string): PathSegment[] {
  let segs = cache.get(path);
  if (segs) return segs;
  if (!/^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/.test(path)) throw new Error(`Unsupported path "${path}"`);
  segs = [];
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) segs.push(m[1] !== undefined ? m[1] : Number(m[2]));
  cache.set(path, segs);
  return segs;
}

/** The value at a path, or undefined when any step is missing. */
export function resolvePath(value: unknown, path: string): unknown {
  return resolveSegments(value, parsePath(path));
}

/** The value at a parsed path (what resolvePath does after parsing). */
export function resolveSegments(value: unknown, segs: readonly PathSegment[]): unknown {
  let cur: unknown = value;
  for (const seg of segs) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** A path as JSON Pointer segments ("$.deadline" -> "/deadline"). */
export function pathToPointer(path: string | undefined): string {
  if (!path) return '';
  return parsePath(path)
    .map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('');
}
