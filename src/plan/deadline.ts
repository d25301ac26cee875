import { iso, isRealDate, monthEnd, monthStart, parseVnDate, quarterEnd, quarterStart } from '../util/dates.js';
import { stripInvisible } from '../text/safe-text.js';
import { charTest, collapseSpaces, trimEndWhere } from '../util/linear-text.js';

/**
 * A deadline as printed in a plan ("Quý III, IV/2026 (thực hiện theo hướng dẫn)") read into a
 * structured form. The original wording is always kept in `text` for the printed document.
 */
export type DeadlineKind =
  | 'ongoing' // Thường xuyên, Thường xuyên trong năm
  | 'by-date' // Chậm nhất ngày 09/9/2026
  | 'from-date' // Từ ngày 15/3/2026
  | 'quarter' // Quý I/2026, Quý III, IV/2026
  | 'month' // Tháng 01 năm 2026
  | 'range' // Bắt đầu từ tháng 4 đến tháng 11/2026
  | 'year' // Trong năm 2026
  | 'conditional' // Sau khi có Quyết định của UBND thành phố; Theo hướng dẫn của Bộ Tư pháp
  | 'periodic' // Hàng quý, Hằng năm, Định kỳ 6 tháng, Hàng Quý/ Năm (a recurring duty, within the plan year)
  | 'unknown';

export type DeadlinePeriod = 'month' | 'quarter' | 'half-year' | 'year';

