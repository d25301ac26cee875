import { parseVnDate, iso, isRealDate } from '../util/dates.js';
import { normNumber } from './doc-ref.js';
import { collapseSpaces } from '../util/linear-text.js';

/** A reference to a legal or administrative document found in plan text. */
export interface Citation {
  /** Document type as written ("Nghị định"), or inferred from the symbol for a bare number. */
  type: string;
  typeWritten: boolean;
  /** Number as written ("118", "66.7", "02"). */
  number: string;
  year?: number;
  symbol?: string;
  /** As written: "118/2025/NĐ-CP", "118/NĐ-CP"; for a law cited by name, its name. */
  ref: string;
  /** For laws cited by name only. */
  name?: string;
  /** Signing date as cited (ISO) and as printed. */
  date?: string;
  dateText?: string;
  /** Issuing body as cited ("Chính phủ", "Thủ tướng Chính phủ"), after the number or just before the type ("của Chính phủ tại Nghị định số …"). */
  issuer?: string;
  /** A date printed with the citation that is no calendar date ("08/6/20210", "31/02/2025"), as printed. */
  badDate?: string;
  /** Character offsets of the whole citation (type to date/issuer) in the text. */
  start: number;
  end: number;
  /** The text that follows the citation up to the next citation or sentence end. */
  tail: string;
}

const TYPES = [
  'Thông tư liên tịch',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Thông tư',
  'Chỉ thị',
  'Công điện',
  'Thông báo',
  'Kế hoạch',
  'Pháp lệnh',
  'Luật',
  'Công văn',
  'Hướng dẫn',
];
const TYPE_RE = TYPES.join('|');
const NUMBER = String.raw`(\d{1,5}(?:\.\d{1,3})?)`;
const SYMBOL = String.raw`([A-ZĐ][A-ZĐa-zđ0-9]*(?:-[A-ZĐa-zđ0-9]+)*)`;
// A year has four digits and no more: "08/6/20210" is not 2021 (see DATE_LOOSE).
const DATE = String.raw`(\d{1,2}\/\d{1,2}\/\d{4}(?!\d)|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}(?!\d))`;
/** Anything printed as a date, real or not. */
const DATE_LOOSE = String.raw`(\d{1,3}\/\d{1,3}\/\d{1,6}(?!\d)|\d{1,3}\s+tháng\s+\d{1,3}\s+năm\s+\d{1,6}(?!\d))`;

// "số : 118": one run of spaces, then an optional colon with its own; `\s*:?\s*` would try every
// split of a long run of spaces (quadratic on "Nghị định số" + 100 KB of spaces).
const TYPED = new RegExp(String.raw`(?<![\p{L}])(${TYPE_RE})\s+(?:số\s*(?::\s*)?)?${NUMBER}(?:\/(\d{4}))?\/${SYMBOL}`, 'giu');
const BARE = new RegExp(String.raw`(?<![\p{L}\d\/.])${NUMBER}\/(\d{4})\/${SYMBOL}`, 'gu');
const LAW_BY_NAME = new RegExp(String.raw`(?<![\p{L}])Luật\s+(\p{Lu}[\p{L}\s,]{3,80}?)\s+ngày\s+${DATE}`, 'gu');

const ISSUER_NAME = String.raw`Chính phủ|Thủ tướng Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội|Văn phòng Chính phủ|Bộ trưởng,?\s+Chủ nhiệm Văn phòng Chính phủ|Bộ trưởng(?:\s+Bộ)?(?:\s+\p{Lu}\p{L}*)+|Bộ(?:\s+\p{Lu}\p{L}*)+|(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)(?:\s+(?:thành phố|tỉnh|xã|phường|đặc khu))?(?:\s+(?!Ban\s+hành|Về\s|Hướng\s|Quy\s+định)\p{Lu}\p{L}*)*`;
const ISSUER = new RegExp(String.raw`^\s*của\s+(${ISSUER_NAME})`, 'u');
/** The issuer named just before a citation: "(quy định) của Chính phủ tại Nghị định số …", "hướng dẫn của Văn phòng Chính phủ tại Thông tư …". */
const ISSUER_BEFORE = new RegExp(String.raw`(?<![\p{L}])của\s+(${ISSUER_NAME})\s+(?:tại|theo)\s+$`, 'u');
/** How far before a citation its issuer is looked for (keeps the look-behind linear). */
const ISSUER_BEFORE_WINDOW = 120;
const DATE_AT = new RegExp(String.raw`^\s*,?\s*ngày\s+${DATE}`, 'u');
const BAD_DATE_AT = new RegExp(String.raw`^\s*,?\s*ngày\s+${DATE_LOOSE}`, 'u');

/** Document type implied by a symbol, for numbers cited without a type word. */
const TYPE_OF_SYMBOL: [RegExp, string][] = [
  [/^NĐ-/, 'Nghị định'],
  [/^TT-|^TTLT-/, 'Thông tư'],
  [/^QĐ-/, 'Quyết định'],
  [/^NQ-/, 'Nghị quyết'],
  [/^CT-/, 'Chỉ thị'],
  [/^KH-/, 'Kế hoạch'],
  [/^CĐ-/, 'Công điện'],
  [/^TB-/, 'Thông báo'],
  [/^QH\d+$/, 'Luật'],
];

