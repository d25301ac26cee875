import type { PlanData, PlanIdentity } from '../plan/plan-types.js';
import { endsItem, joinBroken, sentenceCase, titleCase, type Para, type ParaList } from './paragraphs.js';

/** What the header lines and the decision say, before the plan itself. */
export interface FrontMatter {
  issuer?: { type: string; locality: string; level: 'commune' | 'district' | 'province' };
  /** The body printed above the issuer in the header ("UBND TỈNH LÂM ĐỒNG" over "UBND HUYỆN …"). */
  superior?: NonNullable<FrontMatter['issuer']>;
  /** The paragraph the issuer was read from (a superior is read only right above it). */
  issuerAt?: number;
  form?: string;
  number?: string | null;
  dateText?: string;
  place?: string;
  date?: string | null;
  decisionTitle?: string;
  legalBasis: string[];
  decision: NonNullable<PlanData['decision']>;
  distribution: string[];
  signer?: NonNullable<PlanIdentity['document']['signer']>;
}

const ISSUER_LINE = /^(?:ỦY|UỶ) BAN NHÂN DÂN$/u;
const PLACE_LINE = /^(XÃ|PHƯỜNG|ĐẶC KHU|THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|THỊ XÃ)\s+(.+)$/u;
/** The issuer on one line, as a header cell often holds it: "ỦY BAN NHÂN DÂN XÃ AN PHÚ". */
const ISSUER_ONE_LINE = /^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)\s+(XÃ|PHƯỜNG|ĐẶC KHU|THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|THỊ XÃ)\s+(\P{Ll}{1,80})$/u;
const MOTTO =
  /^((?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM(?:\s+Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)?|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)$/iu;
/** Cities under the central government (province level); any other "thành phố" is a city of a province (district level, before 1/7/2025). */
const CENTRAL_CITIES = new Set(['hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế']);
const RULE = /^[-_—–=.\s]{3,}$/u;
const DATE_LINE = /^([^,]{2,40}),\s*ngày\b.*\bnăm\s+(\d{4})\.?$/u;

/**
 * Header lines anywhere in the document (the issuer and motto are printed again above the plan
 * and the appendix): issuer name, motto, "Số: …", place and date. Returns true when `p` was one.
 */
export function readHeaderLine(p: Para, fm: FrontMatter): boolean {
  const lines = p.lines.map((l) => l.trim());
  if (lines.every((l) => MOTTO.test(l) || RULE.test(l))) return true;
  if (ISSUER_LINE.test(lines[0] ?? '')) {
    const m = PLACE_LINE.exec(lines[1] ?? '');
    if (m) setIssuer(fm, issuerOf(m[1]!, m[2]!), p.i);
    return lines.length <= 2 || lines.slice(2).every((l) => RULE.test(l));
  }
  const text = lines.filter((l) => !RULE.test(l));
  const one = ISSUER_ONE_LINE.exec(text[0] ?? '');
  if (one) {
    // "UBND TỈNH LÂM ĐỒNG" alone, or over the issuer: "ỦY BAN NHÂN DÂN / HUYỆN YÊN KHÁNH" or "UBND XÃ …"
    const under =
      text.length === 1
        ? undefined
        : text.length === 2
          ? ISSUER_ONE_LINE.exec(text[1]!)
          : text.length === 3 && ISSUER_LINE.test(text[1]!)
            ? PLACE_LINE.exec(text[2]!)
            : null;
    if (under !== null) {
      setIssuer(fm, issuerOf(one[1]!, one[2]!), p.i);
      if (under) setIssuer(fm, issuerOf(under[1]!, under[2]!), p.i + 1);
      return true;
    }
  }
  const place = PLACE_LINE.exec(lines[0] ?? '');
  if (lines.length === 1 && place && place[2] === place[2]!.toLocaleUpperCase('vi')) {
    setIssuer(fm, issuerOf(place[1]!, place[2]!), p.i);
    return true;
  }
  // "Số:   /QĐ-UBND": spaces, then a number with its own spaces if there is one (`\s*(\d*)\s*`
  // tried every split of a run of spaces).
  const no = /^Số:\s*(?:(\d+)\s*)?\/\s*([\p{L}\d-]+)\s*$/u.exec(p.text);
  if (no) {
    fm.number ??= no[1] ? no[1] : null;
    fm.form ??= no[2];
    return true;
  }
  const d = DATE_LINE.exec(p.text);
  if (d && !fm.dateText) {
    fm.dateText = p.text;
    fm.place = d[1]!.trim();
    const full = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(p.text);
    fm.date = full ? `${full[3]}-${full[2]!.padStart(2, '0')}-${full[1]!.padStart(2, '0')}` : null;
    return true;
  }
  return false;
}

const RANK = { commune: 0, district: 1, province: 2 } as const;

/**
 * The first issuer the header names; a body of a lower level named right after it (the next
 * paragraph, or the next line) is the issuer, and the first its superior.
 */
function setIssuer(fm: FrontMatter, next: NonNullable<FrontMatter['issuer']>, at: number): void {
  if (!fm.issuer) {
    fm.issuer = next;
    fm.issuerAt = at;
  } else if (!fm.superior && fm.issuerAt === at - 1 && RANK[next.level] < RANK[fm.issuer.level]) {
    fm.superior = fm.issuer;
    fm.issuer = next;
    fm.issuerAt = at;
  }
}

/**
 * The issuer from its type and name: xã, phường, đặc khu are communes; huyện, quận, thị xã and a
 * city of a province are districts (a level that ended on 1/7/2025); tỉnh and the cities under
 * the central government are provinces.
 */
export function issuerOf(type: string, name: string): NonNullable<FrontMatter['issuer']> {
  const t = type.toLocaleLowerCase('vi');
  const locality = titleCase(name.trim());
  const level =
    t === 'tỉnh' || (t === 'thành phố' && CENTRAL_CITIES.has(locality.toLocaleLowerCase('vi').replace(/^thành phố\s+/u, '')))
      ? 'province'
      : t === 'thành phố' || t === 'huyện' || t === 'quận' || t === 'thị xã'
        ? 'district'
        : 'commune';
  return { type: t, locality, level };
}

/**
 * The decision: its title (after "QUYẾT ĐỊNH"), the authority line, legal bases ("Căn cứ …"),
 * the proposer, the articles and their clauses, the distribution list and the signature block.
 * Paragraphs it places are marked used.
 */
export function readDecision(paras: ParaList, from: number, to: number, fm: FrontMatter): void {
  const ps = paras.between(from, to);
  for (const p of ps) if (readHeaderLine(p, fm)) paras.use(p);

  const rest = paras.between(from, to);
  const start = rest.findIndex((p) => p.text === 'QUYẾT ĐỊNH');
  if (start < 0) return;
  paras.use(rest[start]);
  let k = start + 1;
  const title: string[] = [];
  while (k < rest.length && !/^(CHỦ TỊCH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|Căn cứ\s|Thực hiện\s)/u.test(rest[k]!.text)) {
    title.push(rest[k]!.text);
    paras.use(rest[k]);
    k++;
  }
  if (title.length) fm.decisionTitle = title.join(' ');
  const authority = rest[k];
  if (authority && /^(CHỦ TỊCH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)/u.test(authority.text)) {
    const m = /(XÃ|PHƯỜNG|ĐẶC KHU|THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|THỊ XÃ)\s+(.+)$/u.exec(authority.text);
    if (m && !fm.issuer) fm.issuer = issuerOf(m[1]!, m[2]!);
    paras.use(authority);
    k++;
  }

  type State = 'basis' | 'articles' | 'distribution' | 'signer';
  let state: State = 'basis';
  let article: NonNullable<FrontMatter['decision']['articles']>[number] | undefined;
  const clauses: Para[] = [];
  const flushClauses = () => {
    if (article && clauses.length) article.clauses = joinBroken(clauses.splice(0)).map((c) => c.text);
    clauses.length = 0;
  };
  const signerLines: string[] = [];
  for (; k < rest.length; k++) {
    const p = rest[k]!;
    const t = p.text;
    if (/^Căn cứ\s/u.test(t) || (/^Thực hiện\s/u.test(t) && state === 'basis')) {
      fm.legalBasis.push(t);
      state = 'basis';
    } else if (
      state === 'basis' &&
      fm.legalBasis.length &&
      !endsItem(fm.legalBasis[fm.legalBasis.length - 1]!) &&
      !/^(Theo đề nghị|QUYẾT ĐỊNH)/u.test(t)
    ) {
      fm.legalBasis[fm.legalBasis.length - 1] += ` ${t}`;
    } else if (/^Theo đề nghị của\s+/u.test(t)) {
      fm.decision.proposer = t.replace(/^Theo đề nghị của\s+/u, '').replace(/[.;]$/, '');
    } else if (/^QUYẾT ĐỊNH\s*:$/u.test(t)) {
      state = 'articles';
    } else if (/^Điều\s+\d+\s*[.:]/u.test(t)) {
      flushClauses();
      const m = /^Điều\s+(\d+)\s*[.:]\s*(.*)$/u.exec(t)!;
      const text = m[2]!.trim();
      const title = text && !/[.;:]$/.test(text) && text.length < 120 ? text : undefined;
      article = { number: Number(m[1]), ...(title ? { title } : {}), text };
      (fm.decision.articles ??= []).push(article);
      state = 'articles';
    } else if (/^Nơi nhận\s*:?$/u.test(p.lines[0]?.trim() ?? '')) {
      // "Nơi nhận:" with its list in the same paragraph (no blank line between) or after it.
      flushClauses();
      state = 'distribution';
      for (const line of p.lines.slice(1)) fm.distribution.push(line.replace(/^[-–•]\s*/u, '').trim());
    } else if (state === 'articles' && article) {
      clauses.push(p);
    } else if (state === 'distribution' && /^[-–•]\s*/u.test(t)) {
      for (const line of p.lines) fm.distribution.push(line.replace(/^[-–•]\s*/u, '').trim());
    } else if (state === 'distribution' || state === 'signer') {
      state = 'signer';
      signerLines.push(...p.lines);
    } else continue;
    paras.use(p);
  }
  flushClauses();
  if (signerLines.length) fm.signer = readSigner(signerLines);
}

/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Đức Anh" → capacity KT, title Phó Chủ tịch, the name. */
export function readSigner(lines: string[]): NonNullable<FrontMatter['signer']> {
  const upper = (l: string) => l === l.toLocaleUpperCase('vi') && /\p{L}/u.test(l);
  const caps = lines.filter(upper);
  const name = lines.find((l) => !upper(l) && !/^\(.*\)$/.test(l)) ?? null;
  let capacity: 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ' | 'none' = 'none';
  let title = caps[caps.length - 1] ?? 'CHỦ TỊCH';
  for (const l of caps) {
    const m = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u.exec(l);
    if (m) {
      capacity = m[1] as typeof capacity;
      if (l === caps[caps.length - 1]) title = m[2]!;
    }
  }
  return { name, capacity, title: sentenceCase(title) };
}
