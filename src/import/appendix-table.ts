import type { Task } from '../plan/plan-types.js';
import { cellText, type SourcePos, type TableBlock, type TableRow } from './source-blocks.js';
import { splitUnits } from './split-units.js';

export interface TableTasks {
  sections: { id: string; title: string }[];
  tasks: (Task & { pos: SourcePos })[];
  /** Rows that could not be placed, with why. */
  unplaced: { pos: SourcePos; text: string; reason: 'no-header' | 'orphan-row' }[];
  /** What the reader did that changes the rows as printed: a row merged into the task above. */
  merged: { pos: SourcePos; task: string }[];
  /** Header cells that name no known column (the column is not read). */
  unknownHeaders: { pos: SourcePos; text: string; column: number }[];
  /** Task-like tables (a number column and three columns or more) from which no task was placed. */
  emptyTables: { pos: SourcePos; table: number; reason: 'no-header' | 'no-rows' }[];
}

type Field = 'stt' | 'content' | 'lead' | 'partners' | 'deadline' | 'product' | 'note';
/**
 * Header words, matched without diacritics (a header typed "Nôi dung cong viêc" or "Đơn vi chủ
 * trỉ" is still read), tried in this order: "Thời gian thực hiện" is a deadline and "Đơn vị phối
 * hợp thực hiện" partners, before "thực hiện" makes a lead.
 */
