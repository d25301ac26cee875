import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { expectedMarks } from '../src/tools/rules-test.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'rules');
const allRules = new RuleSetCatalog().all().flatMap((rs) => rs.rules.map((r) => r.id));

/** Rule sets a fixture folder brings along (a parent plan's requirements, say). */
function extraRules(dir: string): string[] {
  return ['parent.yaml'].map((f) => join(dir, f)).filter(existsSync);
}

/** Options a fixture folder asks for (options.json), such as the signing gate. */
function options(dir: string): Record<string, unknown> {
  const f = join(dir, 'options.json');
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : {};
}

describe('every shipped rule has valid and invalid fixtures', () => {
  it.each(allRules)('%s', (id) => {
    expect(existsSync(join(FIXTURES, id, 'valid.yaml'))).toBe(true);
    expect(existsSync(join(FIXTURES, id, 'invalid.yaml'))).toBe(true);
    expect(expectedMarks(join(FIXTURES, id, 'invalid.yaml')).length).toBeGreaterThan(0);
  });
});

describe.each(readdirSync(FIXTURES).sort())('rule %s', (ruleId) => {
  const dir = join(FIXTURES, ruleId);
  // The Vietnamese report of the invalid fixture, shared by the two tests that read it.
  let invalidVi: ReturnType<typeof check> | undefined;
  const checkInvalidVi = () =>
    (invalidVi ??= check([join(dir, 'invalid.yaml')], { asOf: '2026-03-10', extraRules: extraRules(dir), ...options(dir) }));

  it('passes the valid fixture', async () => {
    const report = await check([join(dir, 'valid.yaml')], { asOf: '2026-03-10', extraRules: extraRules(dir), ...options(dir) });
    const file = report.files[0]!;
    expect(file.findings.filter((f) => f.severity === 'error' && f.ruleId.startsWith('yaml'))).toEqual([]);
    expect(file.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    const c = file.checks.find((k) => k.ruleId === ruleId);
    if (c) expect(c.status).toBe('pass');
    // A parent requirement rule is reported through the requirements' own checklist items.
    else
      expect(
        file.checks
          .filter((k) => k.ruleId.includes('/'))
          .map((k) => [k.ruleId, k.status])
          .filter(([, s]) => s !== 'pass'),
      ).toEqual([]);
  });

  it('reports the invalid fixture exactly at the marked lines and columns', async () => {
    const file = join(dir, 'invalid.yaml');
    const report = await checkInvalidVi();
    const found = report.files[0]!.findings.filter((f) => f.ruleId === ruleId);
    expect(found.map((f) => ({ line: f.location.line, column: f.location.column }))).toEqual(expectedMarks(file));
    for (const f of found) {
      expect(f.message).not.toMatch(/\{\{|undefined/);
      expect(f.fix).toBeTruthy();
      expect(f.source?.ref).toBeTruthy();
      expect(f.subject?.id).toBeTruthy();
    }
    const own = report.files[0]!.checks.find((k) => k.ruleId === ruleId);
    const holders = own ? [own] : report.files[0]!.checks.filter((k) => k.findings.some((f) => f.ruleId === ruleId));
    expect(holders.length).toBeGreaterThan(0);
    // An info finding on a parent requirement (a proposed task) does not fail the requirement.
    for (const h of holders) expect(h.status).toBe(!own && found[0]!.severity === 'info' ? 'pass' : 'fail');
  });

  it('speaks English with --lang en', async () => {
    const vi = await checkInvalidVi();
    const en = await check([join(dir, 'invalid.yaml')], { asOf: '2026-03-10', lang: 'en', extraRules: extraRules(dir), ...options(dir) });
    const pick = (r: typeof vi) => r.files[0]!.findings.filter((f) => f.ruleId === ruleId);
    expect(pick(en).length).toBe(pick(vi).length);
    pick(en).forEach((f, i) => {
      expect(f.message).not.toBe(pick(vi)[i]!.message);
      expect(f.message).not.toMatch(/\{\{|undefined/);
      expect(f.message).not.toMatch(/ chưa | không | được /);
    });
  });
});
