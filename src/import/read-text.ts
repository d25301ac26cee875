import type { Block, ParagraphBlock, TableBlock } from './source-blocks.js';
import { cellLines, stripEmphasis } from './cell-lines.js';
import { collapseSpaces } from '../util/linear-text.js';

/** A pipe table row: "| a | b |", or "a | b |" as some law portals print a layout table (no bar in front). */
const PIPE_ROW = /^\s*\||\S\s*\|\s*$/;
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
  // Text copied from a web page has one paragraph a line and no blank line between them: there a
  // line is a paragraph of its own unless it carries on the sentence above (see carriesOn).
  const filled = lines.filter((l) => l.trim()).length;
  const first = lines.findIndex((l) => l.trim());
  let last = lines.length - 1;
  while (last > 0 && !lines[last]!.trim()) last--;
  const blank = lines.slice(first, last + 1).filter((l) => !l.trim()).length;
  const lineParagraphs = filled >= 8 && blank * 20 < filled;
  // the two columns of a header run into single lines, each column gathered as it reads in Word
  let columns: { left: ParagraphBlock; right: ParagraphBlock } | undefined;
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
    // A bar alone on its line is the border between two cells of a layout table laid out line by
    // line (the header "ỦY BAN NHÂN DÂN … | CỘNG HÒA … | Số: … | …, ngày …"): it ends a paragraph.
    if (BAR_ONLY.test(raw)) {
      endPara();
      endTable();
      return;
    }
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
    let clean = collapseSpaces(stripEmphasis(raw)).trim();
    if (!clean) return;
    // A list item ("- …") on its own line starts a new paragraph when it follows another item.
    if (para && /^[-–•]\s/.test(clean) && /^[-–•]\s/.test(para.lines[0] ?? '')) endPara();
    const above = para?.lines[para.lines.length - 1];
    if (para && lineParagraphs && (MOTTO.startsWith(`${above} ${clean}`) || /^Điều\s+\d+\.?$/u.test(above!))) {
      // the national name cut over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"), "Điều 1."
      // alone on its line with its text on the next: one line again
      para.lines[para.lines.length - 1] += ` ${clean}`;
      return;
    }
    if (para && lineParagraphs && !carriesOn(para.lines[para.lines.length - 1]!, clean)) endPara();
    // The header's two columns side by side on one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    // VIỆT NAM", "Số: 01/KH-UBND Định Hưng, ngày …"): each column its own line.
    const parts = i < HEADER_LINES ? splitHeaderColumns(clean) : undefined;
    if (parts) {
      endPara();
      if (!columns || parts.kind === 'number') {
        columns = { left: { kind: 'paragraph', lines: [], pos: { line } }, right: { kind: 'paragraph', lines: [], pos: { line } } };
        blocks.push(columns.left, columns.right);
      }
      columns.left.lines.push(parts.left);
      columns.right.lines.push(parts.right);
      if (parts.kind === 'number') columns = undefined;
      return;
    }
    columns = undefined;
    // "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025" on one line (a web page's title): the form word, then its title
    const titled = !para ? /^KẾ HOẠCH\s+(\p{Lu}[\p{Lu}\d\s,.–-]*)$/u.exec(clean) : null;
    if (titled) {
      blocks.push({ kind: 'paragraph', lines: ['KẾ HOẠCH'], pos: { line } });
      clean = titled[1]!;
    }
    if (!para) {
      para = { kind: 'paragraph', lines: [], pos: { line } };
      blocks.push(para);
    }
    para.lines.push(clean);
  });
  return blocks;
}

const BAR_ONLY = /^\s*\|\s*$/;
const HEADER_LINES = 12;

/**
 * In a text with one paragraph a line, a line carries on the one above when that one ends no
 * sentence and this one starts in lower case or with a figure ("Căn cứ Quyết định số" /
 * "112/QĐ-TTg ngày …", "Bình Định, ngày" / "29 tháng 04 năm 2021").
 */
function carriesOn(above: string, line: string): boolean {
  if (/[.;:!?]$/.test(above)) return false;
  // a title in capitals cut over lines; the form words, the issuer and numbered headings start anew
  if (isCaps(above) && isCaps(line) && !CAPS_OWN_LINE.test(above) && !CAPS_STARTS.test(line)) return true;
  // the motto under the national name
  if (above.endsWith('VIỆT NAM') && RIGHT_COLUMN[1]!.test(line)) return true;
  return /^(?:\p{Ll}|\d)/u.test(line) && !/^\d+(?:\.\d+)*\.\s/.test(line);
}

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const isCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** Capitals that stand on their own line: the form of the document and headings. */
const CAPS_OWN_LINE = /^(?:QUYẾT ĐỊNH|KẾ HOẠCH|PHỤ LỤC(?:\s+[IVX\d]+)?)\s*:?$/u;
/** Capitals that start a block of their own: issuer, authority, motto, form words, numbered headings. */
const CAPS_STARTS = /^(?:ỦY BAN|UỶ BAN|CHỦ TỊCH|CỘNG HÒA|CỘNG HOÀ|QUYẾT ĐỊNH|KẾ HOẠCH|PHỤ LỤC|(?:[IVX]+|\d+(?:\.\d+)*)\.\s)/u;

/** The right column's first words in a header whose two columns were run into one line. */
const RIGHT_COLUMN = [/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/u, /Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/u];

/** A header line holding both columns, cut in two; undefined for any other line. */
function splitHeaderColumns(line: string): { left: string; right: string; kind: 'motto' | 'number' } | undefined {
  for (const re of RIGHT_COLUMN) {
    const m = re.exec(line);
    if (m && m.index > 0) return { left: line.slice(0, m.index).trim(), right: line.slice(m.index).trim(), kind: 'motto' };
  }
  // "Số: 01 /KH-UBND Định Hưng, ngày 03 tháng 01 năm 2025": the place and date start the right column
  const m = /^(Số:?\s*[^,]*?\/[A-ZĐ][A-ZĐ0-9.-]*)\s+(\p{Lu}[\p{L} .'-]*,\s*ngày\s.*)$/u.exec(line);
  return m ? { left: m[1]!, right: m[2]!, kind: 'number' } : undefined;
}

/** Splits "| a | b | c |" into cells; a row cut short by a page break keeps what it has. */
function splitPipeRow(raw: string): string[] {
  let s = raw.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  return s.split('|');
}
