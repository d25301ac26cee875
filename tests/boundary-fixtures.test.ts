import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { check } from '../src/check.js';
import { ROOT } from './helpers/cli.js';

/**
 * A comparison rule (`>=`, on-or-before, on-or-after, in the year) is only tested when a fixture
 * sits exactly at its bound: `>=` made `>` passes every fixture that is strictly above it.
 * Each such rule has tests/fixtures/rules/<id>/boundary.yaml, which must pass the rule, and which
 * must really be at the bound: with the comparison replaced by `notEqual` the same fixture fails.
 */

const FIXTURES = join(import.meta.dirname, 'fixtures', 'rules');
const RULES = join(ROOT, 'rules');
const ORDERED = ['greaterThanInclusive', 'lessThanInclusive', 'greaterThan', 'lessThan', 'dateOnOrBefore', 'dateOnOrAfter'];
const RANGE = ['dateInYear'];

interface Condition {
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  all?: Condition[];
  any?: Condition[];
}
interface RuleDoc {
  id: string;
  conditions?: Condition;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f));
}

function operatorsOf(c: Condition | undefined): string[] {
  if (!c) return [];
  return [...(c.operator ? [c.operator] : []), ...(c.all ?? []).flatMap(operatorsOf), ...(c.any ?? []).flatMap(operatorsOf)];
}

/** Every rule in rules/ whose conditions compare a value against a bound, with its file. */
const comparisonRules = (): { id: string; file: string; ops: string[] }[] =>
  yamlFiles(RULES).flatMap((file) => {
    const doc = parse(readFileSync(file, 'utf8')) as { rules?: RuleDoc[] } | null;
    return (doc?.rules ?? [])
      .map((r) => ({ id: r.id, file, ops: operatorsOf(r.conditions).filter((o) => ORDERED.includes(o) || RANGE.includes(o)) }))
      .filter((r) => r.ops.length > 0);
  });

const tmp: string[] = [];
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

/** A copy of rules/ in which the rule's ordered comparisons are replaced by `notEqual`. */
function rulesWithNotEqual(ruleId: string, file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-check-boundary-'));
  tmp.push(dir);
  cpSync(RULES, dir, { recursive: true });
  const copy = join(dir, relative(RULES, file));
  const doc = parse(readFileSync(copy, 'utf8')) as { rules: RuleDoc[] };
  const swap = (c: Condition | undefined): void => {
    if (!c) return;
    if (c.operator && ORDERED.includes(c.operator)) c.operator = 'notEqual';
    (c.all ?? []).forEach(swap);
    (c.any ?? []).forEach(swap);
  };
  swap(doc.rules.find((r) => r.id === ruleId)!.conditions);
  writeFileSync(copy, stringify(doc));
  return dir;
}

const extraRules = (dir: string) => ['parent.yaml'].map((f) => join(dir, f)).filter(existsSync);
const options = (dir: string): Record<string, unknown> => {
  const f = join(dir, 'options.json');
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : {};
};
const findingsOf = async (ruleId: string, fixture: string, rulesDir?: string) => {
  const dir = join(fixture, '..');
  const report = await check([fixture], {
    asOf: '2026-03-10',
    extraRules: extraRules(dir),
    ...options(dir),
    ...(rulesDir ? { rulesDir } : {}),
  });
  return report.files[0]!.findings.filter((f) => f.ruleId === ruleId);
};

describe('comparison rules are found in rules/', () => {
  it('finds the rules that compare against a bound (the list is not empty by accident)', () => {
    const ids = comparisonRules().map((r) => r.id);
    for (const known of [
      'target-not-below-headline',
      'parent-target-floor',
      'deadline-before-parent',
      'deadline-after-signing',
      'deadline-within-year',
    ]) {
      expect(ids).toContain(known);
    }
  });
});

describe.each(comparisonRules().map((r) => [r.id, r] as const))('boundary fixture of %s', (id, rule) => {
  const fixture = join(FIXTURES, id, 'boundary.yaml');

  it('exists', () => {
    expect(existsSync(fixture), `${relative(ROOT, fixture)} is missing`).toBe(true);
  });

  it('passes the rule exactly at its bound', async () => {
    expect(await findingsOf(id, fixture)).toEqual([]);
  });

  if (rule.ops.some((o) => ORDERED.includes(o))) {
    it('is really at the bound: with the comparison made notEqual it fails', async () => {
      const found = await findingsOf(id, fixture, rulesWithNotEqual(id, rule.file));
      expect(found.length).toBeGreaterThan(0);
    });
  } else {
    it('has deadlines on the first and the last day of the year', () => {
      const text = readFileSync(fixture, 'utf8');
      expect(text).toMatch(/\b0?1\/0?1\/2026\b/);
      expect(text).toMatch(/\b31\/12\/2026\b/);
    });
  }
});

/** Every rule with a boundary fixture (comparisons or not): the fixture applies the rule and passes it. */
const boundaryDirs = readdirSync(FIXTURES)
  .filter((d) => existsSync(join(FIXTURES, d, 'boundary.yaml')))
  .sort();

describe.each(boundaryDirs)('boundary fixture of %s applies the rule and passes it', (id) => {
  it('is applicable and passes', async () => {
    const fixture = join(FIXTURES, id, 'boundary.yaml');
    const dir = join(fixture, '..');
    const report = await check([fixture], { asOf: '2026-03-10', extraRules: extraRules(dir), ...options(dir) });
    const file = report.files[0]!;
    expect(file.findings.filter((f) => f.ruleId === id || f.ruleId === 'plan-schema' || f.ruleId.startsWith('yaml'))).toEqual([]);
    const own = file.checks.find((c) => c.ruleId === id);
    if (own) expect(own.status).toBe('pass');
  });
});
