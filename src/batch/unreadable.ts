import type { FileReport, Lang } from '../types.js';
import { InputError } from '../errors/input-error.js';
import { makeFinding, makeCheck } from '../results.js';
import { msg } from '../messages/index.js';

/** In a batch, a file that cannot be read is reported in its place; the run then exits 2. */
export function unreadableReport(file: string, err: InputError, lang: Lang): FileReport {
  const finding = makeFinding({
    ruleId: 'input-readable',
    severity: 'error',
    message: err.text(lang),
    location: { file, pointer: '', line: 1, column: 1 },
    subject: { kind: 'plan', id: file },
  });
  return {
    file,
    sha256: '',
    plan: {},
    rulesets: [],
    checks: [
      makeCheck({
        ruleId: 'input-readable',
        title: msg(lang, 'batch.input-readable.title'),
        status: 'fail',
        severity: 'error',
        evaluated: 1,
        findings: [finding],
      }),
    ],
    findings: [finding],
  };
}
