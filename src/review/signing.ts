import type { Lang, Report } from '../types.js';
import { msg } from '../messages/index.js';

/** Info-level findings that still block a signature: a cited document whose status is unknown. */
const BLOCKING_INFO = new Set(['citation-known', 'citation-status-known', 'citation-registry-gap']);

/**
 * The gate a plan passes before signature: no error or warning left unwaived, no citation of
 * unknown status, number/date/signer filled in or explicitly pending (rules/signing/gate.yaml).
 */
export function signingVerdict(report: Report, lang: Lang): { ready: boolean; reasons: string[] } {
  const reasons: string[] = [];
  for (const file of report.files) {
    const open = file.findings.filter((f) => !f.waiver);
    const errors = open.filter((f) => f.severity === 'error').length;
    const warnings = open.filter((f) => f.severity === 'warning').length;
    const unknown = open.filter((f) => f.severity === 'info' && BLOCKING_INFO.has(f.ruleId)).length;
    // A baseline never satisfies the gate: findings it records are still unresolved.
    const old = (s: 'error' | 'warning') => open.filter((f) => f.baselined && f.severity === s).length;
    const pre = (n: number) => (n ? msg(lang, 'review.signing.preExisting', { n }) : '');
    if (errors) reasons.push(msg(lang, 'review.signing.errors', { file: file.file, n: errors, pre: pre(old('error')) }));
    if (warnings) reasons.push(msg(lang, 'review.signing.warnings', { file: file.file, n: warnings, pre: pre(old('warning')) }));
    if (unknown) reasons.push(msg(lang, 'review.signing.unknown', { file: file.file, n: unknown }));
  }
  return { ready: reasons.length === 0, reasons };
}
