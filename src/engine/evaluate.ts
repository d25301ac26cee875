import type { Finding, Lang, Location } from '../types.js';
import type { RuleDef } from '../rules/ruleset-types.js';
import type { CompiledRule, CompiledRuleSet } from './compile.js';
import type { Scope } from './compiled-conditions.js';
import { WHEN_SUFFIX } from './compile.js';
import type { Subject } from './subjects/subject.js';
import { pathToPointer, parsePath } from './path.js';
import { renderMessage } from './render-message.js';
import { makeFinding } from '../results.js';

export interface RuleTally {
  ruleset: CompiledRuleSet;
  rule: RuleDef;
  /** Subjects the rule applied to. */
  evaluated: number;
  /** Ids of the subjects it applied to. */
  applicable: Set<string>;
  findings: Finding[];
}

/** Where findings are placed: a pointer, or characters of the text at a pointer. */
export interface Locator {
  locate(pointer: string): Location;
  locateSpan(pointer: string, value: string, start: number, end: number): Location;
}

interface LeafResult {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

/**
 * Runs every rule set over every subject, by the engine each was compiled for. Returns a tally per
 * rule: the compiled and the reference engine give identical tallies (tests/engine-differential.test.ts).
 */
export async function evaluate(compiled: CompiledRuleSet[], subjects: Subject[], locator: Locator, lang: Lang): Promise<RuleTally[]> {
  const tallies = new Map<string, RuleTally>();
  for (const c of compiled) {
    for (const rule of c.ruleset.rules)
      tallies.set(key(c, rule.id), { ruleset: c, rule, evaluated: 0, applicable: new Set(), findings: [] });
  }
  for (const c of compiled) {
    if (c.engine === 'reference') await evaluateReference(c, subjects, tallies, locator, lang);
    else evaluateCompiled(c, subjects, tallies, locator, lang);
  }
  return [...tallies.values()];
}

/** json-rules-engine, one engine at a time and one subject at a time (never concurrently on one engine). */
async function evaluateReference(
  c: CompiledRuleSet,
  subjects: Subject[],
  tallies: Map<string, RuleTally>,
  locator: Locator,
  lang: Lang,
): Promise<void> {
  const data = c.ruleset.data;
  for (const subject of subjects) {
    const engine = c.engines.get(subject.kind as never);
    if (!engine) continue;
    const { results, failureResults } = await engine.run({ ...subject.facts, data });
    const notApplicable = new Set(
      failureResults.filter((r) => r.name.endsWith(WHEN_SUFFIX)).map((r) => r.name.slice(0, -WHEN_SUFFIX.length)),
    );
    for (const r of [...results, ...failureResults]) {
      if (r.name.endsWith(WHEN_SUFFIX) || notApplicable.has(r.name)) continue;
      const tally = tallies.get(key(c, r.name))!;
      tally.evaluated++;
      tally.applicable.add(subject.id);
      if (r.result === false) tally.findings.push(toFinding(tally.rule, r.conditions as unknown, subject, locator, lang));
    }
  }
}

/**
 * The compiled conditions, synchronously. json-rules-engine evaluates a rule even where its `when`
 * fails and ignores the result: here such a rule is evaluated only when that could throw (a fact
 * the subject lacks, an operator that may throw), the one way its result could still matter.
 */
function evaluateCompiled(c: CompiledRuleSet, subjects: Subject[], tallies: Map<string, RuleTally>, locator: Locator, lang: Lang): void {
  const scope: Scope = { facts: {}, data: c.ruleset.data };
  const plans = new Map<string, { rules: { rule: CompiledRule; tally: RuleTally }[]; duplicates: boolean }>();
  for (const [kind, list] of c.rules) {
    const ids = new Set(list.map((r) => r.def.id));
    plans.set(kind, {
      rules: list.map((rule) => ({ rule, tally: tallies.get(key(c, rule.def.id))! })),
      duplicates: ids.size < list.length,
    });
  }
  const unused = (rule: CompiledRule, facts: Record<string, unknown>) => {
    const cond = rule.conditions;
    if (cond.mayThrow || cond.facts.some((f) => !Object.prototype.propertyIsEnumerable.call(facts, f))) cond.test(scope);
  };
  for (const subject of subjects) {
    const plan = plans.get(subject.kind);
    if (!plan) continue;
    scope.facts = subject.facts;
    // rule ids are unique in a loaded rule set; were they not, the engine skips every rule of a name whose `when` failed
    const notApplicable = plan.duplicates
      ? new Set(plan.rules.filter(({ rule }) => rule.when && !rule.when.test(scope)).map(({ rule }) => rule.def.id))
      : undefined;
    for (const { rule, tally } of plan.rules) {
      if (notApplicable ? notApplicable.has(rule.def.id) : rule.when && !rule.when.test(scope)) {
        unused(rule, subject.facts);
        continue;
      }
      const result = rule.conditions.test(scope);
      tally.evaluated++;
      tally.applicable.add(subject.id);
      if (result === false) tally.findings.push(toFinding(tally.rule, rule.conditions.trace(scope), subject, locator, lang));
    }
  }
}

function key(c: CompiledRuleSet, ruleId: string): string {
  return `${c.ruleset.id}\u0000${ruleId}`;
}

/** A failed rule's finding, from its evaluated condition tree (json-rules-engine's RuleResult.conditions). */
function toFinding(rule: RuleDef, conditions: unknown, subject: Subject, locator: Locator, lang: Lang): Finding {
  const leaf = firstFailingLeaf(conditions);
  const pointer = failurePointer(rule, leaf, subject);
  const actual = leaf?.factResult;
  const expected = leaf?.valueResult;
  const vars = { ...subject.facts, actual: display(actual), expected: display(expected) };
  const main = subject.factPointers[subject.mainFact] ?? '';
  const text = subject.span ? textAt(subject, main) : undefined;
  const location =
    subject.span && pointer === main && text !== undefined
      ? locator.locateSpan(pointer, text, subject.span[0], subject.span[1])
      : locator.locate(pointer);
  return makeFinding({
    ruleId: rule.id,
    severity: rule.severity,
    message: renderMessage(rule.message[lang], vars),
    location,
    subject: { kind: subject.kind, id: subject.id },
    ...(actual !== undefined && typeof actual !== 'object' ? { actual } : {}),
    ...(expected !== undefined && typeof expected !== 'object' ? { expected } : {}),
    fix: renderMessage(rule.fix[lang], vars),
    source: subject.source ?? rule.source,
    ...(rule.audience === 'drafter' ? { audience: 'drafter' as const } : {}),
  });
}

/** The plan text a subject's span refers to (the string at its pointer). */
function textAt(subject: Subject, pointer: string): string | undefined {
  let cur: unknown = subject.facts.plan;
  for (const seg of pointer.split('/').slice(1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof cur === 'string' ? cur : undefined;
}

function firstFailingLeaf(node: unknown): LeafResult | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as Record<string, unknown>;
  for (const k of ['all', 'any'] as const) {
    if (Array.isArray(n[k])) {
      for (const child of n[k] as unknown[]) {
        const c = child as { result?: boolean };
        if (c.result === false) {
          const leaf = firstFailingLeaf(child);
          if (leaf) return leaf;
        }
      }
      return undefined;
    }
  }
  if (n.not) return firstFailingLeaf(n.not) ?? (n.not as LeafResult);
  if (typeof n.fact === 'string') return n as unknown as LeafResult;
  return undefined;
}

/** Where a failure is: the rule's `locate` path, or the failing condition's fact and path. */
function failurePointer(rule: RuleDef, leaf: LeafResult | undefined, subject: Subject): string {
  const main = subject.factPointers[subject.mainFact] ?? '';
  if (rule.locate) return main + mapFields(rule.locate, subject);
  if (!leaf) return main;
  if (!(leaf.fact in subject.factPointers)) return main;
  const base = subject.factPointers[leaf.fact]!;
  return base + (leaf.fact === subject.mainFact ? mapFields(leaf.path, subject) : pathToPointer(leaf.path));
}

/** "$.deadlineInfo.due" on a task is located at the task's "deadline" field. */
function mapFields(path: string | undefined, subject: Subject): string {
  if (!path) return '';
  const segs = parsePath(path);
  const first = segs[0];
  if (typeof first !== 'string') return pathToPointer(path);
  if (first in subject.fieldSources) {
    const real = subject.fieldSources[first]!;
    return real === '' ? '' : '/' + real;
  }
  return pathToPointer(path);
}

function display(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ');
  return v;
}
