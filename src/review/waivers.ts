import { dirname, resolve } from 'node:path';
import { validatorFor } from '../util/validators.js';
import { ConfigError } from '../errors/config-error.js';
import { readConfigYaml } from '../yaml/read-config.js';
import { locatePointer } from '../yaml/locate.js';
import type { Check, FileReport, Finding, Lang, Location, Severity, WaiverRef } from '../types.js';
import { unwaivableRuleIds } from './waivable.js';
import { makeFinding, makeCheck } from '../results.js';
import { msg } from '../messages/index.js';

export interface Waiver {
  rule: string;
  task?: string;
  subject?: string;
  pointer?: string;
  reason: string;
  approved_by: string;
  reference: string;
  expires?: string;
}

export interface WaiverSet {
  file: string;
  sha256: string;
  plan?: string;
  planSha256?: string;
  waivers: Waiver[];
  locate(pointer: string): Location;
}

/** Reads a reviewer's waivers file; a broken one stops the run (exit 2) with its position. */
export function loadWaivers(file: string): WaiverSet {
  const { src, sha256 } = readConfigYaml(file, 'waivers');
  const validator = validatorFor('waivers');
  if (!validator(src.data)) {
    const e = [...(validator.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
    const loc = locatePointer(file, src, e.instancePath);
    const said = `${e.instancePath} ${e.message ?? ''}`;
    const what =
      e.keyword === 'required'
        ? msg('vi', 'review.waivers.missingField', { field: (e.params as { missingProperty: string }).missingProperty })
        : said;
    throw new ConfigError(
      msg('vi', 'review.waivers.invalid', { what }),
      msg('en', 'review.waivers.invalid', { what: said }),
      file,
      loc.line,
      loc.column,
      undefined,
      'waivers',
    );
  }
  const data = src.data as { plan?: string; plan_sha256?: string; waivers: Waiver[] };
  return {
    file,
    sha256,
    ...(data.plan ? { plan: resolve(dirname(file), data.plan) } : {}), // `plan:` is written from the waivers file's folder
    ...(data.plan_sha256 ? { planSha256: data.plan_sha256 } : {}),
    waivers: data.waivers,
    locate: (pointer) => locatePointer(file, src, pointer),
  };
}

/**
 * Applies waivers to one plan's results: covered findings and checks become waived, with the
 * reason. A waiver that matches nothing, has expired, or was granted on another version of the
 * file is itself reported; one naming a rule that cannot be waived (`unwaivable`) is an error and
 * leaves that rule's findings as they are.
 */
export function applyWaivers(
  report: FileReport,
  set: WaiverSet,
  asOf: string,
  lang: Lang,
  unwaivable: ReadonlySet<string> = unwaivableRuleIds([]),
): FileReport {
  if (set.plan && resolve(set.plan) !== resolve(report.file)) return report;
  const problems: Finding[] = [];
  const problem = (ruleId: string, pointer: string, message: string, fix: string, severity: Severity = 'warning'): void => {
    problems.push(makeFinding({ ruleId, severity, message, location: set.locate(pointer), subject: { kind: 'plan', id: set.file }, fix }));
  };
  const task = (w: Waiver) => (w.task ? msg(lang, 'review.waiver.task', { task: w.task }) : '');
  const fileMatches = !set.planSha256 || set.planSha256 === report.sha256;
  if (!fileMatches) {
    problem(
      'waiver-plan-mismatch',
      '/plan_sha256',
      msg(lang, 'review.waiver-plan-mismatch', { granted: set.planSha256!.slice(0, 12), current: report.sha256.slice(0, 12) }),
      msg(lang, 'review.waiver-plan-mismatch.fix'),
    );
  }
  const active = set.waivers
    .map((w, i) => ({ w, i, used: false }))
    .filter(({ w, i }) => {
      if (unwaivable.has(w.rule)) {
        problem(
          'waiver-not-allowed',
          `/waivers/${i}/rule`,
          msg(lang, 'review.waiver-not-allowed', { rule: w.rule }),
          msg(lang, 'review.waiver-not-allowed.fix'),
          'error',
        );
        return false;
      }
      if (w.expires && w.expires < asOf) {
        problem(
          'waiver-expired',
          `/waivers/${i}`,
          msg(lang, 'review.waiver-expired', { rule: w.rule, task: task(w), expires: w.expires }),
          msg(lang, 'review.waiver-expired.fix'),
        );
        return false;
      }
      return fileMatches;
    });

  const coveredBy = (f: Finding, checkId: string) =>
    unwaivable.has(f.ruleId) || unwaivable.has(checkId)
      ? undefined
      : active.find(
          ({ w }) =>
            (w.rule === f.ruleId || w.rule === checkId) &&
            (!w.task || f.subject?.id === w.task) &&
            (!w.subject || f.subject?.id === w.subject) &&
            (!w.pointer || f.location.pointer === w.pointer || f.location.pointer.startsWith(w.pointer + '/')),
        );

  const waiverRef = (w: Waiver): WaiverRef => ({
    reason: w.reason,
    approvedBy: w.approved_by,
    reference: w.reference,
    ...(w.expires ? { expires: w.expires } : {}),
  });
  const waivedFindings = new Map<Finding, WaiverRef>();
  const checks: Check[] = report.checks.map((c) => {
    const findings = c.findings.map((f) => {
      const hit = coveredBy(f, c.ruleId);
      if (!hit) return f;
      hit.used = true;
      const wf = { ...f, waiver: waiverRef(hit.w) };
      waivedFindings.set(f, wf.waiver);
      return wf;
    });
    const failing = findings.filter((f) => c.status === 'fail' && (f.severity !== 'info' || c.severity === 'info'));
    const allWaived = c.status === 'fail' && failing.length > 0 && failing.every((f) => f.waiver);
    return { ...c, findings, ...(allWaived ? { status: 'waived' as const, waiver: failing[0]!.waiver! } : {}) };
  });
  for (const a of active) {
    if (a.used) continue;
    problem(
      'waiver-unused',
      `/waivers/${a.i}`,
      msg(lang, 'review.waiver-unused', { rule: a.w.rule, task: task(a.w) }),
      msg(lang, 'review.waiver-unused.fix'),
    );
  }
  const findings = report.findings.map((f) => (waivedFindings.has(f) ? { ...f, waiver: waivedFindings.get(f)! } : f));
  const severity: Severity = problems.some((p) => p.severity === 'error') ? 'error' : 'warning';
  checks.push(
    makeCheck({
      ruleId: 'waivers',
      title: msg(lang, 'review.waivers.title'),
      status: problems.length ? 'fail' : 'pass',
      severity,
      evaluated: set.waivers.length,
      findings: problems,
    }),
  );
  return { ...report, checks, findings: [...findings, ...problems], waivers: { file: set.file, sha256: set.sha256 } };
}
