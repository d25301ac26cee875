import type { PlanData, Task } from '../plan/plan-types.js';
import { linksOf, unitsOf, type KeptUnits, type TaskLink } from '../docx/plan-links.js';
import { issuerLines, NATIONAL_MOTTO } from '../docx/heading-texts.js';

/** The texts of a plan's signed document, worked out once; the Word writer only lays them out. */
export interface PlanDocument {
  /**
   * The form the plan is issued in: `decision` (a Quyết định with the plan attached) or `plan` (a
   * Kế hoạch issued on its own, form KH-…: printed as a Kế hoạch, never wrapped in a Quyết định).
   */
  form: 'decision' | 'plan';
  issuerLines: [string, string];
  motto: [string, string];
  numberLine: string;
  dateLine: string;
  decisionTitle: string;
  authority: string;
  legalBasis: string[];
  proposer?: string;
  articles: { number: number; title?: string; text: string; clauses: string[] }[];
  distribution: string[];
  signer: { capacityLines: string[]; name: string };
  planTitle: string;
  /** "(Kèm theo Quyết định số …)" or, for a Kế hoạch, "(Kèm theo Kế hoạch số …)": under the appendix title. */
  attachedTo: string;
  /**
   * A Kế hoạch's opening: its legal bases, one paragraph each, the last one closed by the issuing
   * clause ("…, Ủy ban nhân dân xã … ban hành Kế hoạch … như sau:"). Empty for a Quyết định.
   */
  opening: string[];
  /** Objectives and body, as headings and paragraphs in order. */
  planBody: { heading?: string; text: string }[];
  appendixTitle: string;
  appendixColumns: string[];
  appendixRows: AppendixRow[];
  /** Parent-requirement links, kept as a document property (not printed). */
  links: TaskLink[];
  /** The plan's units lists, kept as a document property (not printed) so that import gets them back. */
  units?: KeptUnits;
}

export type AppendixRow =
  { kind: 'section'; stt: string; title: string } | { kind: 'task'; stt: string; cells: [string, string[], string[], string, string] };

const up = (s: string) => s.toLocaleUpperCase('vi');

const CAPACITY: Record<string, string> = { TM: 'TM.', KT: 'KT.', Q: 'Q.', TL: 'TL.', TUQ: 'TUQ.' };

/**
 * The document of a plan as Nghị định 30/2020 lays it out: heading block, the decision with its
 * legal bases and articles, distribution and signature; then the plan; then the appendix table.
 * Where the plan has no decision text (a plan made with `plan-check init`), the usual three
 * articles are written from its title.
 */
