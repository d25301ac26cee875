import type { Block, ParagraphBlock, TableBlock } from './source-blocks.js';
import { cellLines, stripEmphasis } from './cell-lines.js';
import { collapseSpaces } from '../util/linear-text.js';

const PIPE_ROW = /^\s*\|/;
/** A pipe table's rule line ("|---|:--|"): only spaces, colons, bars and dashes, with a dash. One
 * quantifier, anchored: the former `[\s:|-]*-[\s:|-]*` tried every dash as the required one. */
const PIPE_RULE_CHARS = /^[\s:|-]*$/;
const isPipeRule = (line: string) => PIPE_RULE_CHARS.test(line) && line.includes('-');

/**
 * Reads a plain-text conversion of a plan (like the seeds): paragraphs separated by blank
 * lines, Markdown pipe tables and tab-separated tables. Every block keeps its first line number.
 */
export function readTextBlocks(text: string): Block[] {
  const lines = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let para: ParagraphBlock | undefined;
  let table: TableBlock | undefined;
  let tableKind: 'pipe' | 'tab' | undefined;
  const endPara = () => (para = undefined);
  const endTable = () => (table = tableKind = undefined);

  lines.forEach((raw, i) => {
    const line = i + 1;
    // A ruler between two pages of a table ("--|---|--", no bar in front) is no text: skipped,
    // and the table goes on.
    if (table && tableKind === 'pipe' && !PIPE_ROW.test(raw) && raw.includes('|') && isPipeRule(raw)) return;
    const isPipe = PIPE_ROW.test(raw);
    const isTab = !isPipe && raw.includes('\t') && raw.trim().length > 0;
    if (isPipe || isTab) {
      endPara();
      if (isPipe && isPipeRule(raw)) return;
      let cells = isPipe ? splitPipeRow(raw) : raw.split('\t');
      cells = cells.map((c) => c.trim());
      if (!table || tableKind !== (isPipe ? 'pipe' : 'tab')) {
        table = { kind: 'table', rows: [], pos: { line } };
        tableKind = isPipe ? 'pipe' : 'tab';
        blocks.push(table);
      }
      table.rows.push({ cells: cells.map(cellLines), pos: { line } });
      return;
    }
    if (!raw.trim()) {
      endPara();
      // A blank line ends a tab table; pipe tables in the seeds restart after each page anyway.
      endTable();
      return;
    }
    endTable();
    const clean = collapseSpaces(stripEmphasis(raw)).trim();
    if (!clean) return;
    // A list item ("- …") on its own line starts a new paragraph when it follows another item.
    if (para && /^[-–•]\s/.test(clean) && /^[-–•]\s/.test(para.lines[0] ?? '')) endPara();
    if (!para) {
      para = { kind: 'paragraph', lines: [], pos: { line } };
      blocks.push(para);
    }
    para.lines.push(clean);
  });
  return blocks;
}

/** Splits "| a | b | c |" into cells; a row cut short by a page break keeps what it has. */
function splitPipeRow(raw: string): string[] {
  let s = raw.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  return s.split('|');
}
