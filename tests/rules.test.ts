import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { BUILT_IN_CHECKS } from '../src/plan/built-in-checks.js';
import type { Source } from '../src/types.js';
import { checkFixture, expectedMarks, fixtureOptions } from '../src/tools/rules-test.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'rules');
const builtIn: Record<string, { source: Source } | undefined> = BUILT_IN_CHECKS;
// The built-in checks (reading the file, loading the plan, choosing the parent rule set) are tested like the rules.
const allRules = [...new RuleSetCatalog().all().flatMap((rs) => rs.rules.map((r) => r.id)), ...Object.keys(BUILT_IN_CHECKS)];

describe('every shipped rule and built-in check has valid and invalid fixtures', () => {
  it('the built-in checks are among them', () => expect(allRules).toEqual(expect.arrayContaining(['input-readable', 'plan-schema'])));
  it.each(allRules)('%s', (id) => {
    expect(existsSync(join(FIXTURES, id, 'valid.yaml'))).toBe(true);
    expect(existsSync(join(FIXTURES, id, 'invalid.yaml'))).toBe(true);
    expect(expectedMarks(join(FIXTURES, id, 'invalid.yaml')).length).toBeGreaterThan(0);
  });
});

describe.each(readdirSync(FIXTURES).sort())('rule %s', (ruleId) => {
  const dir = join(FIXTURES, ruleId);
  // The Vietnamese report of the invalid fixture, shared by the two tests that read it.
  let invalidVi: ReturnType<typeof checkFixture> | undefined;
  const checkInvalidVi = () => (invalidVi ??= checkFixture(join(dir, 'invalid.yaml'), { asOf: '2026-03-10', ...fixtureOptions(dir) }));

  it('passes the valid fixture', async () => {
    const report = await checkFixture(join(dir, 'valid.yaml'), { asOf: '2026-03-10', ...fixtureOptions(dir) });
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
      // A built-in check's findings take their source from its table (src/plan/built-in-checks.ts).
      expect((f.source ?? builtIn[ruleId]?.source)?.ref).toBeTruthy();
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
    const en = await checkFixture(join(dir, 'invalid.yaml'), { asOf: '2026-03-10', lang: 'en', ...fixtureOptions(dir) });
    const pick = (r: typeof vi) => r.files[0]!.findings.filter((f) => f.ruleId === ruleId);
    expect(pick(en).length).toBe(pick(vi).length);
    pick(en).forEach((f, i) => {
      expect(f.message).not.toBe(pick(vi)[i]!.message);
      expect(f.message).not.toMatch(/\{\{|undefined/);
      expect(f.message).not.toMatch(/ chưa | không | được /);
    });
  });
});
