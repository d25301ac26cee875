import type { Check, FileReport, Finding, Lang, Report, Severity } from '../types.js';
import type { PlanData } from '../plan/plan-types.js';
import { SEVERITIES } from '../types.js';
import { msg } from '../messages/index.js';

/** The cells of the task table, in the order the printed appendix shows them. */
export const TASK_COLUMNS = ['id', 'content', 'lead', 'partners', 'deadline', 'product'] as const;
type Column = (typeof TASK_COLUMNS)[number];

/** The task (row index) and column a finding points at, from its JSON pointer or its subject. */
export function findingPlace(f: Finding, plan: PlanData | undefined): { row?: number; column?: Column } {
  const m = /^\/tasks\/(\d+)(?:\/([a-z_]+))?/.exec(f.location.pointer);
  if (m) {
    const row = Number(m[1]);
    const field = m[2] as Column | undefined;
    return { row, ...(field && (TASK_COLUMNS as readonly string[]).includes(field) ? { column: field } : {}) };
  }
  if (plan && (f.subject?.kind === 'task' || f.subject?.kind === 'unit-ref')) {
    const row = plan.tasks.findIndex((t) => t.id === f.subject!.id);
    if (row >= 0) return { row };
  }
  return {};
}

interface FindingView {
  n: number;
  severity: Severity;
  ruleId: string;
  message: string;
  line: number;
  column: number;
  pointer: string;
  fix?: string;
  source?: string;
  task?: string;
  row?: number;
  waived: boolean;
}

/** What the result page shows: summary, checklist, findings, and the task table with every finding on its row. */
export function resultView(report: Report, plan: PlanData | undefined) {
  const file: FileReport = report.files[0]!;
  const findings: FindingView[] = file.findings.map((f, n) => {
    const place = findingPlace(f, plan);
    const task = place.row !== undefined ? plan?.tasks[place.row]?.id : undefined;
    return {
      n,
      severity: f.severity,
      ruleId: f.ruleId,
      message: f.message,
      line: f.location.line,
      column: f.location.column,
      pointer: f.location.pointer,
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.source ? { source: [f.source.ref, f.source.article, f.source.title].filter(Boolean).join(', ') } : {}),
      ...(task !== undefined ? { task, row: place.row } : {}),
      waived: !!f.waiver,
    };
  });
  const marks = new Map<number, { n: number; severity: Severity; ruleId: string; column?: Column }[]>();
  file.findings.forEach((f, n) => {
    const place = findingPlace(f, plan);
    if (place.row === undefined) return;
    const list = marks.get(place.row) ?? [];
    list.push({ n, severity: f.severity, ruleId: f.ruleId, ...(place.column ? { column: place.column } : {}) });
    marks.set(place.row, list);
  });
  const worst = (list: { severity: Severity }[]) => SEVERITIES.find((s) => list.some((x) => x.severity === s));
  const tasks = (plan?.tasks ?? []).map((t, row) => {
    const list = marks.get(row) ?? [];
    const cell = (column: Column, text: string) => {
      const here = list.filter((x) => x.column === column);
      return { text, marked: here.length > 0, severity: worst(here) ?? '' };
    };
    return {
      row,
      id: t.id,
      cells: [
        cell('id', t.id),
        cell('content', t.content),
        cell('lead', (t.lead ?? []).join('; ')),
        cell('partners', (t.partners ?? []).join('; ')),
        cell('deadline', t.deadline ?? ''),
        cell('product', t.product ?? ''),
      ],
      marks: list,
      severity: worst(list) ?? '',
    };
  });
  const ruleIds = [...new Set(file.findings.map((f) => f.ruleId))].sort();
  const taskIds = [...new Set(findings.flatMap((f) => (f.task !== undefined ? [f.task] : [])))];
  return {
    file: file.file,
    title: file.plan.title ?? file.file,
    asOf: file.asOf ?? report.asOf,
    summary: report.summary,
    // a row of the page's checklist table (what is shown), not a check
    checks: orderChecks(file.checks).map((c) => ({
      rule: c.ruleId,
      title: c.title,
      status: c.status,
      severity: c.severity,
      count: c.findings.length,
      source: c.source?.ref ?? '',
    })),
    findings,
    tasks,
    ruleIds,
    taskIds,
    severities: SEVERITIES,
  };
}

const STATUS_ORDER: Record<string, number> = { fail: 0, waived: 1, pass: 2, 'not-applicable': 3 };
const orderChecks = (checks: Check[]) => [...checks].sort((a, b) => STATUS_ORDER[a.status]! - STATUS_ORDER[b.status]!);

export type Cell = 'pass' | 'fail' | 'waived' | 'not-applicable' | '';
export interface Matrix {
  rules: { id: string; title: string; fail: number }[];
  /** The issuers' localities (commune, ward, district…) found in the plans, sorted: the dashboard's place filter. */
  localities: string[];
  rows: {
    file: string;
    title: string;
    /** The issuer's locality (plan.issuer.locality), '' when the plan could not be read. */
    locality: string;
    /** The issuer's name, e.g. "Ủy ban nhân dân xã Ninh Giang". */
    issuer: string;
    cells: Cell[];
    pass: number;
    fail: number;
    waived: number;
    notApplicable: number;
    errors: number;
    ok: boolean;
    unreadable?: string;
  }[];
}

/** Plans × rules and requirements: each cell the check's status; totals per rule and per plan. */
export function dashboardMatrix(files: { file: string; report?: FileReport; error?: string }[]): Matrix {
  const rules = new Map<string, { id: string; title: string; fail: number }>();
  for (const f of files)
    for (const c of f.report?.checks ?? []) if (!rules.has(c.ruleId)) rules.set(c.ruleId, { id: c.ruleId, title: c.title, fail: 0 });
  const ids = [...rules.keys()];
  const rows = files.map((f) => {
    const byRule = new Map((f.report?.checks ?? []).map((c) => [c.ruleId, c.status] as const));
    const cells = ids.map((id) => (byRule.get(id) ?? '') as Cell);
    cells.forEach((c, i) => {
      if (c === 'fail') rules.get(ids[i]!)!.fail++;
    });
    const count = (s: Cell) => cells.filter((c) => c === s).length;
    const errors = (f.report?.findings ?? []).filter((x) => x.severity === 'error' && !x.waiver).length;
    return {
      file: f.file,
      title: f.report?.plan.title ?? f.file,
      locality: f.report?.plan.locality ?? '',
      issuer: f.report?.plan.issuer ?? '',
      cells,
      pass: count('pass'),
      fail: count('fail'),
      waived: count('waived'),
      notApplicable: count('not-applicable'),
      errors,
      ok: !!f.report && errors === 0,
      ...(f.error !== undefined ? { unreadable: f.error } : {}),
    };
  });
  const localities = [...new Set(rows.map((r) => r.locality).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi'));
  return { rules: [...rules.values()], localities, rows };
}

/** The matrix as CSV (RFC 4180; a cell that a spreadsheet would read as a formula is quoted with a leading '). */
export function matrixCsv(m: Matrix, lang: Lang): string {
  const q = (v: string | number) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const head = (['file', 'plan', 'pass', 'fail', 'waived', 'notApplicable', 'errors'] as const).map((k) => msg(lang, `serve.csv.${k}`));
  const lines = [[...head, ...m.rules.map((r) => r.id)].map(q).join(',')];
  for (const r of m.rows) lines.push([r.file, r.title, r.pass, r.fail, r.waived, r.notApplicable, r.errors, ...r.cells].map(q).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
