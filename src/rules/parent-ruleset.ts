import type { Bilingual } from '../types.js';
import { bilingual } from '../messages/index.js';
import { BUILT_IN_CHECKS } from '../plan/built-in-checks.js';
import type { PlanData } from '../plan/plan-types.js';
import type { RuleSet } from './ruleset-types.js';
import type { RuleSetCatalog } from './discover.js';

/** The built-in checks on which parent plan's rule set a plan is checked against. */
export const PARENT_RULESET_CHECKS = {
  'parent-ruleset-known': BUILT_IN_CHECKS['parent-ruleset-known'],
  'parent-ruleset-match': BUILT_IN_CHECKS['parent-ruleset-match'],
};

export type ParentCheckId = keyof typeof PARENT_RULESET_CHECKS;

export interface ParentProblem {
  ruleId: ParentCheckId;
  pointer: string;
  message: Bilingual;
  fix: Bilingual;
}

export interface ParentChoice {
  /** The parent rule set the plan is checked against, if any. */
  ruleset?: RuleSet;
  /** Which checks were made (for the checklist), and what they found. */
  checks: ParentCheckId[];
  problems: ParentProblem[];
}

const norm = (s: string | undefined) => (s ?? '').normalize('NFC').trim().toLowerCase();

/**
 * Whether a plan falls under a parent rule set: its year and kind are the rule set's, and its
 * issuer is (level and province of applies_to), or it cites the parent plan itself (as its parent
 * or among its legal bases).
 */
export function fallsUnder(plan: PlanData, rs: RuleSet): boolean {
  const a = rs.appliesTo;
  if (!a) return false;
  const p = plan.plan;
  if (a.year !== undefined && a.year !== p.year) return false;
  if (a.kind !== undefined && a.kind !== p.kind) return false;
  const issuerMatches =
    (a.level === undefined || norm(a.level) === norm(p.issuer.level)) &&
    (a.province === undefined || norm(a.province) === norm(p.issuer.province));
  return issuerMatches || citesParent(plan, rs);
}

function citesParent(plan: PlanData, rs: RuleSet): boolean {
  const ref = rs.parent?.ref;
  if (!ref) return false;
  if (norm(plan.plan.parent?.ref) === norm(ref)) return true;
  const wanted = norm(ref);
  // A legal basis citing the number ("… Quyết định số 714/QĐ-UBND …"), not as part of a longer number.
  return (plan.plan.legal_basis ?? []).some((b) => {
    const text = norm(b);
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
      if (!/[\d/]/.test(text[at - 1] ?? '') && !/[\p{L}\d]/u.test(text[at + wanted.length] ?? '')) return true;
    }
    return false;
  });
}

/**
 * The parent plan's rule set a plan is checked against. A plan that falls under a known parent
 * rule set gets it whatever `plan.parent.ruleset` says: naming another or none is an error. A
 * plan that falls under none gets the rule set it names; naming an unknown one, or citing a parent
 * without a rule set, is a warning that the parent's requirements were not checked.
 */
export function chooseParentRuleSet(plan: PlanData, catalog: RuleSetCatalog): ParentChoice {
  const parent = plan.plan.parent;
  const named = parent?.ruleset;
  const due = catalog.parents().filter((rs) => fallsUnder(plan, rs));
  if (due.length) {
    const chosen = due.find((rs) => rs.id === named) ?? due[0]!;
    if (chosen.id === named) return { ruleset: chosen, checks: ['parent-ruleset-match'], problems: [] };
    const what = `${plan.plan.kind} ${plan.plan.year}, ${plan.plan.issuer.name}`;
    const ref = chosen.parent?.ref ?? chosen.id;
    const hint = `{ ref: ${ref}${chosen.parent?.date ? `, date: ${chosen.parent.date}` : ''}, ruleset: ${chosen.id} }`;
    const problem: ParentProblem = named
      ? {
          ruleId: 'parent-ruleset-match',
          pointer: '/plan/parent/ruleset',
          message: bilingual('rules.parent.namesOther', { plan: what, chosen: chosen.id, ref, named }),
          fix: bilingual('rules.parent.namesOther.fix', { chosen: chosen.id }),
        }
      : {
          ruleId: 'parent-ruleset-match',
          pointer: parent ? '/plan/parent' : '/plan',
          message: bilingual(parent ? 'rules.parent.namesNoRuleSet' : 'rules.parent.namesNoParent', { plan: what, chosen: chosen.id, ref }),
          fix: bilingual('rules.parent.namesNothing.fix', { hint }),
        };
    return { ruleset: chosen, checks: ['parent-ruleset-match'], problems: [problem] };
  }
  if (named) {
    const rs = catalog.parent(named);
    if (rs) return { ruleset: rs, checks: ['parent-ruleset-known'], problems: [] };
    return {
      checks: ['parent-ruleset-known'],
      problems: [
        {
          ruleId: 'parent-ruleset-known',
          pointer: '/plan/parent/ruleset',
          message: bilingual('rules.parent.unknown', { named }),
          fix: bilingual('rules.parent.unknown.fix'),
        },
      ],
    };
  }
  if (parent) {
    return {
      checks: ['parent-ruleset-known'],
      problems: [
        {
          ruleId: 'parent-ruleset-known',
          pointer: '/plan/parent',
          message: bilingual('rules.parent.none', { ref: parent.ref }),
          fix: bilingual('rules.parent.none.fix'),
        },
      ],
    };
  }
  return { checks: [], problems: [] };
}
