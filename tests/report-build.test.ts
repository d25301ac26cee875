import { describe, expect, it } from 'vitest';
import {
  buildReport,
  compareChecks,
  compareFindings,
  exitCodeFor,
  isOpen,
  markNormalised,
  normaliseFile,
  openCounts,
} from '../src/report/build-report.js';
import { forAudience } from '../src/report/audience.js';
import type { Check, FileReport, Finding } from '../src/types.js';

/**
 * How findings become a report: their stable order, duplicates removed once, the counts and the
 * exit code taken from open findings only, and the reviewer's view without drafter hints.
 */
const fd = (ruleId: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity: 'error',
  message: `m ${ruleId}`,
  location: { file: 'a.yaml', pointer: `/p/${line}`, line, column: 1 },
  ...extra,
});
const at = (f: Finding, loc: Partial<Finding['location']>): Finding => ({ ...f, location: { ...f.location, ...loc } });
const ck = (ruleId: string, status: Check['status'], findings: Finding[] = [], severity: Check['severity'] = 'error'): Check => ({
  ruleId,
  title: `T ${ruleId}`,
  status,
  severity,
  evaluated: 1,
  findings,
});
const file = (findings: Finding[], checks: Check[] = []): FileReport => ({
  file: 'a.yaml',
  sha256: '0'.repeat(64),
  plan: { title: 'A' },
  rulesets: [],
  checks,
  findings,
});
const report = (...files: FileReport[]) => buildReport({ tool: { name: 't', version: '0' }, asOf: '2026-06-01', lang: 'vi', files });

describe('compareFindings: file, line, column, rule, message', () => {
  it('each key decides when the earlier ones are equal, in both directions', () => {
    const a = fd('r', 5);
    const pairs: [Finding, Finding][] = [
      [at(a, { file: 'a.yaml' }), at(a, { file: 'b.yaml' })],
      [at(a, { line: 4 }), at(a, { line: 5 })],
      [at(a, { column: 2 }), at(a, { column: 3 })],
      [
        { ...a, ruleId: 'q' },
        { ...a, ruleId: 'r' },
      ],
      [
        { ...a, message: 'x' },
        { ...a, message: 'y' },
      ],
      // an earlier key outweighs a later one
      [at({ ...a, ruleId: 'z' }, { file: 'a.yaml', line: 9 }), at({ ...a, ruleId: 'a' }, { file: 'b.yaml', line: 1 })],
      [at(a, { line: 1, column: 9 }), at(a, { line: 2, column: 1 })],
      [at({ ...a, ruleId: 'z' }, { column: 1 }), at({ ...a, ruleId: 'a' }, { column: 2 })],
      [
        { ...a, ruleId: 'a', message: 'z' },
        { ...a, ruleId: 'b', message: 'a' },
      ],
    ];
    for (const [x, y] of pairs) {
      expect(compareFindings(x, y)).toBeLessThan(0);
      expect(compareFindings(y, x)).toBeGreaterThan(0);
    }
    expect(compareFindings(a, { ...a })).toBe(0);
  });
});

describe('compareChecks: failed, waived, passed, not applicable; then severity; then rule', () => {
  it('sorts a shuffled checklist into that order', () => {
    const checks = [
      ck('n', 'not-applicable'),
      ck('p2', 'pass'),
      ck('fw', 'fail', [], 'warning'),
      ck('w', 'waived'),
      ck('fi', 'fail', [], 'info'),
      ck('p1', 'pass'),
      ck('fe2', 'fail'),
      ck('fe1', 'fail'),
    ];
    expect([...checks].sort(compareChecks).map((c) => c.ruleId)).toEqual(['fe1', 'fe2', 'fw', 'fi', 'w', 'p1', 'p2', 'n']);
    expect(
      [...checks]
        .reverse()
        .sort(compareChecks)
        .map((c) => c.ruleId),
    ).toEqual(['fe1', 'fe2', 'fw', 'fi', 'w', 'p1', 'p2', 'n']);
    expect(compareChecks(ck('x', 'pass'), ck('x', 'pass'))).toBe(0);
  });
});

