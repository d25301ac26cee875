import { collapseSpaces } from '../util/linear-text.js';
import { msg } from '../messages/index.js';
/**
 * A document read for import, as a flat list of blocks in reading order: paragraphs and tables.
 * Both readers (plain text, Word) produce this, so one builder turns either into a plan.
 */

/** Where a block sits in its source: a line of a text file, or a paragraph / table row of a Word file. */
export interface SourcePos {
  line?: number;
  paragraph?: number;
  table?: number;
  row?: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** The paragraph's lines (soft line breaks kept), trimmed, markup removed. */
  lines: string[];
  pos: SourcePos;
}

export interface TableRow {
  /** Each cell's lines (a cell's own paragraphs or list items). */
  cells: string[][];
  pos: SourcePos;
}

export interface TableBlock {
  kind: 'table';
  rows: TableRow[];
  pos: SourcePos;
}

export type Block = ParagraphBlock | TableBlock;

/** A paragraph's text on one line. */
export function textOf(b: ParagraphBlock): string {
  return collapseSpaces(b.lines.join(' ')).trim();
}

/** A cell's text on one line. */
export function cellText(lines: string[] | undefined): string {
  return collapseSpaces((lines ?? []).join(' ')).trim();
}

/** "dòng 12" / "line 12", "đoạn 5", "bảng 2, hàng 7". */
export function describePos(pos: SourcePos, lang: 'vi' | 'en'): string {
  if (pos.line !== undefined) return msg(lang, 'import.pos.line', { line: pos.line });
  if (pos.table !== undefined) return msg(lang, 'import.pos.row', { table: pos.table, row: pos.row ?? 1 });
  return msg(lang, 'import.pos.paragraph', { paragraph: pos.paragraph ?? 0 });
}
