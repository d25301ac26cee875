import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS, MAIN_FACT, SUBJECT_KINDS, SUBJECTS, factsOf, type FactName } from '../src/facts/subject-facts.js';
import { factPathProblem } from '../src/facts/fact-paths.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { chooseParentRuleSet } from '../src/rules/parent-ruleset.js';
import { loadRegistry } from '../src/legal/registry.js';
import { parentDocs } from '../src/rules/parent-docs.js';
import { buildSubjects } from '../src/engine/subjects/index.js';
import { rulesDocs } from '../src/tools/rules-docs.js';
import { BUILT_IN_CHECKS } from '../src/plan/built-in-checks.js';
import { ROOT } from './helpers/cli.js';

const PLANS = join(ROOT, 'plans');
const planSchema = JSON.parse(readFileSync(join(ROOT, 'schema', 'plan.schema.json'), 'utf8')) as {
  definitions: Record<string, { properties: Record<string, unknown> }>;
};

describe('the facts table is the contract for rule authors', () => {
  it('every fact built for the example plans is in the table (or is a plan field as written)', () => {
    const catalog = new RuleSetCatalog();
    const registry = loadRegistry(join(ROOT, 'rules', 'legal'));
    const seen = new Set<string>();
    const wrong = new Set<string>();
    const undocumented = new Set<string>();
    const documented = (fact: string) => {
      const table = FACTS[fact as FactName] as { planDefinition?: string; fields: Record<string, unknown> };
      const asWritten = table.planDefinition ? Object.keys(planSchema.definitions[table.planDefinition]!.properties) : [];
      return new Set([...Object.keys(table.fields), ...asWritten]);
    };
    const known = new Map<string, Set<string>>();
    for (const name of readdirSync(PLANS).filter((f) => f.endsWith('.yaml'))) {
      const plan = loadPlan(join(PLANS, name), 'vi').plan!;
      const rulesets = [...catalog.always(), ...[chooseParentRuleSet(plan, catalog).ruleset ?? []].flat()];
      for (const s of buildSubjects(plan, '2026-06-01', rulesets, registry.withExtra(parentDocs(rulesets)))) {
        seen.add(s.kind);
        const allowed = factsOf(s.kind);
        if (s.mainFact !== MAIN_FACT[s.kind]) wrong.add(`${s.kind}: main fact ${s.mainFact}`);
        for (const [fact, value] of Object.entries(s.facts)) {
          if (!allowed.includes(fact as FactName)) wrong.add(`${s.kind} carries ${fact}`);
          if (fact === 'plan') continue;
          let fields = known.get(fact);
          if (!fields) known.set(fact, (fields = documented(fact)));
          for (const key of Object.keys(value as object)) if (!fields.has(key)) undocumented.add(`${fact}.${key}`);
        }
      }
    }
    expect([...wrong]).toEqual([]);
    expect([...undocumented]).toEqual([]);
    expect([...seen].sort()).toEqual([...SUBJECT_KINDS].sort());
  });

  it("the rule schema's applies_to lists the table's kinds (the file editors read)", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'ruleset.schema.json'), 'utf8')) as {
      definitions: { rule: { properties: { applies_to: { enum: string[] } } } };
    };
    expect(schema.definitions.rule.properties.applies_to.enum).toEqual(SUBJECT_KINDS);
  });

  it('a path is checked through computed fields, plan fields as written, and rule-set data', () => {
    expect(factPathProblem('task', 'task', '$.deadlineInfo.due', {})).toBeUndefined();
    expect(factPathProblem('task', 'task', '$.lead[0]', {})).toBeUndefined();
    expect(factPathProblem('target', 'task', '$.targets[0].metric', {})).toBeUndefined();
    expect(factPathProblem('plan', 'plan', '$.plan.document.signer.capacity', {})).toBeUndefined();
    expect(factPathProblem('unit-ref', 'data', '$.catchAllUnits', { catchAllUnits: ['x'] })).toBeUndefined();
    expect(factPathProblem('task', 'task', '$.deadlineInfo.du', {})?.en).toMatch(/no field "du"/);
    expect(factPathProblem('plan', 'plan', '$.plan.document.signr', {})?.en).toMatch(/no field "signr"/);
    expect(factPathProblem('unit-ref', 'data', '$.catchAllUnit', { catchAllUnits: [] })?.en).toMatch(/no field "catchAllUnit"/);
    expect(factPathProblem('task', 'task', '$.deadline.kind', {})?.en).toMatch(/no field "kind"/);
    expect(factPathProblem('plan', 'task', '$.id', {})?.atFact).toBe(true);
  });

  it('rules docs writes the facts reference (every kind, every field) and documents the built-in checks', () => {
    const pages = rulesDocs(new RuleSetCatalog().all());
    const facts = pages.get('facts.md')!;
    for (const kind of SUBJECT_KINDS) {
      expect(facts).toContain(`applies_to: ${kind}`);
      for (const field of Object.keys(FACTS[SUBJECTS[kind].fact].fields)) expect(facts).toContain(`\`$.${field}\``);
    }
    expect(facts).toContain('`/tasks/{i}/deadline`');
    const builtIn = pages.get('built-in.md')!;
    for (const c of Object.values(BUILT_IN_CHECKS)) {
      expect(builtIn).toContain(`\`${c.id}\``);
      expect(builtIn).toContain(c.source.ref);
    }
    expect(pages.get('README.md')).toContain('(facts.md)');
  });
});
