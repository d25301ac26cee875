import type { FileReport, Lang } from '../types.js';
import { InputError } from '../errors/input-error.js';
import { makeFinding, makeCheck } from '../results.js';
import { BUILT_IN_CHECKS } from '../plan/built-in-checks.js';

/**
 * A file that cannot be read, reported in its place as a failed `input-readable` check: in a batch
 * (the run then exits 2), and by the fixture runner of the built-in checks (src/tools/rules-test.ts).
 */
export function unreadableReport(file: string, err: InputError, lang: Lang): FileReport {
  const check = BUILT_IN_CHECKS['input-readable'];
  const finding = makeFinding({
    ruleId: 'input-readable',
    severity: 'error',
    message: err.text(lang),
    location: { file, pointer: '', line: 1, column: 1 },
    subject: { kind: 'plan', id: file },
    fix: check.fix[lang],
  });
  return {
    file,
    sha256: '',
    plan: {},
    rulesets: [],
    checks: [
      makeCheck({
        ruleId: 'input-readable',
        title: check.title[lang],
        status: 'fail',
        severity: 'error',
        evaluated: 1,
        findings: [finding],
      }),
    ],
    findings: [finding],
  };
}
