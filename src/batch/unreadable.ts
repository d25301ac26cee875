import type { FileReport, Lang } from '../types.js';
import { InputError } from '../errors/input-error.js';

/** In a batch, a file that cannot be read is reported in its place; the run then exits 2. */
export function unreadableReport(file: string, err: InputError, lang: Lang): FileReport {
  const finding = {
    ruleId: 'input-readable',
    severity: 'error' as const,
    message: lang === 'vi' ? err.message : err.messageEn,
    location: { file, pointer: '', line: 1, column: 1 },
    subject: { kind: 'plan' as const, id: file },
  };
  return {
    file,
    sha256: '',
    plan: {},
    rulesets: [],
    checks: [{ ruleId: 'input-readable', title: lang === 'vi' ? 'Tệp đọc được' : 'The file can be read', status: 'fail', severity: 'error', evaluated: 1, findings: [finding] }],
    findings: [finding],
  };
}
