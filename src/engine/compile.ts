import { Engine, Rule } from 'json-rules-engine';
import { registerOperators } from '../rules/operators/index.js';
import type { Condition, RuleDef, RuleSet, SubjectKindOfRule } from '../rules/ruleset-types.js';
import { resolvePath } from './path.js';
import { MAIN_FACT } from '../facts/subject-facts.js';

/** A rule set ready to run: one json-rules-engine Engine per kind of subject. */
export interface CompiledRuleSet {
  ruleset: RuleSet;
  engines: Map<SubjectKindOfRule, Engine>;
  rulesById: Map<string, RuleDef>;
}

export const WHEN_SUFFIX = '#when';

/**
 * Compiles a rule set. Each rule becomes an engine rule whose conditions describe compliance;
 * its applicability (`where` and `when`) becomes a companion rule "<id>#when".
 */
export function compileRuleSet(ruleset: RuleSet): CompiledRuleSet {
  const engines = new Map<SubjectKindOfRule, Engine>();
  const rulesById = new Map<string, RuleDef>();
  for (const def of ruleset.rules) {
    rulesById.set(def.id, def);
    let engine = engines.get(def.applies_to);
    if (!engine) {
      engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
      registerOperators(engine);
      engines.set(def.applies_to, engine);
    }
    engine.addRule(new Rule({ name: def.id, conditions: topLevel(def.conditions) as never, event: { type: def.id } }));
    const when = applicability(def);
    if (when)
      engine.addRule(new Rule({ name: def.id + WHEN_SUFFIX, conditions: topLevel(when) as never, event: { type: def.id + WHEN_SUFFIX } }));
  }
  return { ruleset, engines, rulesById };
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