/** Finds every document citation in a text; offsets are in the (NFC) text given. */
export function extractCitations(text: string): Citation[] {
  // Every citation has "number/…" or is a law followed by its date.
  if (!/\d\//.test(text)) return [];
  const found: Citation[] = [];
  const taken = new Spans();
  const overlaps = (s: number, e: number) => taken.overlaps(s, e);

  for (const m of text.matchAll(TYPED)) {
    const start = m.index!;
    const c = withIssuerBefore(
      text,
      withTail(text, {
        type: canonicalType(m[1]!),
        typeWritten: true,
        number: m[2]!,
        ...(m[3] ? { year: Number(m[3]) } : {}),
        symbol: m[4]!,
        ref: `${m[2]}${m[3] ? '/' + m[3] : ''}/${m[4]}`,
        start,
        end: start + m[0].length,
        tail: '',
      }),
    );
    found.push(c);
    taken.add(c.start, c.end);
  }
  taken.nextPass();
  for (const m of text.matchAll(BARE)) {
    const start = m.index!;
    if (overlaps(start, start + m[0].length)) continue;
    const symbol = m[3]!;
    const type = TYPE_OF_SYMBOL.find(([re]) => re.test(symbol))?.[1];
    if (!type) continue;
    const c = withIssuerBefore(
      text,
      withTail(text, {
        type,
        typeWritten: false,
        number: m[1]!,
        year: Number(m[2]),
        symbol,
        ref: `${m[1]}/${m[2]}/${symbol}`,
        start,
        end: start + m[0].length,
        tail: '',
      }),
    );
    found.push(c);
    taken.add(c.start, c.end);
  }
  for (const m of text.matchAll(LAW_BY_NAME)) {
    const start = m.index!;
    if (overlaps(start, start + m[0].length)) continue;
    const name = `Luật ${m[1]!.trim()}`;
    const date = vnDate(m[2]!);
    found.push({
      type: 'Luật',
      typeWritten: true,
      number: '',
      ref: name,
      name,
      ...(date ? { date } : {}),
      dateText: m[2]!,
      start,
      end: start + m[0].length,
      tail: tailFrom(text, start + m[0].length),
    });
  }
  found.sort((a, b) => a.start - b.start);
  // Tails stop at the next citation.
  for (let i = 0; i < found.length - 1; i++) {
    const next = found[i + 1]!;
    const c = found[i]!;
    if (next.start >= c.end) c.tail = text.slice(c.end, next.start).slice(0, 200);
  }
  return found;
}

/**
 * Character spans already taken by a citation. Each pass of matches adds its spans in text order,
 * starts and ends both increasing (an issuer read after a number stops before the next number),
 * so an overlap test is a binary search over each pass's list; a plain scan of all spans is
 * quadratic on a text of thousands of citations.
 */
class Spans {
  private passes: [number, number][][] = [[]];
  /** Spans found by the next pass of matches go to a list of their own. */
  nextPass(): void {
    this.passes.push([]);
  }
  add(start: number, end: number): void {
    this.passes[this.passes.length - 1]!.push([start, end]);
  }
  overlaps(start: number, end: number): boolean {
    return this.passes.some((list) => {
      // the first span that ends after `start`; it overlaps when it begins before `end`
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]![1] <= start) lo = mid + 1;
        else hi = mid;
      }
      return lo < list.length && list[lo]![0] < end;
    });
  }
}

/** Reads the issuer and date that follow a number, in either order. */
function withTail(text: string, c: Citation): Citation {
  let pos = c.end;
  for (let k = 0; k < 3; k++) {
    const rest = text.slice(pos);
    const d = DATE_AT.exec(rest) ?? BAD_DATE_AT.exec(rest);
    if (d && !c.date && !c.badDate) {
      const date = vnDate(d[1]!);
      if (date) c.date = date;
      else c.badDate = d[1]!;
      c.dateText = d[1]!;
      pos += d[0].length;
      continue;
    }
    const is = ISSUER.exec(rest);
    if (is) {
      if (!c.issuer) c.issuer = collapseSpaces(is[1]!).trim();
      pos += is[0].length;
      continue;
    }
    break;
  }
  c.end = pos;
  c.tail = tailFrom(text, pos);
  return c;
}

/** The issuer named just before the citation, when none follows it. */
function withIssuerBefore(text: string, c: Citation): Citation {
  if (c.issuer) return c;
  const m = ISSUER_BEFORE.exec(text.slice(Math.max(0, c.start - ISSUER_BEFORE_WINDOW), c.start));
  if (m) c.issuer = collapseSpaces(m[1]!).trim();
  return c;
}

function tailFrom(text: string, pos: number): string {
  const rest = text.slice(pos, pos + 200);
  const stop = rest.search(/[;.](\s|$)/);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}

function vnDate(s: string): string | undefined {
  const words = /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/.exec(s);
  if (words) {
    const [d, m, y] = [Number(words[1]), Number(words[2]), Number(words[3])];
    return isRealDate(y, m, d) ? iso(y, m, d) : undefined;
  }
  return parseVnDate(s);
}

function canonicalType(t: string): string {
  const low = t.toLocaleLowerCase('vi');
  return TYPES.find((x) => x.toLocaleLowerCase('vi') === low) ?? t;
}

/** The number/year/symbol parts of a citation, for registry look-up. */
export function citationParts(c: Citation): { number: string; year?: number; symbol?: string } {
  return { number: normNumber(c.number), ...(c.year ? { year: c.year } : {}), ...(c.symbol ? { symbol: c.symbol.toUpperCase() } : {}) };
}