const HEADINGS: [Field, RegExp][] = [
  ['stt', /^(?:so\s*|s)?t\.?\s?t\.?$/],
  ['note', /ghi chu/],
  ['partners', /phoi hop/],
  ['deadline', /thoi han|thoi gian|tien do|thoi diem/],
  ['product', /san pham|ket qua/],
  ['lead', /chu tri|thuc hien|phu trach|don vi|co quan/],
  ['content', /noi dung|nhiem vu|cong viec|hoat dong|^ten\b/],
];
const DEFAULT_COLUMNS: Field[] = ['stt', 'content', 'lead', 'partners', 'deadline', 'product'];
const ROMAN = /^[IVXL]+$/;
/** A lettered sub-row printed in the number column: "a", "b)", "c.". */
const LETTER_STT = /^[a-zđ]\)?$/u;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A header cell folded for matching: lower case, no diacritics, đ → d, spaces collapsed. */
export function foldHeader(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

const isSttHeader = (cell: string) => cell.length <= 20 && HEADINGS[0]![1].test(foldHeader(cell));

interface Row {
  get: (f: Field) => string[];
  text: (f: Field) => string;
  pos: SourcePos;
  isHeader: boolean;
  table: number;
}

/**
 * The appendix table(s) of a plan as sections and tasks. Rows numbered I, II… open a section;
 * a numbered row with no unit, deadline or product that is followed by unnumbered rows (or by
 * rows numbered under it, "2.1") opens a sub-section; unnumbered rows under it are tasks lettered
 * a, b, c (numbered: false). A row with neither number nor content, or one right after a repeated
 * header row with no deadline, continues the task above (a row cut by a page break).
 */
export function tasksFromTables(tables: TableBlock[]): TableTasks {
  const out: TableTasks = { sections: [], tasks: [], unplaced: [], merged: [], unknownHeaders: [], emptyTables: [] };
  const rows: Row[] = [];
  let columns: Field[] | undefined;
  const noHeader = new Set<number>();
  let lastHeader: { top: TableRow; below?: TableRow } | undefined;
  tables.forEach((t, ti) => {
    // A table without its own header row continues the previous task table when it is as wide
    // (Word users split long tables); otherwise its rows wait for a header.
    const width = (r: TableRow) => r.cells.length;
    if (columns && !(t.rows[0] && width(t.rows[0]) === columns.length)) columns = undefined;
    for (let k = 0; k < t.rows.length; k++) {
      const r = t.rows[k]!;
      const first = cellText(r.cells[0]);
      if (isSttHeader(first)) {
        // A header printed over two rows ("Đơn vị" above "Chủ trì" | "Phối hợp", or "Thời gian"
        // above "hoàn thành"): each column is named by its two cells read together.
        // A header repeated on a new page is followed by its lower row again, if it had one; a row
        // under it that differs is the rest of a row cut by the page break, not more header.
        const below = t.rows[k + 1];
        const prev = lastHeader;
        const twoRows =
          below !== undefined && (prev && sameRow(r, prev.top) ? !!prev.below && sameRow(below, prev.below) : continuesHeader(r, below));
        lastHeader = { top: r, ...(twoRows ? { below } : {}) };
        const header = twoRows ? joinHeader(r, below) : r;
        if (twoRows) k++;
        columns = headerColumns(header, out);
        rows.push(makeRow(header, columns, true, ti));
        continue;
      }
      if (!columns) {
        out.unplaced.push({ pos: r.pos, text: r.cells.map(cellText).filter(Boolean).join(' | '), reason: 'no-header' });
        noHeader.add(ti);
        continue;
      }
      rows.push(makeRow(r, columns, false, ti));
    }
  });

  let top: string | undefined;
  let group: string | undefined; // sub-section id ("II.2"), or the last numbered task's id
  let groupIsSection = false;
  let letter = 0;
  let afterHeader = false;
  let lastWasTask = false;
  let lastContent = '';
  let lastPrinted = '';
  const last = () => out.tasks[out.tasks.length - 1];
  const placed = new Set<number>();

  rows.forEach((row, i) => {
    if (row.isHeader) {
      afterHeader = true;
      return;
    }
    const printed = row.text('stt').replace(/\.$/, '');
    const lettered = LETTER_STT.test(printed) ? printed.replace(/\)$/, '') : undefined;
    const stt = lettered ? '' : printed;
    const content = row.text('content');
    const empty = (f: Field) => row.text(f) === '';
    const noFields = empty('lead') && empty('partners') && empty('deadline') && empty('product');
    const prev = last();
    // A row with no number that only carries on the task above: no content (a unit or date cut
    // off), text that starts in lower case or with a bullet, text with no unit, deadline or
    // product, or the rest of a row cut by a page break (right after the repeated header).
    const carriesOn =
      lastWasTask && (/^(?:[-–•+]\s|\p{Ll})/u.test(content) || noFields || (afterHeader && (!prev?.deadline || !prev.lead?.length)));
    // A Word cell merged down over two rows repeats its text in each: a row that repeats the
    // number (or has none) and the content of the task above is more of that task.
    const repeated = lastWasTask && prev && content !== '' && content === lastContent && (!printed || printed === lastPrinted);
    lastContent = content;
    if (repeated) {
      afterHeader = false;
      mergeRepeated(prev, row);
      out.merged.push({ pos: row.pos, task: prev.id });
      placed.add(row.table);
      return;
    }
    lastPrinted = printed;
    const continues = prev && !stt && !lettered && (!content || (afterHeader && empty('deadline')) || carriesOn);
    afterHeader = false;
    if (continues) {
      appendTo(prev, row);
      out.merged.push({ pos: row.pos, task: prev.id });
      placed.add(row.table);
      return;
    }
    lastWasTask = false;
    if (!stt && !content) {
      const rest = [row.text('lead'), row.text('partners'), row.text('deadline'), row.text('product')].filter(Boolean).join(' | ');
      if (rest) out.unplaced.push({ pos: row.pos, text: rest, reason: 'orphan-row' });
      return;
    }
    if (stt && ROMAN.test(stt) && noFields) {
      top = stt;
      group = undefined;
      out.sections.push({ id: stt, title: content });
      placed.add(row.table);
      return;
    }
    if (stt && noFields && opensGroup(rows, i, stt)) {
      // Under a Roman part, "2" is sub-section II.2; in a plan numbered 1, 2, 3 it is part 2 itself.
      const underRoman = top !== undefined && ROMAN.test(top);
      const id = underRoman && !stt.startsWith(`${top}.`) ? `${top}.${stt}` : stt;
      if (!underRoman && !stt.includes('.')) top = stt;
      group = id;
      groupIsSection = true;
      letter = 0;
      out.sections.push({ id, title: content });
      placed.add(row.table);
      return;
    }
    placed.add(row.table);
    lastWasTask = true;
    if (stt) {
      const id = top && ROMAN.test(top) && !stt.startsWith(`${top}.`) && !ROMAN.test(stt) ? `${top}.${stt}` : stt;
      const section = top && id !== top ? (groupIsSection && group && id.startsWith(`${group}.`) ? group : top) : undefined;
      out.tasks.push(makeTask(row, id, section));
      group = id;
      groupIsSection = false;
      letter = 0;
      return;
    }
    // An unnumbered row: a lettered task under the current group.
    const parent = group ?? top;
    if (!parent) {
      out.unplaced.push({ pos: row.pos, text: content, reason: 'orphan-row' });
      return;
    }
    const task = makeTask(row, `${parent}.${lettered ?? LETTERS[letter] ?? String(letter + 1)}`, parent);
    if (!lettered) task.numbered = false;
    letter++;
    out.tasks.push(task);
  });
  tables.forEach((t, ti) => {
    if (placed.has(ti) || !taskLike(t)) return;
    out.emptyTables.push({ pos: t.pos, table: ti + 1, reason: noHeader.has(ti) ? 'no-header' : 'no-rows' });
  });
  return out;
}

