import { textOf, type Block, type SourcePos } from './source-blocks.js';

/** A paragraph of the document with its index among the blocks, so parts can mark it used. */
export interface Para {
  i: number;
  text: string;
  lines: string[];
  pos: SourcePos;
}

/** The paragraphs of a block list, and the set of block indexes already placed in the plan. */
export class ParaList {
  readonly all: Para[];
  readonly used = new Set<number>();
  constructor(blocks: Block[]) {
    this.all = blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [{ i, text: textOf(b), lines: b.lines, pos: b.pos }] : []));
  }
  /** Paragraphs with block index in [from, to), not yet used. */
  between(from: number, to: number): Para[] {
    return this.all.filter((p) => p.i >= from && p.i < to && !this.used.has(p.i));
  }
  first(test: (p: Para) => boolean, from = 0, to = Infinity): Para | undefined {
    return this.all.find((p) => p.i >= from && p.i < to && test(p));
  }
  use(...ps: (Para | undefined)[]): void {
    for (const p of ps) if (p) this.used.add(p.i);
  }
}

/** True when a text ends a sentence or list item (so the next paragraph starts a new one). */
export function endsItem(s: string): boolean {
  return /[.;:!?”"/)]$/.test(s.trim());
}

/** A heading: "I. MỤC ĐÍCH", "1. Mục đích", "1.1. Công bố…" (short, no closing punctuation). */
export function isHeading(s: string): boolean {
  return /^([IVX]+|\d+(\.\d+)*)\.\s/.test(s) && s.length < 160 && !/[;.]$/.test(s);
}

/**
 * Paragraphs cut by a page break joined again: a paragraph that does not end a sentence runs on
 * into the next one (unless either is a heading).
 */
export function joinBroken(ps: Para[]): Para[] {
  const out: Para[] = [];
  for (const p of ps) {
    const prev = out[out.length - 1];
    if (prev && !endsItem(prev.text) && !isHeading(prev.text) && !isHeading(p.text) && !/^[-–•]\s/.test(p.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${p.text}`, lines: [...prev.lines, ...p.lines] };
    } else out.push(p);
  }
  return out;
}

/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; "NAM ĐỒ SƠN" → "Nam Đồ Sơn" (with `words`). */
export function sentenceCase(s: string): string {
  const lower = s.toLocaleLowerCase('vi');
  return (lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1)).replace(/chủ tịch/g, 'Chủ tịch');
}
export function titleCase(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}
