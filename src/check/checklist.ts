import type { Check, Finding, Lang, RequirementDetail, Severity } from '../types.js';
import type { PlanData } from '../plan/plan-types.js';
import type { LoadedPlan } from '../plan/load-plan.js';
import { LOAD_RULES } from '../plan/load-rules.js';
import type { RuleSet } from '../rules/ruleset-types.js';
import { requirementsOf, type Requirement } from '../rules/requirements.js';
import { PARENT_RULESET_CHECKS, type ParentChoice } from '../rules/parent-ruleset.js';
import type { RuleTally } from '../engine/evaluate.js';
import type { Subject } from '../engine/subjects/index.js';
import { textFields } from '../plan/text-fields.js';
import { makeFinding, makeCheck } from '../results.js';

/**
 * The checklist of one plan file: one item per check made, whether or not it found anything. Its
 * items come from the loading checks, the choice of the parent rule set, each rule evaluated and
 * each parent requirement. (src/check.ts runs the checks; this builds the list.)
 */

/** The checks made while loading the plan. */
export function loadChecks(loaded: LoadedPlan, lang: Lang): Check[] {
  return loaded.loadChecks.map((id) => {
    const rule = LOAD_RULES[id];
    const findings = loaded.findings.filter((f) => f.ruleId === id);
    return makeCheck({ ruleId: id, title: rule.title[lang], severity: rule.severity, source: rule.source, evaluated: 1, findings });
  });
}

/** The checks on the choice of the parent plan's rule set, with what they found. */
export function parentChecks(choice: ParentChoice, plan: PlanData, loaded: LoadedPlan, lang: Lang): Check[] {
  return choice.checks.map((id) => {
    const meta = PARENT_RULESET_CHECKS[id];
    const findings: Finding[] = choice.problems
      .filter((p) => p.ruleId === id)
      .map((p) =>
        makeFinding({
          ruleId: id,
          severity: meta.severity,
          message: p.message[lang],
          location: loaded.locate(p.pointer),
          subject: { kind: 'plan', id: plan.plan.title },
          fix: p.fix[lang],
        }),
      );
    return makeCheck({ ruleId: id, title: meta.title[lang], severity: meta.severity, evaluated: 1, findings });
  });
}

/** One item per rule evaluated, then one per parent requirement (holding its rules' findings). */
export function evaluatedChecks(plan: PlanData, rulesets: RuleSet[], tallies: RuleTally[], subjects: Subject[], lang: Lang): Check[] {
  const perRequirement = tallies.filter((t) => t.rule.applies_to === 'requirement');
  const fieldsScanned = textFields(plan).length;
  const checks: Check[] = [];
  for (const t of tallies) {
    if (t.rule.applies_to === 'requirement') continue;
    // Rules on words found in the text scanned every text field, even where they found nothing.
    const evaluated = t.rule.applies_to === 'mention' && !t.findings.length ? Math.max(t.evaluated, fieldsScanned) : t.evaluated;
    checks.push(
      makeCheck({
        ruleId: t.rule.id,
        ruleset: t.ruleset.ruleset.id,
        title: t.rule.title[lang],
        severity: t.rule.severity,
        source: t.rule.source,
        evaluated,
        findings: t.findings,
      }),
    );
  }
  const details = new Map(
    subjects.filter((s) => s.kind === 'requirement').map((s) => [s.id, s.facts.requirement as Record<string, unknown>]),
  );
  return [...checks, ...checksPerRequirement(rulesets, perRequirement, details)];
}

/** The plan could not be read as a plan: its rules and requirements are listed, not evaluated. */
export function notEvaluatedChecks(rulesets: RuleSet[], lang: Lang): Check[] {
  const checks: Check[] = [];
  for (const rs of rulesets) {
    for (const rule of rs.rules) {
      if (rule.applies_to === 'requirement') continue;
      checks.push(
        makeCheck({ ruleId: rule.id, title: rule.title[lang], severity: rule.severity, source: rule.source, evaluated: 0, findings: [] }),
      );
    }
    for (const { requirement } of requirementsOf([rs])) {
      checks.push(
        makeCheck({
          ruleId: requirement.id,
          title: requirement.title,
          severity: 'error',
          source: requirement.source,
          evaluated: 0,
          findings: [],
        }),
      );
    }
  }
  return checks;
}

/**
 * A parent plan's requirements are checklist items of their own: one check per requirement,
 * holding the findings of every rule evaluated on it.
 */
function checksPerRequirement(rulesets: RuleSet[], tallies: RuleTally[], details: Map<string, Record<string, unknown>>): Check[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return requirementsOf(rulesets).map(({ ruleset, requirement }, index) => {
    const mine = tallies.filter((t) => t.applicable.has(requirement.id));
    const findings = mine.flatMap((t) => t.findings.filter((f) => f.subject?.id === requirement.id));
    const failing = findings.filter((f) => f.severity !== 'info');
    const severity = mine.map((t) => t.rule.severity).sort((a, b) => rank[a] - rank[b])[0] ?? 'error';
    return makeCheck({
      ruleId: requirement.id,
      ruleset: ruleset.id,
      title: requirement.title,
      status: failing.length ? 'fail' : mine.length ? 'pass' : 'not-applicable',
      severity: failing.length ? failing.map((f) => f.severity).sort((a, b) => rank[a] - rank[b])[0]! : severity,
      source: requirement.source,
      evaluated: mine.length ? 1 : 0,
      findings,
      requirement: requirementDetail(requirement, index, details.get(requirement.id) ?? {}),
    });
  });
}

function requirementDetail(r: Requirement, index: number, facts: Record<string, unknown>): RequirementDetail {
  const list = (v: unknown) => (typeof v === 'string' && v ? v.split(', ') : []);
  const explicit = list(facts.implementedBy);
  const proposed = list(facts.proposed);
  const valueTask = typeof facts.taskId === 'string' && r.kind === 'target' ? [facts.taskId] : [];
  return {
    index,
    kind: r.kind,
    ...(r.target ? { metric: r.target.metric, required: r.target.min } : {}),
    ...(typeof facts.planValue === 'number' ? { planValue: facts.planValue } : {}),
    ...(typeof facts.where === 'string' ? { where: facts.where } : {}),
    tasks: r.kind === 'task' ? (explicit.length ? explicit : proposed) : valueTask,
    proposed: r.kind === 'task' && !explicit.length && proposed.length > 0,
    ...(r.deadline ? { deadline: r.deadline } : {}),
    ...(r.evidence ? { evidence: r.evidence } : {}),
  };
}
