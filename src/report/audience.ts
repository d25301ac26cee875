import type { FileReport } from '../types.js';

/** Whose view of the findings: the reviewer's (drafter hints left out) or the drafter's (everything). */
export type Audience = 'reviewer' | 'drafter';
export const AUDIENCES: readonly Audience[] = ['reviewer', 'drafter'];

/**
 * A file's report as an audience sees it. Drafter hints (findings of rules marked
 * `audience: drafter`: proposals, registry gaps, requirements not yet confirmed) are left out of the
 * reviewer's view; a checklist item whose findings were all such hints is not judged in that view
 * (not applicable), never "passed": an unconfirmed parent requirement with no task is not met.
 */
export function forAudience(file: FileReport, audience: Audience): FileReport {
  if (audience === 'drafter') return file;
  const shown = (f: { audience?: string }) => f.audience !== 'drafter';
  if (file.findings.every(shown)) return file;
  return {
    ...file,
    findings: file.findings.filter(shown),
    checks: file.checks.map((c) => {
      if (c.findings.every(shown)) return c;
      const findings = c.findings.filter(shown);
      return {
        ...c,
        findings,
        ...(findings.length === 0 && (c.status === 'fail' || c.status === 'pass') ? { status: 'not-applicable' as const } : {}),
      };
    }),
  };
}
