import { BUILT_IN_CHECKS } from '../plan/built-in-checks.js';
import type { RuleSet } from '../rules/ruleset-types.js';

/**
 * Checks of the waivers themselves, which may not be waived.
 */
const OTHER_BUILT_INS: Record<string, { waivable: false }> = {
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
  for (const r of Object.values(BUILT_IN_CHECKS)) if (!r.waivable) ids.add(r.id);
  for (const [id, r] of Object.entries(OTHER_BUILT_INS)) if (!r.waivable) ids.add(id);
  for (const rs of rulesets) for (const rule of rs.rules) if (rule.waivable === false) ids.add(rule.id);
  return ids;
}
