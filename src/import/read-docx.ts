import mammoth from 'mammoth';
import type { Block, TableBlock, TableRow } from './source-blocks.js';
import { collapseSpaces } from '../util/linear-text.js';

/** The parts of mammoth's document tree this reader walks (mammoth's own types leave it as any). */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  numbering?: { isOrdered: boolean } | null;
  colSpan?: number;
  rowSpan?: number;
}

/**
 * Reads a Word (.docx) file through mammoth's document tree: paragraphs (with list bullets
 * written as "- "), tables laid out on their grid (a horizontally merged cell sits in its first
 * column; a vertically merged cell is repeated in the rows it covers, except the number and
 * content columns). Layout tables (the issuer / motto header, the signature block), those with no
 * "STT" header row, are read as the paragraphs they hold.
 */
export async function readDocxBlocks(buffer: Buffer): Promise<{ blocks: Block[]; warnings: string[] }> {
  let tree: DocNode | undefined;
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (doc: DocNode) => {
        tree = doc;
        return doc;
      },
    },
  );
  const warnings = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
  const blocks: Block[] = [];
  let paragraph = 0;
  let table = 0;
  for (const node of tree?.children ?? []) {
    if (node.type === 'paragraph') {
      paragraph++;
      const lines = paragraphLines(node);
      if (lines.length) blocks.push({ kind: 'paragraph', lines, pos: { paragraph } });
    } else if (node.type === 'table') {
      table++;
      const t = readTable(node, table);
      if (isDataTable(t)) blocks.push(t);
      else
        for (const row of t.rows)
          for (const cell of row.cells) for (const line of cell) blocks.push({ kind: 'paragraph', lines: [line], pos: row.pos });
    }
  }
  return { blocks, warnings };
}

function isDataTable(t: TableBlock): boolean {
  return t.rows.some((r) => /^(STT|TT)$/i.test((r.cells[0] ?? [])[0] ?? ''));
}

/** A paragraph's text, split at its line breaks; list items get a leading "- ". */
function paragraphLines(p: DocNode): string[] {
  let text = '';
  const walk = (n: DocNode) => {
    if (n.type === 'text') text += n.value ?? '';
    else if (n.type === 'tab') text += ' ';
    else if (n.type === 'break') text += '\n';
    else if (n.type !== 'noteReference' && n.type !== 'commentReference') n.children?.forEach(walk);
  };
  walk(p);
  const lines = text
    .normalize('NFC')
    .split('\n')
    .map((l) => collapseSpaces(l).trim())
    .filter(Boolean);
  if (p.numbering && !p.numbering.isOrdered && lines[0] && !/^[-–•]/.test(lines[0])) lines[0] = `- ${lines[0]}`;
  return lines;
}

function readTable(node: DocNode, index: number): TableBlock {
  const rows: TableRow[] = [];
  const carried: (string[] | undefined)[][] = []; // carried[r][c]: a vertically merged cell's lines
  (node.children ?? []).forEach((tr, r) => {
    const cells: string[][] = [];
    let col = 0;
    const take = () => {
      while (carried[r]?.[col]) {
        cells[col] = col < 2 ? [] : carried[r]![col]!;
        col++;
      }
    };
    for (const tc of tr.children ?? []) {
      take();
      const lines = (tc.children ?? []).flatMap((c) =>
        c.type === 'paragraph' ? paragraphLines(c) : c.type === 'table' ? nestedLines(c) : [],
      );
      cells[col] = lines;
      const span = Math.max(1, tc.colSpan ?? 1);
      for (let k = 1; k < span; k++) cells[col + k] = [];
      for (let down = 1; down < Math.max(1, tc.rowSpan ?? 1); down++) {
        (carried[r + down] ??= [])[col] = lines;
      }
      col += span;
    }
    take();
    for (let c = 0; c < cells.length; c++) cells[c] ??= [];
    rows.push({ cells, pos: { table: index, row: r + 1 } });
  });
  return { kind: 'table', rows, pos: { table: index, row: 1 } };
}

/**
 * The lines of a table nested in a cell, at any depth: a row of one filled cell gives that cell's
 * lines (a list of units, one per row or per paragraph); a row of several filled cells is one line,
 * its cells side by side ("a) | Đăng ký khai sinh" → "a) Đăng ký khai sinh"), as it reads.
 */
function nestedLines(t: DocNode): string[] {
  return (t.children ?? []).flatMap((tr) => {
    const cells = (tr.children ?? [])
      .map((tc) =>
        (tc.children ?? []).flatMap((c) => (c.type === 'paragraph' ? paragraphLines(c) : c.type === 'table' ? nestedLines(c) : [])),
      )
      .filter((lines) => lines.length);
    return cells.length === 1 ? cells[0]! : cells.length ? [cells.map((lines) => lines.join(' ')).join(' ')] : [];
  });
}