/** A table that looks like a task table: three columns or more, and a number in its first column. */
function taskLike(t: TableBlock): boolean {
  const wide = t.rows.filter((r) => r.cells.length >= 3);
  return wide.length > 0 && wide.some((r) => /^(?:\d+(?:\.\d+)*|[IVXL]+)\.?$/.test(cellText(r.cells[0])));
}

/** A numbered row heads a group when the next row is unnumbered or numbered under it. */
function opensGroup(rows: Row[], i: number, stt: string): boolean {
  for (let k = i + 1; k < rows.length; k++) {
    const next = rows[k]!;
    if (next.isHeader) continue;
    const s = next.text('stt').replace(/\.$/, '');
    if (!s || LETTER_STT.test(s)) return next.text('content') !== '';
    return s.startsWith(`${stt}.`);
  }
  return false;
}

/**
 * The fields of a header row's columns. A cell that names no known column is reported; when the
 * header names too few columns (no content column, or fewer than three), the usual order is taken.
 */
function headerColumns(r: TableRow, out: TableTasks): Field[] {
  const found = r.cells.map((c) => fieldOf(cellText(c)));
  r.cells.forEach((c, i) => {
    const text = cellText(c);
    if (text && !found[i]) out.unknownHeaders.push({ pos: r.pos, text, column: i + 1 });
  });
  const known = found.filter((f): f is Field => f !== undefined && f !== 'note');
  const ok = known.length >= 3 && known.includes('content') && new Set(known).size === known.length;
  return ok ? (found.map((f, i) => f ?? (`x${i}` as Field)) as Field[]) : DEFAULT_COLUMNS;
}

/**
 * The second row of a header cut over two rows: no number (or the number column's header again,
 * a merged cell), no figure, and in each filled cell a few words that repeat the cell above (a
 * merged cell), name a column themselves ("Chủ trì" under "Đơn vị"), carry on the words above
 * (lower case: "hoàn thành" under "Thời gian"), or make a column's name of an upper cell that names
 * none; and the two rows read together name a column the upper row alone does not (so that the
 * rest of a unit's name, "và UBND xã", under a complete header stays a row of the table).
 */
function continuesHeader(top: TableRow, below: TableRow): boolean {
  const first = cellText(below.cells[0]);
  if (first && first !== cellText(top.cells[0])) return false;
  let filled = 0;
  for (let i = 1; i < below.cells.length; i++) {
    const b = cellText(below.cells[i]);
    if (!b) continue;
    filled++;
    const a = cellText(top.cells[i]);
    if (b.length > 40 || /\d/.test(b)) return false;
    const ok = a === b || fieldOf(b) !== undefined || /^\p{Ll}/u.test(b) || (!fieldOf(a) && fieldOf(`${a} ${b}`) !== undefined);
    if (!ok) return false;
  }
  if (!filled) return false;
  // and read together the two rows name a column the upper row alone does not
  const named = (r: TableRow) => new Set(r.cells.map((c) => fieldOf(cellText(c))).filter(Boolean));
  const upper = named(top);
  return [...named(joinHeader(top, below))].some((f) => !upper.has(f));
}

