import type { PlanData, PlanIdentity, Task } from '../plan/plan-types.js';
import type { RuleSet } from '../rules/ruleset-types.js';
import { findParent, issuerFromTitle } from './plan-identity.js';
import { proposeUnits } from './propose-units.js';
import { cleanTask, tasksFromTables } from './appendix-table.js';
import { findTargets } from './find-targets.js';
import { readDecision, readHeaderLine, type FrontMatter } from './front-matter.js';
import { provinceNamed } from './province-names.js';
import type { MetricWords } from './metric-vocabulary.js';
import { ParaList } from './paragraphs.js';
import { readPlanPart } from './plan-sections.js';
import { readAppendixHeading } from './appendix-heading.js';
import type { Block, SourcePos, TableBlock } from './source-blocks.js';
import { headerTablesAsParagraphs, opensClosing, readAttachedTo, readClosing, readOpeningBases } from './document-identity.js';

/** Something of the source that the import could not place in the plan, or placed with a doubt. */
export interface ImportNote {
  kind:
    | 'unplaced'
    | 'table-row-unplaced'
    | 'table-no-task'
    | 'header-unknown'
    | 'row-merged'
    | 'figure-unrecognised'
    | 'figure-doubtful'
    | 'missing'
    | 'link-stale';
  pos?: SourcePos;
  text: string;
  /** The task concerned, for figures and merged rows. */
  task?: string;
  /** The table (1-based, in reading order), for a task-like table from which no task was placed. */
  table?: number;
  /** The column (1-based), for a header cell that names no known column. */
  column?: number;
  /** For a figure read with doubt: what is in doubt, and the indicators its clause names. */
  doubt?: 'bound' | 'metric';
  metrics?: string[];
}

export interface ImportResult {
  plan: PlanData;
  notes: ImportNote[];
  /** Where each task was read (task id → position in the source): provenance for `rules from-parent`. */
  taskPositions: Record<string, SourcePos>;
}

export interface ImportOptions {
  vocabulary: MetricWords[];
  /** Parent rule sets to recognise the parent plan by (its reference cited in a legal basis). */
  parents: RuleSet[];
}

/**
 * A plan built from a document's blocks: the decision (header, legal bases, articles,
 * distribution, signer), the plan (title, objectives, body, headline targets, tasks in the
 * bulleted form) and the appendix tables (sections, tasks, sub-rows). Targets are recognised in
 * task text with the metric vocabulary. Every paragraph or row it could not place is returned
 * as a note with its position; nothing is dropped silently.
 */
