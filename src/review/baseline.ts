import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { InputError } from '../errors/input-error.js';
import type { FileReport, Finding, Lang, Report } from '../types.js';
import { findingKey } from './finding-key.js';
import { makeFinding, makeCheck } from '../results.js';
import { both, msg } from '../messages/index.js';

/** Today's findings, recorded so that later runs tell new findings from pre-existing ones. */
export interface Baseline {
  tool: string;
  entries: { file: string; ruleId: string; subject?: string; key: string; message: string }[];
}

const norm = (file: string) => relative(process.cwd(), resolve(file)).split('\\').join('/');

export function makeBaseline(report: Report): string {
  const entries = report.files.flatMap((f) =>
    f.findings
      .filter((x) => !x.waiver && x.ruleId !== 'baseline-stale')
      .map((x) => ({
        file: norm(f.file),
        ruleId: x.ruleId,
        ...(x.subject ? { subject: x.subject.id } : {}),
        key: findingKey(x),
        message: x.message,
      })),
  );
  entries.sort((a, b) => (a.file + a.key < b.file + b.key ? -1 : 1));
  const baseline: Baseline = { tool: `${report.tool.name} ${report.tool.version}`, entries };
  return JSON.stringify(baseline, null, 2) + '\n';
}

export function readBaseline(file: string): { baseline: Baseline; text: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
    const baseline = JSON.parse(text) as Baseline;
    if (!Array.isArray(baseline?.entries) || !baseline.entries.every((e) => typeof e?.file === 'string' && typeof e.key === 'string'))
      throw new Error('"entries" phải là danh sách mục có "file" và "key" ("entries" must list objects with "file" and "key")');
    return { baseline, text };
  } catch (err) {
    throw InputError.of(both('review.baseline.unreadable', { file, reason: (err as Error).message }), file);
  }
}

/**
 * Marks the findings the baseline already records (matched by rule and subject, never by line) as
 * `baselined`: they stay in the report, shown as pre-existing, and are not counted for the exit
 * code; the signing gate still refuses them. Baseline entries that no longer occur are reported,
 * so the baseline shrinks over time.
 */
export function applyBaseline(report: FileReport, baselineFile: string, b: { baseline: Baseline; text: string }, lang: Lang): FileReport {
  const mine = b.baseline.entries.filter((e) => e.file === norm(report.file));
  const pool = new Map<string, number>();
  for (const e of mine) pool.set(e.key, (pool.get(e.key) ?? 0) + 1);
  const known = new Map<Finding, Finding>();
  for (const f of report.findings) {
    const n = pool.get(findingKey(f)) ?? 0;
    if (n > 0 && !f.waiver) {
      pool.set(findingKey(f), n - 1);
      known.set(f, { ...f, baselined: true });
    }
  }
  const stale: Finding[] = [];
  for (const e of mine) {
    if ((pool.get(e.key) ?? 0) <= 0) continue;
    pool.set(e.key, pool.get(e.key)! - 1);
    const at = b.text.indexOf(JSON.stringify(e.key));
    const line = at < 0 ? 1 : b.text.slice(0, at).split('\n').length;
    stale.push(
      makeFinding({
        ruleId: 'baseline-stale',
        severity: 'info',
        message: msg(lang, 'review.baseline-stale', { ruleId: e.ruleId, message: e.message }),
        location: { file: baselineFile, pointer: '', line, column: 1 },
        ...(e.subject ? { subject: { kind: 'plan' as const, id: e.subject } } : {}),
        fix: msg(lang, 'review.baseline-stale.fix'),
      }),
    );
  }
  const mark = (f: Finding) => known.get(f) ?? f;
  const checks = report.checks.map((c) => {
    const marked = c.findings.filter((f) => known.has(f)).length;
    if (!marked) return c;
    const stillOpen = c.findings.length - marked;
    return {
      ...c,
      findings: c.findings.map(mark),
      baselined: marked,
      status: stillOpen || c.status !== 'fail' ? c.status : ('pass' as const),
    };
  });
  if (stale.length)
    checks.push(
      makeCheck({
        ruleId: 'baseline-stale',
        title: msg(lang, 'review.baseline-stale.title'),
        status: 'fail',
        severity: 'info',
        evaluated: mine.length,
        findings: stale,
      }),
    );
  return { ...report, checks, findings: [...report.findings.map(mark), ...stale], baselined: known.size };
}
