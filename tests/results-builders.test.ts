import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCheck, makeFinding } from '../src/results.js';
import { ROOT } from './helpers/cli.js';

// Issue 15 item 3: findings are built in one place (makeFinding), checks in one place (makeCheck).

const LOC = { file: 'p.yaml', pointer: '/tasks/0', line: 3, column: 5 };

describe('makeFinding', () => {
  it('writes the fields in report order and leaves absent ones out', () => {
    const f = makeFinding({
      fix: 'sửa',
      ruleId: 'r',
      location: LOC,
      message: 'm',
      severity: 'warning',
      subject: { kind: 'task', id: '1' },
      actual: undefined,
      source: undefined,
    });
    expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'message', 'location', 'subject', 'fix']);
    expect(f).toStrictEqual({
      ruleId: 'r',
      severity: 'warning',
      message: 'm',
      location: LOC,
      subject: { kind: 'task', id: '1' },
      fix: 'sửa',
    });
  });

  it('keeps falsy values that are facts (0, false, an empty fix)', () => {
    const f = makeFinding({ ruleId: 'r', severity: 'error', message: 'm', location: LOC, actual: 0, expected: false, fix: '' });
    expect(f).toStrictEqual({ ruleId: 'r', severity: 'error', message: 'm', location: LOC, actual: 0, expected: false, fix: '' });
  });
});

describe('makeCheck', () => {
  const base = { ruleId: 'r', title: 't', severity: 'error' as const };
  it('status: fail with findings, pass when evaluated, not-applicable when nothing was evaluated', () => {
    const finding = makeFinding({ ruleId: 'r', severity: 'error', message: 'm', location: LOC });
    expect(makeCheck({ ...base, evaluated: 2, findings: [finding] }).status).toBe('fail');
    expect(makeCheck({ ...base, evaluated: 2, findings: [] }).status).toBe('pass');
    expect(makeCheck({ ...base, evaluated: 0, findings: [] }).status).toBe('not-applicable');
    expect(makeCheck({ ...base, evaluated: 0, findings: [], status: 'pass' }).status).toBe('pass');
  });

  it('writes the fields in report order and leaves absent ones out', () => {
    const c = makeCheck({ findings: [], evaluated: 1, severity: 'info', title: 't', ruleId: 'r', source: undefined });
    expect(Object.keys(c)).toEqual(['ruleId', 'title', 'status', 'severity', 'evaluated', 'findings']);
  });
});

describe('one place builds findings and checks', () => {
  it('no object literal in src/ builds a finding or a check except through makeFinding / makeCheck', () => {
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !['results.ts', 'types.ts'].includes(e.name)) files.push(p);
      }
    };
    walk(join(ROOT, 'src'));
    const outside: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // An object literal opening with ruleId and holding a location (a finding) or a status (a check).
      for (const m of text.matchAll(/\{\s*ruleId: [^{};]*/g)) {
        if (!/\bseverity\b/.test(m[0]) || !/\b(location|status)\b/.test(m[0])) continue;
        const before = text.slice(Math.max(0, m.index - 20), m.index);
        if (!/make(Finding|Check)\($/.test(before)) outside.push(`${relative(ROOT, file)}: ${m[0].slice(0, 60)}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
