import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { fixtureOptions } from '../src/tools/rules-test.js';
import { ROOT } from './helpers/cli.js';

/**
 * Plans with exactly the findings one rule must give on them (line and severity of each), for the
 * rule mutations the valid / invalid / boundary fixtures let through (scripts/mutate-rules.mjs, which
 * reads the same file: npm run mutate:rules). Each case says why it is there.
 */
interface Case {
  plan: string;
  rule: string;
  why: string;
  asOf?: string;
  findings: string[];
}
const { cases } = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'rule-mutants.json'), 'utf8')) as { cases: Case[] };

/** One check per plan, shared by the cases on it. */
const reports = new Map<string, ReturnType<typeof check>>();
const reportOf = (plan: string, asOf: string) => {
  const key = `${plan}\u0000${asOf}`;
  if (!reports.has(key)) reports.set(key, check([plan], { asOf, ...fixtureOptions(dirname(plan)) }));
  return reports.get(key)!;
};

describe('rule findings at the cases the mutants of rules/ showed untested', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases.map((c) => [`${c.rule} on ${c.plan}`, c] as const))('%s', async (_, c) => {
    const plan = join(ROOT, c.plan);
    const report = await reportOf(plan, c.asOf ?? '2026-03-10');
    const got = report.files[0]!.findings.filter((f) => f.ruleId === c.rule).map((f) => `${f.location.line}:${f.severity}`);
    expect(got, c.why).toEqual(c.findings);
  });
});