describe('normaliseFile', () => {
  it('removes exact duplicates only, in the file and in each check, and sorts them', () => {
    const a = fd('r', 3);
    const near = [
      { ...a, ruleId: 's' },
      at(a, { file: 'b.yaml' }),
      at(a, { pointer: '/q' }),
      at(a, { line: 4 }),
      at(a, { column: 2 }),
      { ...a, message: 'other' },
    ];
    const f = normaliseFile(file([a, ...near, { ...a }, fd('r', 1)], [ck('r', 'fail', [a, { ...a }, fd('r', 1)])]));
    expect(f.findings).toHaveLength(8);
    expect(f.findings[0]).toEqual(fd('r', 1));
    expect(f.findings.map((x) => `${x.location.file}:${x.location.line}`).slice(0, 2)).toEqual(['a.yaml:1', 'a.yaml:3']);
    expect(f.checks[0]!.findings).toEqual([fd('r', 1), a]);
  });

  it('sorts the checklist; a file already normalised (or declared so) is returned as it is', () => {
    const f = normaliseFile(file([], [ck('b', 'pass'), ck('a', 'fail')]));
    expect(f.checks.map((c) => c.ruleId)).toEqual(['a', 'b']);
    expect(normaliseFile(f)).toBe(f);
    const reduced = file([fd('r', 1), fd('r', 1)]);
    expect(markNormalised(reduced)).toBe(reduced);
    expect(normaliseFile(reduced)).toBe(reduced);
    expect(normaliseFile(reduced).findings).toHaveLength(2);
  });
});

describe('counts and exit code', () => {
  const waived = fd('w', 2, { severity: 'warning', waiver: { reason: 'r', approvedBy: 'a', reference: 'x' } });
  const base = fd('b', 3, { baselined: true });
  it('open findings only: waived and baselined apart', () => {
    const f = file(
      [fd('e', 1), fd('i', 4, { severity: 'info' }), waived, base],
      [ck('e', 'fail'), ck('p', 'pass'), ck('w', 'waived'), ck('n', 'not-applicable'), ck('n2', 'not-applicable')],
    );
    expect(openCounts(f)).toEqual({ error: 1, warning: 0, info: 1 });
    expect(report(f).summary).toEqual({
      error: 1,
      warning: 0,
      info: 1,
      waivedFindings: 1,
      baselinedFindings: 1,
      pass: 1,
      fail: 1,
      waived: 1,
      notApplicable: 2,
    });
    expect([waived, base, fd('x', 1)].map(isOpen)).toEqual([false, false, true]);
  });

  it('exit 1 when an open finding is at or above the threshold', () => {
    const warn = report(file([fd('w', 1, { severity: 'warning' })]));
    expect([exitCodeFor(warn, 'error'), exitCodeFor(warn, 'warning'), exitCodeFor(warn, 'info')]).toEqual([0, 1, 1]);
    const info = report(file([fd('i', 1, { severity: 'info' })]));
    expect([exitCodeFor(info, 'error'), exitCodeFor(info, 'warning'), exitCodeFor(info, 'info')]).toEqual([0, 0, 1]);
    const err = report(file([]), file([fd('e', 1)]));
    expect(exitCodeFor(err, 'error')).toBe(1);
    const closed = report(file([{ ...waived, severity: 'error' }, base]));
    expect([exitCodeFor(closed, 'error'), exitCodeFor(closed, 'info')]).toEqual([0, 0]);
    expect(exitCodeFor(report(), 'info')).toBe(0);
  });
});

describe('forAudience', () => {
  const hint = fd('proposal', 1, { severity: 'info', audience: 'drafter' });
  const real = fd('lead', 2);
  it('the drafter sees everything; a file without hints is the same for the reviewer', () => {
    const f = file([hint, real], [ck('proposal', 'fail', [hint])]);
    expect(forAudience(f, 'drafter')).toBe(f);
    const plain = file([real], [ck('lead', 'fail', [real])]);
    expect(forAudience(plain, 'reviewer')).toBe(plain);
  });

  it('the reviewer: hints left out; a check left with no finding is not applicable, never passed', () => {
    const f = file(
      [hint, real],
      [
        ck('proposal', 'fail', [hint]),
        ck('mixed', 'fail', [hint, real]),
        ck('lead', 'fail', [real]),
        ck('p', 'pass', [hint]),
        ck('w', 'waived', [hint]),
      ],
    );
    const v = forAudience(f, 'reviewer');
    expect(v.findings).toEqual([real]);
    expect(v.checks.map((c) => [c.ruleId, c.status, c.findings.length])).toEqual([
      ['proposal', 'not-applicable', 0],
      ['mixed', 'fail', 1],
      ['lead', 'fail', 1],
      ['p', 'not-applicable', 0],
      ['w', 'waived', 0],
    ]);
    expect(v.checks[2]).toBe(f.checks[2]);
    expect(f.findings).toHaveLength(2); // the drafter's view is left as it was
  });
});
