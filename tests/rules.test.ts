import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { expectedMarks } from './helpers/expectations.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'rules');
const coreRules = new RuleSetCatalog().always().flatMap((rs) => rs.rules.map((r) => r.id));

/** Rule sets a fixture folder brings along (a parent plan's requirements, say). */
function extraRules(dir: string): string[] {
  return ['parent.yaml'].map((f) => join(dir, f)).filter(existsSync);
}

describe('every core rule has valid and invalid fixtures', () => {
  it.each(coreRules)('%s', (id) => {
    expect(existsSync(join(FIXTURES, id, 'valid.yaml'))).toBe(true);
    expect(existsSync(join(FIXTURES, id, 'invalid.yaml'))).toBe(true);
    expect(expectedMarks(join(FIXTURES, id, 'invalid.yaml')).length).toBeGreaterThan(0);
  });
});

describe.each(readdirSync(FIXTURES).sort())('rule %s', (ruleId) => {
  const dir = join(FIXTURES, ruleId);

  it('passes the valid fixture', async () => {
    const report = await check([join(dir, 'valid.yaml')], { asOf: '2026-03-10', extraRules: extraRules(dir) });
    const file = report.files[0]!;
    expect(file.findings.filter((f) => f.severity === 'error' && f.ruleId.startsWith('yaml'))).toEqual([]);
    const c = file.checks.find((k) => k.ruleId === ruleId)!;
    expect(c.findings).toEqual([]);
    expect(c.status).toBe('pass');
  });

  it('reports the invalid fixture exactly at the marked lines and columns', async () => {
    const file = join(dir, 'invalid.yaml');
    const report = await check([file], { asOf: '2026-03-10', extraRules: extraRules(dir) });
    const found = report.files[0]!.findings.filter((f) => f.ruleId === ruleId);
    expect(found.map((f) => ({ line: f.location.line, column: f.location.column }))).toEqual(expectedMarks(file));
    for (const f of found) {
      expect(f.message).not.toMatch(/\{\{|undefined/);
      expect(f.fix).toBeTruthy();
      expect(f.source?.ref).toBeTruthy();
      expect(f.subject?.id).toBeTruthy();
    }
    expect(report.files[0]!.checks.find((k) => k.ruleId === ruleId)!.status).toBe('fail');
  });

  it('speaks English with --lang en', async () => {
    const report = await check([join(dir, 'invalid.yaml')], { asOf: '2026-03-10', lang: 'en', extraRules: extraRules(dir) });
    const found = report.files[0]!.findings.filter((f) => f.ruleId === ruleId);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.message).toMatch(/^Task /);
  });
});
