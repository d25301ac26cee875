import type { Location } from '../types.js';
import { nodeAt, type LocatedYaml } from './parse-located.js';

/** Location of a text range (offsets) in the file. */
export function locateRange(file: string, src: LocatedYaml, range: [number, number] | undefined, pointer = ''): Location {
  if (!range) return { file, pointer, line: 1, column: 1 };
  const start = src.lineCounter.linePos(Math.max(0, range[0]));
  const end = src.lineCounter.linePos(Math.max(range[0], range[1]));
  return { file, pointer, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/**
 * Location of a JSON pointer. When the pointer names something absent (a missing field), the
 * nearest enclosing node is used, so a finding about a missing product points at its task.
 */
export function locatePointer(file: string, src: LocatedYaml, pointer: string, preferKey = false): Location {
  const { node } = nodeAt(src.doc, pointer, preferKey);
  const range = node?.range;
  if (!range) return { file, pointer, line: 1, column: 1 };
  // For collections, the end offset includes trailing lines: keep the start line only.
  return locateRange(file, src, [range[0], range[1]], pointer);
}

/** Location of a span of characters inside a string scalar at `pointer` (for citations, typos). */
export function locateInScalar(file: string, src: LocatedYaml, pointer: string, start: number, end: number): Location {
  const { node, exact } = nodeAt(src.doc, pointer);
  const base = locatePointer(file, src, pointer);
  if (!exact || !node?.range) return base;
  const raw = src.text.slice(node.range[0], node.range[1]);
  // Plain and quoted single-line scalars map one to one; otherwise fall back to the scalar's start.
  const quoted = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
  const body = raw.slice(quoted);
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'string' && body.startsWith(value.slice(0, Math.min(value.length, 20)).normalize())) {
    const off = node.range[0] + quoted;
    return locateRange(file, src, [off + start, off + end], pointer);
  }
  return base;
}
