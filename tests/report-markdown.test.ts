import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/report/build-report.js';
import { formatMarkdown } from '../src/report/formatters/markdown.js';
import type { Check, FileReport, Finding, Report } from '../src/types.js';

/**
 * The Markdown report (a pull-request comment) line by line: GitHub renders a table, a list inside
 * <details> and the provenance only with the blank lines around them, so the whole layout is checked,
 * not only its words. Checks and findings are built by hand (no rule runs).
 */
const fd = (ruleId: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity: 'error',
  message: `m ${ruleId}`,
  location: { file: 'a.yaml', pointer: `/p/${line}`, line, column: 4 },
  ...extra,
});
const ck = (ruleId: string, status: Check['status'], findings: Finding[] = []): Check => ({
  ruleId,
  title: `T ${ruleId}`,
  status,
  severity: 'error',
  evaluated: 1,
  findings,
});
const report = (files: FileReport[], lang: 'vi' | 'en' = 'en'): Report =>
  buildReport({ tool: { name: 'plan-check', version: '1' }, asOf: '2026-06-01', lang, files });
const WAIVER = { reason: 'lý do', approvedBy: 'B', reference: 'C' };

describe('formatMarkdown', () => {
  const e = fd('r-err', 3, { fix: 'do *this*' });
  const w = fd('r-warn', 5, { severity: 'warning', waiver: WAIVER });
  const a: FileReport = {
    file: 'a.yaml',
    sha256: '0'.repeat(64),
    plan: { title: 'Plan A' },
    rulesets: [],
    checks: [ck('p1', 'pass'), ck('p2', 'pass'), ck('r-err', 'fail', [e]), ck('r-warn', 'waived', [w]), ck('n', 'not-applicable')],
    findings: [e, w, fd('r-info', 7, { severity: 'info' })],
  };
  const b: FileReport = {
    file: 'b.yaml',
    sha256: '1'.repeat(64),
    plan: {},
    rulesets: [],
    checks: [ck('p1', 'pass'), ck('n', 'not-applicable')],
    findings: [],
  };

  it('lays out counts, the failed and waived checks, the passed count, the findings and the provenance of each file', () => {
    expect(formatMarkdown(report([a, b])).split('\n')).toEqual([
      '## plan-check: 1 error, 0 warnings, 1 info, 1 waived',
      '',
      '3 passed, 1 failed, 1 waived, 2 not applicable',
      '',
      '### a.yaml — Plan A',
      '',
      '| Check | Result | Findings |',
      '|---|---|---|',
      '| `r-err` T r-err | fail | 1 |',
      '| `r-warn` T r-warn | waived | 1 |',
      '',
      // only the checks that passed: not the failed, waived or not-applicable ones
      '2 checks passed.',
      '',
      '<details><summary>Findings (3)</summary>',
      '',
      '- 🔴 `a.yaml:3:4` m r-err `r-err`',
      '  - Fix: do \\*this\\*',
      '- 🟠 `a.yaml:5:4` m r-warn `r-warn` *(waived: lý do)*',
      '- 🔵 `a.yaml:7:4` m r-info `r-info`',
      '',
      '</details>',
      '',
      `<sub>Plan file: a.yaml · SHA-256 ${'0'.repeat(64)}</sub><br>`,
      '<sub>Tool: plan-check 1 · as of 2026-06-01</sub><br>',
      '',
      // no failed check: no table; no finding: no <details>; no title: the file name alone
      '### b.yaml',
      '',
      '1 check passed.',
      '',
      `<sub>Plan file: b.yaml · SHA-256 ${'1'.repeat(64)}</sub><br>`,
      '<sub>Tool: plan-check 1 · as of 2026-06-01</sub><br>',
      '',
    ]);
  });

  it('with --for-signing, the verdict comes in its own paragraph before the first file', () => {
    const lines = (signing: Report['signing']) =>
      formatMarkdown({ ...report([b]), signing })
        .split('\n')
        .slice(4, 8);
    expect(lines({ ready: false, reasons: ['one *a*', 'two'] })).toEqual([
      '**Not ready for signature:** one \\*a\\*; two',
      '',
      '### b.yaml',
      '',
    ]);
    expect(lines({ ready: true, reasons: [] })).toEqual(['**Ready for signature.**', '', '### b.yaml', '']);
  });
});