export interface Deadline {
  text: string;
  kind: DeadlineKind;
  /** First day of the window (ISO), when the phrase gives one. */
  start?: string;
  /** Last day by which the task is due (ISO), when the phrase gives one. */
  end?: string;
  year?: number;
  quarters?: number[];
  months?: number[];
  /** For a recurring duty: its periods, in the order printed. */
  periods?: DeadlinePeriod[];
  /** The document, body or event the deadline depends on. */
  condition?: string;
  /** Qualifiers kept apart: "(theo hướng dẫn)", "định kỳ báo cáo kết quả thực hiện". */
  note?: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const DATE = String.raw`(\d{1,2}\/\d{1,2}\/\d{4})`;
const DATE_WORDS = String.raw`(\d{1,2}) tháng (\d{1,2}) năm (\d{4})`;
const YEAR_SEP = String.raw`(?:\/|\s+năm\s+)`;
const PUNCT = charTest('.,;:');
const PUNCT_OR_SPACE = charTest('.,;:', true);
// "Hàng quý", "Hằng năm", "Định kỳ 6 tháng", "Định kỳ hằng quý", "Hàng Quý/ Năm", "Hàng tháng, quý, năm"
const PERIOD_WORD = String.raw`(?:6 tháng|sáu tháng|tháng|quý|năm)`;
const PERIOD_PREFIX = String.raw`(?:định kỳ\s+(?:(?:hàng|hằng)\s+)?|(?:hàng|hằng)\s+)`;
const PERIODIC = new RegExp(
  String.raw`^${PERIOD_PREFIX}(${PERIOD_WORD}(?:\s*(?:\/|,|và|-)\s*${PERIOD_PREFIX}?${PERIOD_WORD})*)(?:\s*,?\s+(?:và|hoặc)\s+(?:đột xuất|khi có yêu cầu))?(?:\s+(?:năm\s+)?(\d{4}))?$`,
);
const PERIOD_OF: Record<string, DeadlinePeriod> = {
  tháng: 'month',
  quý: 'quarter',
  '6 tháng': 'half-year',
  'sáu tháng': 'half-year',
  năm: 'year',
};
const CONDITION_START = /^(?:hoặc\s+)?(?:sau khi|khi|theo|căn cứ|tùy theo|tuỳ theo|ngay sau khi)\b/;

/**
 * Reads a deadline phrase. `planYear` fills a year the phrase leaves out ("Thường xuyên trong năm").
 * Never throws; a phrase it cannot read has kind "unknown".
 */
export function parseDeadline(input: string, planYear?: number): Deadline {
  const text = input;
  const notes: string[] = [];
  // hidden characters (controls, bidi, zero-width) do not count; the text keeps them for display
  let s = collapseSpaces(stripInvisible(input.normalize('NFC')).text).trim();
  // Markdown emphasis and parenthesised qualifiers are notes, not the deadline.
  s = s.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    notes.push(inner.replace(/[*_]/g, '').trim());
    return ' ';
  });
  s = s.replace(/[*_]/g, '');
  const semi = s.indexOf(';');
  if (semi >= 0) {
    notes.push(s.slice(semi + 1).trim());
    s = s.slice(0, semi);
  }
  // Trailing punctuation is trimmed by loop: /[.,;:]+$/ is quadratic on "Quý I/2026 ....x".
  s = trimEndWhere(collapseSpaces(s).trim(), PUNCT).trim();
  const note =
    notes
      .map((n) => trimEndWhere(n, PUNCT_OR_SPACE))
      .filter(Boolean)
      .join('; ') || undefined;
  const base = (d: Omit<Deadline, 'text' | 'note'>): Deadline => ({ text, ...d, ...(note ? { note } : {}) });
  const low = s.toLocaleLowerCase('vi');
  if (low === '') return base({ kind: 'unknown' });

  let m: RegExpExecArray | null;

  // Thường xuyên [trong năm [2026]] [hoặc theo lộ trình của ...]
  if ((m = /^thường xuyên(?: trong năm(?: (\d{4}))?)?(?:\s+(.*))?$/.exec(low))) {
    const year = m[1] ? Number(m[1]) : planYear;
    const rest = m[2] ? s.slice(s.length - m[2].length) : undefined;
    if (rest !== undefined && !CONDITION_START.test(m[2]!)) return base({ kind: 'unknown' });
    return base({
      kind: 'ongoing',
      ...(year ? { year, start: iso(year, 1, 1), end: iso(year, 12, 31) } : {}),
      ...(rest ? { condition: rest.replace(/^hoặc\s+/i, '') } : {}),
    });
  }

  // Chậm nhất (là) ngày 09/9/2026; Trước ngày ...; Hạn chót ...; Ngày ...; 09/9/2026
  if (
    (m = new RegExp(
      String.raw`^(?:(?:chậm nhất|muộn nhất|trước|hạn chót|không quá|hoàn thành trước)(?: là)?\s+)?(?:ngày\s+)?(?:${DATE}|${DATE_WORDS})$`,
    ).exec(low))
  ) {
    const end = m[1] ? parseVnDate(m[1]) : wordsDate(m[2], m[3], m[4]);
    if (!end) return base({ kind: 'unknown' });
    return base({ kind: 'by-date', end, year: Number(end.slice(0, 4)) });
  }

  // Từ ngày 15/3/2026 [đến ngày 30/6/2026]
  if ((m = new RegExp(String.raw`^(?:bắt đầu\s+)?từ ngày ${DATE}(?:\s+đến(?: hết)?(?: ngày)? ${DATE})?$`).exec(low))) {
    const start = parseVnDate(m[1]!);
    const end = m[2] ? parseVnDate(m[2]) : undefined;
    if (!start || (m[2] && !end)) return base({ kind: 'unknown' });
    if (end) return base({ kind: 'range', start, end, year: Number(end.slice(0, 4)) });
    return base({ kind: 'from-date', start, year: Number(start.slice(0, 4)) });
  }

  // (Trong) Quý I/2026; Quý III, IV/2026; Quý II năm 2026
  if ((m = new RegExp(String.raw`^(?:trong\s+)?quý\s+([ivx]+(?:\s*(?:,|và|-)\s*(?:quý\s+)?[ivx]+)*)${YEAR_SEP}(\d{4})$`).exec(low))) {
    const quarters = m[1]!.split(/\s*(?:,|và|-)\s*/).map((q) => ROMAN[q.replace(/^quý\s+/, '').trim()]);
    const year = Number(m[2]);
    if (quarters.some((q) => q === undefined)) return base({ kind: 'unknown' });
    const qs = (quarters as number[]).sort((a, b) => a - b);
    return base({ kind: 'quarter', year, quarters: qs, start: quarterStart(year, qs[0]!), end: quarterEnd(year, qs[qs.length - 1]!) });
  }

  // (Trong) Tháng 01 năm 2026; Tháng 4/2026
  if ((m = new RegExp(String.raw`^(?:trong\s+)?tháng\s+(\d{1,2})${YEAR_SEP}(\d{4})$`).exec(low))) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    if (month < 1 || month > 12) return base({ kind: 'unknown' });
    return base({ kind: 'month', year, months: [month], start: monthStart(year, month), end: monthEnd(year, month) });
  }

  // Bắt đầu từ tháng 4 đến tháng 11/2026; Từ tháng 4/2026 đến hết tháng 11/2026
  if (
    (m = new RegExp(
      String.raw`^(?:bắt đầu\s+)?từ tháng\s+(\d{1,2})(?:${YEAR_SEP}(\d{4}))?\s+đến(?: hết)?\s+tháng\s+(\d{1,2})${YEAR_SEP}(\d{4})$`,
    ).exec(low))
  ) {
    const m1 = Number(m[1]);
    const m2 = Number(m[3]);
    const y2 = Number(m[4]);
    const y1 = m[2] ? Number(m[2]) : y2;
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || iso(y1, m1, 1) > iso(y2, m2, 1)) return base({ kind: 'unknown' });
    const months: number[] = [];
    if (y1 === y2) for (let k = m1; k <= m2; k++) months.push(k);
    return base({ kind: 'range', year: y2, start: monthStart(y1, m1), end: monthEnd(y2, m2), ...(months.length ? { months } : {}) });
  }

  // 6 tháng đầu năm 2026 / 6 tháng cuối năm 2026
  if ((m = /^(?:trong\s+)?6 tháng (đầu|cuối) năm (\d{4})$/.exec(low))) {
    const year = Number(m[2]);
    return m[1] === 'đầu'
      ? base({ kind: 'range', year, start: iso(year, 1, 1), end: iso(year, 6, 30) })
      : base({ kind: 'range', year, start: iso(year, 7, 1), end: iso(year, 12, 31) });
  }

  // (Trong) năm 2026; Cả năm 2026
  if ((m = /^(?:trong\s+|cả\s+)?năm (\d{4})$/.exec(low))) {
    const year = Number(m[1]);
    return base({ kind: 'year', year, start: iso(year, 1, 1), end: iso(year, 12, 31) });
  }

  // Hàng quý; Hằng năm; Định kỳ 6 tháng; Hàng Quý/ Năm: a recurring duty within the plan year
  if ((m = PERIODIC.exec(low))) {
    const year = m[2] ? Number(m[2]) : planYear;
    const periods = m[1]!
      .split(/\s*(?:\/|,|và|-)\s*/)
      .map((p) => PERIOD_OF[p.replace(/^(?:định kỳ\s+)?(?:(?:hàng|hằng)\s+)?/, '').trim()]!)
      .filter((p, i, all) => p && all.indexOf(p) === i);
    return base({ kind: 'periodic', periods, ...(year ? { year, start: iso(year, 1, 1), end: iso(year, 12, 31) } : {}) });
  }

  // Sau khi có Quyết định của UBND thành phố; Theo lộ trình của Nghị quyết; Theo hướng dẫn của Bộ Tư pháp
  if (CONDITION_START.test(low)) {
    return base({ kind: 'conditional', condition: s });
  }

  return base({ kind: 'unknown' });
}

function wordsDate(d?: string, m?: string, y?: string): string | undefined {
  if (!d || !m || !y) return undefined;
  const [dd, mm, yy] = [Number(d), Number(m), Number(y)];
  return isRealDate(yy, mm, dd) ? iso(yy, mm, dd) : undefined;
}