export function planDocument(plan: PlanData): PlanDocument {
  const id = plan.plan;
  const type = id.issuer.type ?? 'xã';
  const place = `${type} ${id.issuer.locality}`.trim();
  const doc = id.document;
  const numberLine = `Số: ${doc.number ?? '      '}/${doc.form}`;
  const dateLine = doc.date_text ?? dateText(doc.place ?? id.issuer.locality, doc.date, id.year);
  const decisionTitle = id.titles?.decision ?? id.title;
  const planTitle =
    id.titles?.plan ?? decisionTitle.replace(/^(Ban hành\s+)?Kế hoạch\s+/iu, '').replace(/^./u, (c) => c.toLocaleUpperCase('vi'));
  const article1 = id.titles?.article1 ?? `Kế hoạch ${planTitle.charAt(0).toLocaleLowerCase('vi')}${planTitle.slice(1)}`;
  const articles = (
    plan.decision?.articles ?? [
      { number: 1, text: `Ban hành kèm theo Quyết định này ${article1}.` },
      { number: 2, text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
      {
        number: 3,
        text: `Chánh Văn phòng HĐND và UBND ${type}, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
      },
    ]
  ).map((a) => ({ number: a.number, ...(a.title ? { title: a.title } : {}), text: a.text, clauses: a.clauses ?? [] }));

  const form = /^KH-/u.test(doc.form) ? 'plan' : 'decision';
  const signer = doc.signer;
  const capacityLines = !signer
    ? form === 'plan'
      ? [`TM. ${up(issuerBody(id.issuer.name))}`, 'CHỦ TỊCH']
      : ['CHỦ TỊCH']
    : signer.capacity === 'none'
      ? [up(signer.title)]
      : signer.capacity === 'TM'
        ? [`TM. ${up(issuerBody(id.issuer.name))}`, up(signer.title)]
        : [`${CAPACITY[signer.capacity] ?? ''} CHỦ TỊCH`.trim(), up(signer.title)];

  const dateOf = doc.date
    ? `ngày ${Number(doc.date.slice(8, 10))}/${Number(doc.date.slice(5, 7))}/${doc.date.slice(0, 4)}`
    : `ngày     /     /${id.year}`;
  const number = `${doc.number ?? '     '}/${doc.form}`;
  const attachedTo =
    form === 'plan'
      ? `(Kèm theo Kế hoạch số ${number} ${dateOf} của Ủy ban nhân dân ${place})`
      : `(Kèm theo Quyết định số ${number} ${dateOf} của Chủ tịch Ủy ban nhân dân ${place})`;

  return {
    form,
    issuerLines: issuerLines(place),
    motto: NATIONAL_MOTTO,
    numberLine,
    dateLine,
    decisionTitle,
    authority: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${up(place)}`,
    legalBasis: id.legal_basis ?? [],
    ...(plan.decision?.proposer ? { proposer: plan.decision.proposer } : {}),
    articles,
    distribution: plan.distribution ?? ['Như Điều 3;', 'Lưu: VT.'],
    signer: { capacityLines, name: signer?.name ?? '' },
    planTitle,
    attachedTo,
    opening: form === 'plan' ? opening(id.legal_basis ?? [], `Ủy ban nhân dân ${place}`, planTitle) : [],
    planBody: planBody(plan),
    appendixTitle: id.titles?.appendix ?? `Nhiệm vụ cụ thể thực hiện ${decisionTitle.replace(/^Ban hành\s+/iu, '')}`,
    appendixColumns: [
      'STT',
      'Nội dung công việc',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời hạn hoàn thành',
      'Sản phẩm dự kiến hoàn thành',
    ],
    appendixRows: appendixRows(plan),
    links: linksOf(plan.tasks),
    ...(unitsOf(plan) ? { units: unitsOf(plan) } : {}),
  };
}

/**
 * The opening of a Kế hoạch: each legal basis as printed, the last one followed by the issuing
 * clause, joined so that the import reads the bases back unchanged ("…;" keeps its semicolon, a
 * basis without closing punctuation is followed by a comma). No basis, no clause.
 */
function opening(bases: string[], issuer: string, planTitle: string): string[] {
  if (!bases.length) return [];
  const last = bases[bases.length - 1]!;
  const clause = `${issuer} ban hành Kế hoạch ${planTitle.charAt(0).toLocaleLowerCase('vi')}${planTitle.slice(1)} như sau:`;
  const joined = /[;]$/u.test(last) ? `${last} ${clause}` : `${last.replace(/,$/u, '')}, ${clause}`;
  return [...bases.slice(0, -1), joined];
}

function dateText(place: string, date: string | null, year: number): string {
  if (!date) return `${place}, ngày      tháng      năm ${year}`;
  return `${place}, ngày ${date.slice(8, 10)} tháng ${date.slice(5, 7)} năm ${date.slice(0, 4)}`;
}

const ROMAN = /^[IVXL]+$/;
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * Objectives under "I. MỤC ĐÍCH, YÊU CẦU", then the body under its own headings; body text
 * whose heading is not a Roman-numbered part goes under "NHIỆM VỤ, GIẢI PHÁP" so that every
 * paragraph sits in a numbered part of the plan.
 */
function planBody(plan: PlanData): { heading?: string; text: string }[] {
  const out: { heading?: string; text: string }[] = [];
  let roman = 0;
  let lastHeading: string | undefined;
  const heading = (h: string) => {
    if (h !== lastHeading) out.push({ heading: h, text: '' });
    lastHeading = h;
  };
  const items = (list: PlanData['objectives']) => (list ?? []).map((p) => (typeof p === 'string' ? { text: p } : p));
  const objectives = items(plan.objectives);
  if (objectives.length) {
    heading(`${ROMANS[roman++]}. MỤC ĐÍCH, YÊU CẦU`);
    for (const o of objectives) {
      if (o.heading) heading(o.heading);
      out.push({ text: o.text });
    }
  }
  let inRoman = false;
  for (const b of items(plan.body)) {
    const h = b.heading;
    const m = h ? /^([IVXL]+)\.\s/.exec(h) : null;
    if (m && ROMAN.test(m[1]!)) {
      roman = Math.max(roman, ROMANS.indexOf(m[1]!) + 1);
      inRoman = true;
    } else if (!inRoman) {
      heading(`${ROMANS[roman++]}. NHIỆM VỤ, GIẢI PHÁP`);
      inRoman = true;
    }
    if (h) heading(h);
    out.push({ text: b.text });
  }
  return out.filter((x) => x.heading !== undefined || x.text);
}

/** The appendix rows: each section row before its first task, then the tasks, sub-rows unnumbered. */
function appendixRows(plan: PlanData): AppendixRow[] {
  const sections = new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
  const shown = new Set<string>();
  const rows: AppendixRow[] = [];
  const show = (id: string | undefined) => {
    if (!id || shown.has(id)) return;
    const parentId = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : undefined;
    show(parentId);
    shown.add(id);
    const title = sections.get(id);
    if (title !== undefined) rows.push({ kind: 'section', stt: printedNumber(id), title });
  };
  for (const t of plan.tasks) {
    show(t.section);
    rows.push({
      kind: 'task',
      stt: t.numbered === false ? '' : printedNumber(t.id),
      cells: [t.content, t.lead ?? [], t.partners ?? [], t.deadline ?? '', t.product ?? ''],
    });
  }
  return rows;
}

/** "II.3" is printed "3" under part II; "2.1" (numeric parts) and "I" are printed as they are. */
function printedNumber(id: Task['id']): string {
  const top = id.split('.')[0]!;
  return ROMAN.test(top) && id !== top ? id.slice(top.length + 1) : id;
}

/** "Ủy ban nhân dân xã Ninh Giang" → "Ủy ban nhân dân": the words before the commune type, found by a linear scan. */
function issuerBody(name: string): string {
  const m = /\s(xã|phường|đặc khu)\s/iu.exec(name);
  if (!m) return name;
  let end = m.index;
  while (end > 0 && /\s/u.test(name[end - 1]!)) end--;
  return name.slice(0, end);
}
