import type { Check, FileReport, Finding, Lang, Report, Severity, Summary } from '../types.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Stable order: file, line, column, rule, message. Same inputs give byte-identical reports. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checklist order: failures first by severity, then the rest, each group by rule id. */
export function compareChecks(a: Check, b: Check): number {
  const rank = (c: Check) => (c.status === 'fail' ? 0 : c.status === 'waived' ? 1 : c.status === 'pass' ? 2 : 3);
  return rank(a) - rank(b) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || cmp(a.ruleId, b.ruleId);
}

/** Removes exact duplicates (same rule, place and message). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.ruleId}|${f.location.file}|${f.location.pointer}|${f.location.line}|${f.location.column}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * File results already in report form. Duplicates are removed exactly once per file, here: a
 * result reduced for a large batch (findings without their text) must never be de-duplicated
 * again, or its findings would merge and the counts and exit code would be wrong.
 */
const NORMALISED = new WeakSet<FileReport>();

/** A file's result in report form: duplicate findings removed, findings and checks in stable order. */
export function normaliseFile(f: FileReport): FileReport {
  if (NORMALISED.has(f)) return f;
  const out = {
    ...f,
    checks: f.checks.map((c) => ({ ...c, findings: dedupe(c.findings).sort(compareFindings) })).sort(compareChecks),
    findings: dedupe(f.findings).sort(compareFindings),
  };
  NORMALISED.add(out);
  return out;
}

/** Whether a file result is in report form (made by normaliseFile, or declared so). */
export function isNormalised(f: FileReport): boolean {
  return NORMALISED.has(f);
}

/** Declares a file result (made from a normalised one) as already in report form. */
export function markNormalised(f: FileReport): FileReport {
  NORMALISED.add(f);
  return f;
}

/** A finding that counts for the summary and the exit code: neither waived nor recorded in the baseline. */
export function isOpen(f: Finding): boolean {
  return !f.waiver && !f.baselined;
}

/** Open findings of a file by severity: what every format's counts and the exit code come from. */
export function openCounts(f: FileReport): Record<Severity, number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const x of f.findings) if (isOpen(x)) n[x.severity]++;
  return n;
}

export function buildReport(input: {
  tool: { name: string; version: string };
  asOf: string;
  lang: Lang;
  files: FileReport[];
  generatedAt?: string;
}): Report {
  const files = input.files.map(normaliseFile);
  const summary: Summary = { error: 0, warning: 0, info: 0, waivedFindings: 0, pass: 0, fail: 0, waived: 0, notApplicable: 0 };
  let baselined = 0;
  for (const f of files) {
    for (const x of f.findings) {
      if (x.waiver) summary.waivedFindings++;
      else if (x.baselined) baselined++;
      else summary[x.severity]++;
    }
    for (const c of f.checks) {
      if (c.status === 'pass') summary.pass++;
      else if (c.status === 'fail') summary.fail++;
      else if (c.status === 'waived') summary.waived++;
      else summary.notApplicable++;
    }
  }
  if (baselined) summary.baselinedFindings = baselined;
  return {
    tool: input.tool,
    asOf: input.asOf,
    lang: input.lang,
    ...(input.generatedAt ? { generatedAt: input.generatedAt } : {}),
    files,
    summary,
  };
}

/** The exit code a report calls for: 1 when any open finding (not waived, not in the baseline) is at or above the threshold. */
export function exitCodeFor(report: Report, failOn: 'error' | 'warning' | 'info'): 0 | 1 {
  const limit = SEVERITY_ORDER[failOn];
  return report.files.some((f) => f.findings.some((x) => isOpen(x) && SEVERITY_ORDER[x.severity] <= limit)) ? 1 : 0;
}
