import type { PlanIdentity } from '../plan/plan-types.js';
import { readSigner, type FrontMatter } from './front-matter.js';
import type { Para, ParaList } from './paragraphs.js';
import type { Block, ParagraphBlock } from './source-blocks.js';
import { cellText } from './source-blocks.js';

/**
 * What identifies the document in any form (a Kế hoạch issued on its own, or a Quyết định with
 * the plan attached): legal bases in an opening paragraph, "Nơi nhận" and the signature at the
 * end, number and date from "(Kèm theo … số …)", the header printed as a two-column table.
 */

const BASIS_START = /^(?:Căn cứ|Thực hiện)\s/u;
const ISSUING_CLAUSE = /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Chủ tịch)\s.*\s(?:ban hành|xây dựng)\s.*(?:như sau|sau đây)\s*:$/iu;
const SIGN_CAPACITY = /^(?:TM|KT|Q|TL|TUQ)\.\s*\S/u;
const SIGN_TITLE = /^(?:PHÓ\s+)?CHỦ TỊCH$/u;
const DISTRIBUTION = /^Nơi nhận\s*:?$/u;

/** True when a paragraph opens the closing part: "Nơi nhận:" or a signature block. */
export function opensClosing(p: Para): boolean {
  const first = p.lines[0]?.trim() ?? '';
  return DISTRIBUTION.test(first) || SIGN_CAPACITY.test(first) || SIGN_TITLE.test(first);
}

/**
 * The legal bases of an opening paragraph: "Căn cứ …; Thực hiện …, Ủy ban nhân dân xã … ban hành
 * Kế hoạch … như sau:" gives "Căn cứ …;" and "Thực hiện …" (the issuing clause is not a basis).
 */
export function basesOf(text: string): string[] {
  const pieces = text.split(/(?<=;)\s+(?=(?:Căn cứ|Thực hiện)\s)/u);
  pieces[pieces.length - 1] = cutIssuingClause(pieces[pieces.length - 1]!);
  return pieces.map((p) => p.trim()).filter(Boolean);
}

function cutIssuingClause(s: string): string {
  const issues = s.lastIndexOf(' ban hành');
  if (issues < 0) return s;
  let cut: RegExpExecArray | undefined;
  for (const m of s.slice(0, issues).matchAll(/([,;])\s+(?=(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Chủ tịch)\s)/gu)) cut = m;
  return cut ? s.slice(0, cut.index) + (cut[1] === ';' ? ';' : '') : s;
}

/** Paragraphs in [from, to) not placed yet that state legal bases ("Căn cứ …", "Thực hiện …"). */
export function readOpeningBases(paras: ParaList, from: number, to: number, fm: FrontMatter): void {
  for (const p of paras.between(from, to)) {
    // the issuing clause printed as a paragraph of its own ("Ủy ban nhân dân xã … ban hành Kế
    // hoạch … như sau:"): no basis, and no plan text either
    if (p.text.length < 400 && ISSUING_CLAUSE.test(p.text)) {
      paras.use(p);
      continue;
    }
    if (!BASIS_START.test(p.text)) continue;
    fm.legalBasis.push(...basesOf(p.text));
    paras.use(p);
  }
}

/**
 * "Nơi nhận:" with its list, and the signature block (capacity, title, name), from `from` on:
 * the end of a Kế hoạch, or of the plan part of any form. Keeps what the decision already gave.
 */
export function readClosing(paras: ParaList, from: number, to: number, fm: FrontMatter): void {
  const ps = paras.between(from, to);
  const start = ps.findIndex(opensClosing);
  if (start < 0) return;
  const distribution: string[] = [];
  const signer: string[] = [];
  let state: 'distribution' | 'signer' | undefined;
  for (const p of ps.slice(start)) {
    const lines = p.lines.map((l) => l.trim()).filter(Boolean);
    if (DISTRIBUTION.test(lines[0] ?? '')) {
      state = 'distribution';
      distribution.push(...lines.slice(1).map((l) => l.replace(/^[-–•]\s*/u, '')));
    } else if (state === 'distribution' && lines.every((l) => /^[-–•]\s*/u.test(l))) {
      distribution.push(...lines.map((l) => l.replace(/^[-–•]\s*/u, '')));
    } else if (SIGN_CAPACITY.test(lines[0] ?? '') || SIGN_TITLE.test(lines[0] ?? '') || (state === 'signer' && isName(lines))) {
      state = 'signer';
      signer.push(...lines);
    } else break;
    paras.use(p);
    if (state === 'signer' && isName(lines)) break;
  }
  if (distribution.length && !fm.distribution.length) fm.distribution.push(...distribution);
  if (signer.length && !fm.signer) fm.signer = readSigner(signer);
}

/**
 * A signer's name: one short line of capitalised words, no digits or closing punctuation. A line
 * in capitals ("CHỦ TỊCH" in a paragraph of its own, as Word prints the signature) is a title.
 */
function isName(lines: string[]): boolean {
  return lines.length === 1 && lines[0]!.length <= 40 && /^(?:\p{Lu}\p{Ll}*\s?)+$/u.test(lines[0]!) && /\p{Ll}/u.test(lines[0]!);
}

/** What "(Kèm theo Quyết định số 118/QĐ-UBND ngày 20/01/2026 …)" says: the form, number and date. */
export function readAttachedTo(text: string): { form?: PlanIdentity['document']['form']; number?: string; date?: string } {
  const m = /^\((?:Ban hành\s+)?[Kk]èm theo\s+(Quyết định|Kế hoạch)\s+số:?\s*(?:(\d+)\s*)?\/\s*([\p{L}\d-]+)(.*)$/u.exec(text);
  if (!m) return {};
  const code = m[3]!;
  const form = /^(?:QĐ|KH)-/u.test(code) ? code : m[1] === 'Kế hoạch' ? 'KH-UBND' : 'QĐ-UBND';
  const d =
    /^\s*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u.exec(m[4]!) ??
    /^\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(m[4]!);
  return {
    form,
    ...(m[2] ? { number: m[2] } : {}),
    ...(d ? { date: `${d[3]}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}` } : {}),
  };
}

/**
 * A document header printed as a table of one or two columns (issuer and motto side by side,
 * number and date side by side) becomes paragraphs, one per cell, so the header reader sees it.
 * A table with a number column or three columns or more is left as it is.
 */
export function headerTablesAsParagraphs(blocks: Block[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'table') return [b];
    const narrow = b.rows.every((r) => r.cells.length <= 2);
    const header = b.rows.some((r) => r.cells.some((c) => /^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|Số:|CỘNG H)/u.test(cellText(c))));
    if (!narrow || !header) return [b];
    return b.rows.flatMap((r) =>
      r.cells.filter((c) => cellText(c)).map((c): ParagraphBlock => ({ kind: 'paragraph', lines: [...c], pos: r.pos })),
    );
  });
}