const sameRow = (a: TableRow, b: TableRow) =>
  a.cells.length === b.cells.length && a.cells.every((c, i) => cellText(c) === cellText(b.cells[i]));

/** The field a header cell names, if any: only the start of a cell is looked at. */
function fieldOf(text: string): Field | undefined {
  const folded = foldHeader(text.slice(0, 200));
  return HEADINGS.find(([, re]) => re.test(folded))?.[0];
}

/** A two-row header as one row: each column's upper and lower text, the lower left out when it repeats the upper (a merged cell). */
function joinHeader(top: TableRow, below: TableRow): TableRow {
  const width = Math.max(top.cells.length, below.cells.length);
  const cells = Array.from({ length: width }, (_, i) => {
    const a = cellText(top.cells[i]);
    const b = cellText(below.cells[i]);
    return [!b || a === b ? a : a ? `${a} ${b}` : b].filter(Boolean);
  });
  return { cells, pos: top.pos };
}

function makeRow(r: TableRow, columns: Field[], isHeader: boolean, table: number): Row {
  const get = (f: Field) => {
    const i = columns.indexOf(f);
    return i < 0 ? [] : (r.cells[i] ?? []);
  };
  return { get, text: (f) => cellText(get(f)), pos: r.pos, isHeader, table };
}

type Pending = Task & { pos: SourcePos; _lead: string[]; _partners: string[] };

function makeTask(row: Row, id: string, section: string | undefined): Task & { pos: SourcePos } {
  const t: Pending = {
    id,
    ...(section ? { section } : {}),
    content: row.text('content'),
    lead: [],
    partners: [],
    deadline: row.text('deadline') || null,
    product: row.text('product') || null,
    pos: row.pos,
    _lead: [...row.get('lead')],
    _partners: [...row.get('partners')],
  };
  finish(t);
  return t;
}

function appendTo(task: Task & { pos: SourcePos }, row: Row): void {
  const t = task as Pending;
  // A Word cell merged down repeats its text in the rows it covers: the same text again adds nothing.
  const join = (a: string | null | undefined, b: string) =>
    b ? (a ? (a === b || a.endsWith(` ${b}`) ? a : `${a} ${b}`) : b) : (a ?? null);
  t.content = join(t.content, row.text('content')) ?? '';
  t.deadline = join(t.deadline, row.text('deadline'));
  t.product = join(t.product, row.text('product'));
  // A unit name cut by the page break: its tail joins the last line.
  const glue = (lines: string[], extra: string[]) => {
    const more = extra.filter((l) => !lines.includes(l));
    if (!more.length) return lines;
    if (!lines.length) return more;
    const startsLower = /^(?:[-–]\s*)?\p{Ll}/u.test(more[0]!);
    return startsLower ? [...lines.slice(0, -1), `${lines[lines.length - 1]} ${more[0]}`, ...more.slice(1)] : [...lines, ...more];
  };
  t._lead = glue(t._lead, row.get('lead'));
  t._partners = glue(t._partners, row.get('partners'));
  finish(t);
}

/** A row that repeats a merged cell's text: only what it adds (another unit, a product) is kept. */
function mergeRepeated(task: Task & { pos: SourcePos }, row: Row): void {
  const t = task as Pending;
  const add = (a: string | null | undefined, b: string) => (!b || (a ?? '').includes(b) ? (a ?? null) : a ? `${a} ${b}` : b);
  t.deadline = add(t.deadline, row.text('deadline'));
  t.product = add(t.product, row.text('product'));
  const more = (lines: string[], extra: string[]) => [...lines, ...extra.filter((l) => !lines.includes(l))];
  t._lead = more(t._lead, row.get('lead'));
  t._partners = more(t._partners, row.get('partners'));
  finish(t);
}

function finish(t: Pending): void {
  t.lead = splitUnits(t._lead);
  t.partners = splitUnits(t._partners);
}

/** Drops the working fields kept for continuation rows. */
export function cleanTask(t: Task & { pos?: SourcePos }): Task {
  const { pos: _p, _lead, _partners, ...rest } = t as Pending;
  void _p;
  void _lead;
  void _partners;
  if (!rest.lead?.length) delete rest.lead;
  if (!rest.partners?.length) delete rest.partners;
  return rest;
}
