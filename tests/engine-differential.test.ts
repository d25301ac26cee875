import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Checker } from '../src/check.js';
import { compileRuleSet, type EngineChoice } from '../src/engine/compile.js';
import { evaluate, type RuleTally } from '../src/engine/evaluate.js';
import { buildSubjects } from '../src/engine/subjects/index.js';
import type { Subject } from '../src/engine/subjects/subject.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { loadRegistry } from '../src/legal/registry.js';
import { parentDocs } from '../src/rules/parent-docs.js';
import { DEFAULT_RULES_DIR, RuleSetCatalog } from '../src/rules/discover.js';
import type { Condition, RuleSet } from '../src/rules/ruleset-types.js';
import { OPERATOR_NAMES } from '../src/rules/operators/index.js';
import { ROOT } from './helpers/cli.js';

/**
 * Issue 14, item 3: rule conditions compiled to functions give exactly what json-rules-engine (the
 * reference semantics, `--engine reference`) gives: every shipped rule on every fixture plan, whole
 * checks of those plans, and generated subjects and conditions (fast-check).
 */
const AS_OF = '2026-06-01';
const locator = {
  locate: (pointer: string) => ({ file: 'f.yaml', pointer, line: 1, column: 1 }),
  locateSpan: (pointer: string, _v: string, start: number, end: number) => ({ file: 'f.yaml', pointer, line: 1, column: start + end }),
};

const catalog = new RuleSetCatalog(DEFAULT_RULES_DIR);
/** Every shipped rule set (core, parent plans, signing gate). */
const shipped = catalog.all();
const registry = loadRegistry(join(DEFAULT_RULES_DIR, 'legal')).withExtra(parentDocs(shipped));

function yamlUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

/** Plans: the shipped ones, every rule fixture, the signing fixture, the hostile ones. */
const fixtures = [
  ...yamlUnder(join(ROOT, 'plans')),
  ...yamlUnder(join(ROOT, 'tests', 'fixtures', 'rules')),
  join(ROOT, 'tests', 'fixtures', 'signing', 'plan.yaml'),
  ...yamlUnder(join(ROOT, 'tests', 'hostile')),
];

/** A tally as plain data (without the compiled rule set it points to). */
const plain = (tallies: RuleTally[]) =>
  tallies.map((t) => ({
    ruleset: t.ruleset.ruleset.id,
    rule: t.rule.id,
    evaluated: t.evaluated,
    applicable: [...t.applicable],
    findings: t.findings,
  }));

const compiledOnce = new Map<string, ReturnType<typeof compileRuleSet>>();
/** A rule set compiled for an engine, the shipped ones once. */
function compile(rs: RuleSet, engine: EngineChoice) {
  if (!shipped.includes(rs)) return compileRuleSet(rs, engine);
  const k = `${engine}:${rs.file}`;
  if (!compiledOnce.has(k)) compiledOnce.set(k, compileRuleSet(rs, engine));
  return compiledOnce.get(k)!;
}

/** The outcome of evaluating through one engine: its tallies, or that it threw. */
async function outcome(engine: EngineChoice, rulesets: RuleSet[], subjects: Subject[]): Promise<unknown> {
  try {
    const compiled = rulesets.map((rs) => compile(rs, engine));
    return { tallies: plain(await evaluate(compiled, subjects, locator, 'vi')) };
  } catch {
    return { threw: true };
  }
}

const subjectsByFile = new Map<string, Subject[]>();
for (const file of fixtures) {
  const plan = loadPlan(file, 'vi').plan;
  if (plan) subjectsByFile.set(file, buildSubjects(plan, AS_OF, shipped, registry));
}
const allSubjects = [...subjectsByFile.values()].flat();

