import type { Location } from '../types.js';
import type { LocatedYaml } from './parse-located.js';
import { nodeAt } from './located-tree.js';

/** Location of a text range (offsets) in the file. */
export function locateRange(file: string, src: LocatedYaml, range: [number, number] | undefined, pointer = ''): Location {
  if (!range) return { file, pointer, line: 1, column: 1 };
  const start = src.lines.linePos(Math.max(0, range[0]));
  const end = src.lines.linePos(Math.max(range[0], range[1]));
  return { file, pointer, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/**
 * Location of a JSON pointer. When the pointer names something absent (a missing field), the
 * nearest enclosing node is used, so a finding about a missing product points at its task.
 */
export function locatePointer(file: string, src: LocatedYaml, pointer: string, preferKey = false): Location {
  const { node } = nodeAt(src.tree, pointer, preferKey);
  const range = node?.range;
  if (!range) return { file, pointer, line: 1, column: 1 };
  // For collections, the end offset includes trailing lines: keep the start line only.
  return locateRange(file, src, [range[0], range[1]], pointer);
}

/**
 * Location of characters [start, end) of the string value at `pointer` (a citation, a word). The
 * value was read from the file (unescaped, folded, NFC); the same characters are found in the raw
 * scalar by occurrence count. Where they cannot be found, the scalar's own position is used.
 */
export function locateInScalar(file: string, src: LocatedYaml, pointer: string, value: string, start: number, end: number): Location {
  const { node, exact } = nodeAt(src.tree, pointer);
  const base = locatePointer(file, src, pointer);
  if (!exact || !node?.range) return base;
  const needle = value.slice(start, end);
  if (!needle) return base;
  // Plain and simple quoted scalars hold the value as is: the offset carries over directly.
  const q = src.text[node.range[0]] === '"' || src.text[node.range[0]] === "'" ? 1 : 0;
  const from = node.range[0] + q;
  if (src.text.startsWith(needle, from + start) && src.text.startsWith(value.slice(0, Math.min(start, 64)), from)) {
    return locateRange(file, src, [from + start, from + end], pointer);
  }
  let k = 0;
  for (let i = value.indexOf(needle); i >= 0 && i < start; i = value.indexOf(needle, i + 1)) k++;
  const raw = src.text.slice(node.range[0], node.range[1]);
  let at = -1;
  for (let i = 0, pos = raw.indexOf(needle); pos >= 0; pos = raw.indexOf(needle, pos + 1), i++) {
    if (i === k) {
      at = pos;
      break;
    }
  }
  if (at >= 0) return locateRange(file, src, [node.range[0] + at, node.range[0] + at + needle.length], pointer);
  // A file saved in NFD (or mixed): look in the raw scalar's NFC form, then map back to raw offsets.
  const nfc = nfcWithOffsets(node, raw);
  if (!nfc) return base;
  for (let i = 0, pos = nfc.text.indexOf(needle); pos >= 0; pos = nfc.text.indexOf(needle, pos + 1), i++) {
    if (i === k) return locateRange(file, src, [node.range[0] + nfc.toRaw[pos]!, node.range[0] + nfc.toRaw[pos + needle.length]!], pointer);
  }
  return base;
}

const nfcCache = new WeakMap<object, { text: string; toRaw: number[] } | null>();

/**
 * The NFC form of a raw scalar with, for each of its offsets, the raw offset it comes from (null
 * when the raw text is NFC already). Each base character and the marks after it are composed on
 * their own, so offsets map back exactly.
 */
function nfcWithOffsets(node: object, raw: string): { text: string; toRaw: number[] } | null {
  if (nfcCache.has(node)) return nfcCache.get(node)!;
  let result: { text: string; toRaw: number[] } | null = null;
  if (raw.normalize('NFC') !== raw) {
    const parts: string[] = [];
    const toRaw: number[] = [];
    for (const m of raw.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
      const piece = m[0].normalize('NFC');
      parts.push(piece);
      for (let j = 0; j < piece.length; j++) toRaw.push(m.index);
    }
    toRaw.push(raw.length);
    result = { text: parts.join(''), toRaw };
  }
  nfcCache.set(node, result);
  return result;
}
