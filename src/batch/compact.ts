import type { FileReport, Finding } from '../types.js';
import { markNormalised } from '../report/build-report.js';
import { makeFinding, makeCheck } from '../results.js';

const WHERE = { file: '', pointer: '', line: 0, column: 0 };
const shared = new Map<string, Finding>();

/**
 * One shared object per kind of finding (rule, severity, waived, baselined): a reduced file result
 * holds one reference per finding, so a batch of any size keeps every count exact in little memory.
 */
function slim(f: Finding): Finding {
  const k = `${f.ruleId}|${f.severity}|${f.waiver ? 1 : 0}|${f.baselined ? 1 : 0}`;
  let s = shared.get(k);
  if (!s) {
    s = Object.freeze(
      makeFinding({
        ruleId: f.ruleId,
        severity: f.severity,
        message: '',
        location: WHERE,
        ...(f.waiver ? { waiver: f.waiver } : {}),
        ...(f.baselined ? { baselined: true as const } : {}),
      }),
    );
    shared.set(k, s);
  }
  return s;
}

/**
 * A file's result (already in report form) reduced to what the run's summary, the per-file table
 * and the exit code need: every finding is kept, one for one, without its text; a file that could
 * not be read keeps its finding whole (its reason goes to stderr).
 */
export function compact(r: FileReport): FileReport {
  const keep = (f: Finding) => (f.ruleId === 'input-readable' ? f : slim(f));
  return markNormalised({
    file: r.file,
    sha256: r.sha256,
    plan: r.plan.title ? { title: r.plan.title } : {},
    rulesets: [],
    checks: r.checks.map((c) =>
      makeCheck({ ruleId: c.ruleId, title: '', status: c.status, severity: c.severity, evaluated: 0, findings: [] }),
    ),
    findings: r.findings.map(keep),
    ...(r.baselined ? { baselined: r.baselined } : {}),
  });
}