describe('compiled conditions give what json-rules-engine gives', () => {
  it('every shipped rule on every fixture plan: the same tallies, counts and findings', async () => {
    expect(subjectsByFile.size).toBeGreaterThan(40);
    const reference = await outcome('reference', shipped, allSubjects);
    const compiled = await outcome('compiled', shipped, allSubjects);
    expect(compiled).toEqual(reference);
    // the fixtures make (nearly) every shipped rule both pass and fail somewhere
    const tallies = (compiled as { tallies: ReturnType<typeof plain> }).tallies;
    expect(tallies.filter((t) => t.evaluated > 0).length).toBeGreaterThan(0.9 * tallies.length);
    expect(tallies.filter((t) => t.findings.length > 0).length).toBeGreaterThan(0.8 * tallies.length);
  });

  it('whole checks (for signing, English): the same checks, counts and findings', async () => {
    const options = { asOf: AS_OF, forSigning: true, lang: 'en' as const };
    const reference = new Checker({ ...options, engine: 'reference' });
    const compiled = new Checker({ ...options, engine: 'compiled' });
    expect(compiled.fingerprint()).not.toBe(reference.fingerprint());
    const files = fixtures.filter((f) => f.includes('/plans/') || f.includes('/signing/') || /odd-|syntax/.test(f));
    for (const file of files) {
      expect(await compiled.checkFile(file), file).toEqual(await reference.checkFile(file));
    }
  });

  /** Values a rule may meet: every literal of the shipped rules, and values of every type. */
  const literals = new Set<unknown>();
  const fieldsByFact = new Map<string, Set<string>>();
  const walk = (c: Condition): void => {
    if ('all' in c) return c.all.forEach(walk);
    if ('any' in c) return c.any.forEach(walk);
    if ('not' in c) return walk(c.not);
    const field = /^\$\.([A-Za-z_]\w*)/.exec(c.path ?? '')?.[1];
    if (field) fieldsByFact.set(c.fact, (fieldsByFact.get(c.fact) ?? new Set()).add(field));
    if (c.value === null || typeof c.value !== 'object') literals.add(c.value);
    else if (Array.isArray(c.value)) c.value.forEach((v) => literals.add(v));
  };
  for (const rs of shipped) for (const r of rs.rules) [r.conditions, ...(r.when ? [r.when] : [])].forEach(walk);
  const scalar = fc.oneof(
    fc.constantFrom(...literals),
    fc.constantFrom(undefined, null, '', ' ', '2026-02-30', '2026-06-01', '2025-12-31', 'Văn phòng', 'x/2026/NĐ-CP', 0, 95, -1, NaN),
    fc.boolean(),
    fc.integer({ min: -5, max: 200 }),
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(
    { weight: 4, arbitrary: scalar },
    fc.array(scalar, { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), scalar),
  );

  /** A real subject whose own fields (those the rules read, and a few more) are generated. */
  const subjectArb = fc.constantFrom(...allSubjects).chain((base) => {
    const fields = [...(fieldsByFact.get(base.mainFact) ?? [])];
    return fc
      .record({
        keep: fc.boolean(),
        own: fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] }),
        extra: fc.dictionary(fc.constantFrom('id', 'name', 'value', 'first', 'known'), value),
      })
      .map(({ keep, own, extra }): Subject => {
        const main = base.facts[base.mainFact];
        const mainValue = { ...(keep && main && typeof main === 'object' ? main : {}), ...extra, ...own };
        return { ...base, facts: { ...base.facts, [base.mainFact]: mainValue } };
      });
  });

  it('>= 500 generated subjects through every shipped rule: identical', async () => {
    const samples = fc.sample(fc.array(subjectArb, { minLength: 1, maxLength: 8 }), { numRuns: 140, seed: 14 });
    expect(samples.flat().length).toBeGreaterThanOrEqual(500);
    for (const subjects of samples) {
      expect(await outcome('compiled', shipped, subjects)).toEqual(await outcome('reference', shipped, subjects));
    }
  });

  it('the compiled path runs without json-rules-engine', () => {
    for (const rs of shipped) {
      const c = compileRuleSet(rs, 'compiled');
      expect(c.engines.size).toBe(0);
      expect([...c.rules.values()].flat().length).toBe(rs.rules.length);
    }
  });

  /** Generated conditions: nesting, priorities, decorators, value references, missing facts, unknown operators. */
  // mostly facts the subjects have; now and then one they lack ("Undefined fact")
  const FACTS = fc.oneof({ weight: 40, arbitrary: fc.constantFrom('task', 'context', 'data', 'citation') }, fc.constant('nothing'));
  const PATHS = [undefined, '$', '$.a', '$.b', '$.a.b', '$.list[0]', '$.n'];
  const operator = fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...OPERATOR_NAMES) },
    fc.constantFrom('not:equal', 'someFact:equal', 'everyValue:notEqual', 'swap:in', 'someFact:matchesAnyPattern', 'not:bogus', 'bogus'),
  );
  const leaf: fc.Arbitrary<Condition> = fc
    .record({
      fact: FACTS,
      path: fc.constantFrom(...PATHS),
      operator,
      value: fc.oneof(
        { weight: 4, arbitrary: value },
        fc.record({ fact: FACTS, path: fc.constantFrom(...PATHS) }),
        fc.constant(['^a', 'b$']),
      ),
      priority: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    })
    .map(({ path, priority, ...c }) => ({ ...c, ...(path ? { path } : {}), ...(priority !== undefined ? { priority } : {}) }) as Condition);
  const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ all: fc.array(tie('tree'), { maxLength: 4 }) }),
      fc.record({ any: fc.array(tie('tree'), { maxLength: 4 }) }),
      fc.record({ not: tie('tree') }),
    ),
  }));
  const factValue = fc.oneof(
    value,
    fc.record({ a: value, b: value, list: fc.array(scalar, { maxLength: 3 }), n: fc.integer({ min: -1, max: 3 }) }, { requiredKeys: [] }),
  );
  const generatedSubject = fc
    .record({
      task: factValue,
      context: factValue,
      citation: factValue,
      hasCitation: fc.constantFrom(true, true, true, true, true, false),
      id: fc.string({ maxLength: 3 }),
    })
    .map(({ task, context, citation, hasCitation, id }): Subject => ({
      kind: 'task',
      id,
      mainFact: 'task',
      facts: { task, context, plan: {}, ...(hasCitation ? { citation } : {}) },
      factPointers: { task: '/tasks/0', plan: '', context: '' },
      fieldSources: {},
    }));
  const generatedRuleSet = fc
    .record({
      rules: fc.array(fc.record({ conditions: tree, when: fc.option(tree, { nil: undefined }) }), { minLength: 1, maxLength: 3 }),
      data: factValue,
    })
    .map(({ rules, data }): RuleSet => ({
      id: 'generated',
      version: '1',
      title: { vi: 't', en: 't' },
      file: 'generated.yaml',
      sha256: '',
      data: data as Record<string, unknown>,
      requirements: [],
      rules: rules.map((r, i) => ({
        id: `r${i}`,
        title: { vi: 't', en: 't' },
        severity: 'warning',
        applies_to: 'task',
        conditions: r.conditions,
        ...(r.when ? { when: r.when } : {}),
        message: { vi: '{{actual}} / {{expected}}', en: '{{actual}} / {{expected}}' },
        fix: { vi: 'f', en: 'f' },
        source: { ref: 's' },
      })),
    }));

  it('generated conditions on >= 500 generated subjects: identical results, and both throw alike', async () => {
    let subjects = 0;
    let findings = 0;
    let threw = 0;
    await fc.assert(
      fc.asyncProperty(generatedRuleSet, fc.array(generatedSubject, { minLength: 1, maxLength: 6 }), async (rs, list) => {
        subjects += list.length;
        const reference = await outcome('reference', [rs], list);
        const compiled = await outcome('compiled', [rs], list);
        expect(compiled).toEqual(reference);
        if ('threw' in (reference as object)) threw++;
        else findings += (reference as { tallies: { findings: unknown[] }[] }).tallies.reduce((n, t) => n + t.findings.length, 0);
      }),
      { numRuns: 300, seed: 14 },
    );
    expect(subjects).toBeGreaterThanOrEqual(500);
    // the generator reaches both outcomes: findings and errors (a missing fact, an unknown operator)
    expect(findings).toBeGreaterThan(100);
    expect(threw).toBeGreaterThan(20);
    expect(threw).toBeLessThan(200);
  });
});