export function importBlocks(source: Block[], opts: ImportOptions): ImportResult {
  const notes: ImportNote[] = [];
  const blocks = headerTablesAsParagraphs(source);
  const paras = new ParaList(blocks);
  const fm: FrontMatter = { legalBasis: [], decision: {}, distribution: [] };
  const at = (re: RegExp, from = 0) => paras.first((p) => re.test(p.text), from)?.i;
  const iPlan = at(/^KẾ HOẠCH$/u) ?? blocks.length;
  const iAppendix = at(/^(PHỤ LỤC|Phụ lục)(\s+[IVX\d]+)?$/u, iPlan) ?? blocks.length;

  readDecision(paras, 0, iPlan, fm);
  const isDecision = fm.decisionTitle !== undefined || fm.decision.articles !== undefined;
  // The issuer and motto printed again above the plan and the appendix are not plan text.
  for (const p of paras.between(iPlan, blocks.length)) if (readHeaderLine(p, fm)) paras.use(p);
  // "Nơi nhận" and the signature close a Kế hoạch (before its appendix, or at the very end).
  const iClosing = paras.first((p) => !paras.used.has(p.i) && opensClosing(p), iPlan)?.i ?? blocks.length;
  const part = readPlanPart(paras, iPlan, Math.min(iAppendix, iClosing), opts.vocabulary);
  readOpeningBases(paras, iPlan, Math.min(iAppendix, iClosing), fm);
  readClosing(paras, iClosing, blocks.length, fm);
  const attached: string[] = part.attached ? [part.attached] : [];
  const appendixTitle = readAppendixHeading(paras, iAppendix, blocks.length, attached);
  for (const a of attached) {
    const to = readAttachedTo(a);
    if (fm.number == null && to.number) fm.number = to.number;
    if (fm.date == null && to.date) fm.date = to.date;
    fm.form ??= to.form;
  }
  fm.form ??= isDecision ? 'QĐ-UBND' : 'KH-UBND';

  const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
  const fromTables = tasksFromTables(tables);
  for (const u of fromTables.unplaced) notes.push({ kind: 'table-row-unplaced', pos: u.pos, text: u.text });
  for (const e of fromTables.emptyTables) notes.push({ kind: 'table-no-task', pos: e.pos, text: e.reason, table: e.table });
  for (const h of fromTables.unknownHeaders) notes.push({ kind: 'header-unknown', pos: h.pos, text: h.text, column: h.column });
  for (const m of fromTables.merged) notes.push({ kind: 'row-merged', pos: m.pos, task: m.task, text: '' });

  for (const d of part.doubtful)
    notes.push({ kind: 'figure-doubtful', pos: d.pos, text: d.text, doubt: d.doubt, ...(d.metrics ? { metrics: d.metrics } : {}) });

  const taskPositions: Record<string, SourcePos> = {};
  const tasks: Task[] = [...part.tasks, ...fromTables.tasks].map((t) => {
    const clean = cleanTask(t);
    taskPositions[clean.id] ??= t.pos;
    const found = findTargets(clean.content, opts.vocabulary);
    const fromProduct = clean.product ? findTargets(clean.product, opts.vocabulary) : { targets: [], unknown: [], doubtful: [] };
    const targets = [...found.targets, ...fromProduct.targets.filter((x) => !found.targets.some((y) => y.metric === x.metric))];
    for (const u of [...found.unknown, ...fromProduct.unknown])
      notes.push({ kind: 'figure-unrecognised', pos: t.pos, task: clean.id, text: u.text });
    for (const d of [...found.doubtful, ...fromProduct.doubtful])
      notes.push({
        kind: 'figure-doubtful',
        pos: t.pos,
        task: clean.id,
        text: d.text,
        doubt: d.doubt,
        ...(d.metrics ? { metrics: d.metrics } : {}),
      });
    return targets.length ? { ...clean, targets } : clean;
  });

  if (!tasks.length) notes.push({ kind: 'missing', text: 'nhiệm vụ nào (no task)' });
  // What is left over.
  for (const p of paras.all) if (!paras.used.has(p.i)) notes.push({ kind: 'unplaced', pos: p.pos, text: p.text });

  const title = fm.decisionTitle ?? part.planTitle ?? '';
  const kind: PlanIdentity['kind'] = /cải cách hành chính/iu.test(title) && !/kiểm soát thủ tục/iu.test(title) ? 'cchc' : 'kstthc';
  const yearText = /năm\s+(\d{4})/u.exec(title)?.[1] ?? /(\d{4})\s*$/.exec(fm.dateText ?? '')?.[1];
  if (!yearText) notes.push({ kind: 'missing', text: 'năm của kế hoạch (plan year)' });
  const year = Number(yearText ?? 0);
  const issuer = fm.issuer ?? issuerFromTitle(title);
  if (!issuer) notes.push({ kind: 'missing', text: 'cơ quan ban hành (issuer)' });
  const parent = findParent(fm.legalBasis, opts.parents, kind, year);
  const article1 = fm.decision.articles?.find((a) => a.number === 1)?.text;
  const a1 = article1 ? /^Ban hành kèm theo Quyết định này\s+(.+?)\.?$/u.exec(article1)?.[1] : undefined;
  const province =
    parent?.province ??
    provinceOfHeader(issuer, fm.superior) ??
    /(?:thành phố|tỉnh)\s+([\p{Lu}][\p{L}\s]*?)(?=[,;.]|\s+(?:ban hành|về|Ban hành)|$)/u.exec(fm.legalBasis.join(' '))?.[1]?.trim() ??
    provinceOfPlace(fm.place, issuer, fm.date ? fm.date < '2025-07-01' : year <= 2025);

  const plan: PlanData = {
    plan: {
      kind,
      year,
      title,
      titles: {
        ...(fm.decisionTitle ? { decision: fm.decisionTitle } : {}),
        ...(a1 ? { article1: a1 } : {}),
        ...(part.planTitle ? { plan: part.planTitle } : {}),
        ...(appendixTitle ? { appendix: appendixTitle } : {}),
      },
      issuer: {
        name: issuer ? `Ủy ban nhân dân ${issuer.type} ${issuer.locality}` : '',
        level: issuer?.level ?? 'commune',
        ...(issuer ? { type: issuer.type, locality: issuer.locality } : { locality: '' }),
        ...(province ? { province } : {}),
      } as PlanIdentity['issuer'],
      document: {
        form: fm.form as PlanIdentity['document']['form'],
        number: fm.number ?? null,
        date: fm.date ?? null,
        ...(fm.dateText ? { date_text: fm.dateText } : {}),
        ...(fm.place ? { place: fm.place } : {}),
        ...(fm.signer ? { signer: fm.signer } : {}),
      },
      ...(parent ? { parent: parent.parent } : {}),
      legal_basis: fm.legalBasis,
    },
    units: proposeUnits(tasks),
    ...(fm.decision.articles || fm.decision.proposer ? { decision: fm.decision } : {}),
    ...(part.objectives.length ? { objectives: part.objectives } : {}),
    ...(part.body.length ? { body: part.body } : {}),
    ...(part.targets.length ? { targets: part.targets } : {}),
    sections: [...part.sections, ...fromTables.sections],
    tasks,
    ...(fm.distribution.length ? { distribution: fm.distribution } : {}),
  };
  if (!Object.keys(plan.plan.titles!).length) delete plan.plan.titles;
  if (!plan.units?.length) delete plan.units;
  if (!plan.sections?.length) delete plan.sections;
  return { plan, notes, taskPositions };
}

/** The province the header names: the issuer itself when it is one, else the body printed above it. */
function provinceOfHeader(issuer: FrontMatter['issuer'], superior: FrontMatter['superior']): string | undefined {
  if (issuer?.level === 'province') return issuer.locality;
  return superior?.level === 'province' ? superior.locality : undefined;
}

/** The province the place of signing names ("Lâm Đồng, ngày …"), unless it is only the issuer's own name. */
function provinceOfPlace(place: string | undefined, issuer: FrontMatter['issuer'], beforeReform: boolean): string | undefined {
  const province = place ? provinceNamed(place, beforeReform) : undefined;
  if (!province || !issuer) return province;
  return provinceNamed(issuer.locality, beforeReform) === province ? undefined : province;
}
