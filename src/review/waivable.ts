import { LOAD_RULES } from '../plan/load-rules.js';
import { PARENT_RULESET_CHECKS } from '../rules/parent-ruleset.js';
import type { RuleSet } from '../rules/ruleset-types.js';

/**
 * Built-in checks that are not in the loading rules or a rule file, and may not be waived: the
 * file could be read at all, and the waivers' own problems.
 */
const OTHER_BUILT_INS: Record<string, { waivable: false }> = {
  'input-readable': { waivable: false },
  waivers: { waivable: false },
  'waiver-plan-mismatch': { waivable: false },
  'waiver-expired': { waivable: false },
  'waiver-unused': { waivable: false },
  'waiver-not-allowed': { waivable: false },
};

/**
 * The rule ids no waiver may cover: those that establish the plan can be read (loading rules, the
 * file readable, the parent rule set chosen) and those a rule file marks `waivable: false` (the
 * signing gate's own rules).
 */
export function unwaivableRuleIds(rulesets: RuleSet[]): Set<string> {
  const ids = new Set<string>();
  const builtIns = [...Object.values(LOAD_RULES), ...Object.values(PARENT_RULESET_CHECKS)];
  for (const r of builtIns) if (!r.waivable) ids.add(r.id);
  for (const [id, r] of Object.entries(OTHER_BUILT_INS)) if (!r.waivable) ids.add(id);
  for (const rs of rulesets) for (const rule of rs.rules) if (rule.waivable === false) ids.add(rule.id);
  return ids;
}
