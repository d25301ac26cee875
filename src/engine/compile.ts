import { createRequire } from 'node:module';
import type { Engine as EngineType, Rule as RuleType } from 'json-rules-engine';
import { registerOperators } from '../rules/operators/index.js';
import type { Condition, RuleDef, RuleSet, SubjectKindOfRule } from '../rules/ruleset-types.js';
import { compileConditions, type CompiledConditions } from './compiled-conditions.js';
import { resolvePath } from './path.js';

/**
 * How rule conditions are evaluated: `compiled` (default) runs them as plain functions compiled once
 * per rule set; `reference` runs json-rules-engine itself, the reference semantics, for audit.
 */
export type EngineChoice = 'compiled' | 'reference';
export const ENGINES: readonly EngineChoice[] = ['compiled', 'reference'];

/** One rule compiled: its compliance conditions and, when it has any, its applicability. */
export interface CompiledRule {
  def: RuleDef;
  conditions: CompiledConditions;
  when?: CompiledConditions;
}

/** A rule set ready to run, by either engine. */
export interface CompiledRuleSet {
  ruleset: RuleSet;
  engine: EngineChoice;
  rulesById: Map<string, RuleDef>;
  /** reference: one json-rules-engine Engine per kind of subject. */
  engines: Map<SubjectKindOfRule, EngineType>;
  /** compiled: the rules of each kind of subject, in rule-set order. */
  rules: Map<SubjectKindOfRule, CompiledRule[]>;
}

export const WHEN_SUFFIX = '#when';

const MAIN_FACT: Record<SubjectKindOfRule, string> = {
  plan: 'plan',
  task: 'task',
  target: 'target',
  'unit-ref': 'unitRef',
  citation: 'citation',
  requirement: 'requirement',
  title: 'title',
  mention: 'mention',
};

/** json-rules-engine, loaded only when the reference engine is asked for. */
function jsonRulesEngine(): { Engine: typeof EngineType; Rule: typeof RuleType } {
  return createRequire(import.meta.url)('json-rules-engine') as { Engine: typeof EngineType; Rule: typeof RuleType };
}

/**
 * Compiles a rule set. Each rule's conditions describe compliance; its applicability (`where` and
 * `when`) is compiled beside it (for json-rules-engine: a companion rule "<id>#when").
 */
export function compileRuleSet(ruleset: RuleSet, engine: EngineChoice = 'compiled'): CompiledRuleSet {
  const engines = new Map<SubjectKindOfRule, EngineType>();
  const rules = new Map<SubjectKindOfRule, CompiledRule[]>();
  const rulesById = new Map<string, RuleDef>();
  const jre = engine === 'reference' ? jsonRulesEngine() : undefined;
  for (const def of ruleset.rules) {
    rulesById.set(def.id, def);
    const when = applicability(def);
    if (jre) {
      let e = engines.get(def.applies_to);
      if (!e) {
        e = new jre.Engine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
        registerOperators(e);
        engines.set(def.applies_to, e);
      }
      e.addRule(new jre.Rule({ name: def.id, conditions: topLevel(def.conditions) as never, event: { type: def.id } }));
      if (when)
        e.addRule(new jre.Rule({ name: def.id + WHEN_SUFFIX, conditions: topLevel(when) as never, event: { type: def.id + WHEN_SUFFIX } }));
    } else {
      const list = rules.get(def.applies_to) ?? [];
      rules.set(def.applies_to, list);
      list.push({
        def,
        conditions: compileConditions(topLevel(def.conditions)),
        ...(when ? { when: compileConditions(topLevel(when)) } : {}),
      });
    }
  }
  return { ruleset, engine, rulesById, engines, rules };
}

function applicability(def: RuleDef): Condition | undefined {
  const parts: Condition[] = [];
  for (const [key, value] of Object.entries(def.where ?? {})) {
    parts.push({ fact: MAIN_FACT[def.applies_to], path: `$.${key}`, operator: Array.isArray(value) ? 'in' : 'equal', value });
  }
  if (def.when) parts.push(def.when);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { all: parts };
}

/** json-rules-engine wants all/any/not at the top. */
function topLevel(c: Condition): Condition {
  return 'all' in c || 'any' in c || 'not' in c ? c : { all: [c] };
}
