import type { PlanData } from '../../plan/plan-types.js';
import type { Registry } from '../../legal/registry.js';
import type { RuleSet } from '../../rules/ruleset-types.js';
import { planContext } from './context.js';
import { planSubjects } from './plan-subjects.js';
import { citationSubjects, locatedCitations, parentCitationFacts } from './citation-subjects.js';
import { requirementDeadlines, requirementSubjects } from './requirement-subjects.js';
import { titleSubjects } from './title-subjects.js';
import { mentionSubjects } from './mention-subjects.js';
import { formFacts } from './form-facts.js';
import { reportDuties } from './report-duty.js';
import { groupsBesideNamedLead, namedLeads, sharedDuties, undirectedLeads, type SharedDuties } from './shared-duty.js';
import type { Subject } from './subject.js';

export type { Subject } from './subject.js';
export type { PlanContext } from './context.js';

/** What the plan's subjects read about its leads and duties across tasks (shared-duty.ts, report-duty.ts). */
export function planDuties(plan: PlanData, rulesets: RuleSet[]): SharedDuties {
  return {
    ...sharedDuties(plan, rulesets),
    groups: groupsBesideNamedLead(plan, rulesets),
    namedLeads: namedLeads(plan, rulesets),
    undirected: undirectedLeads(plan, rulesets),
    reports: reportDuties(plan, rulesets),
  };
}

/** Builds every subject of a plan with its facts, for the rule sets in use and the registry. */
export function buildSubjects(plan: PlanData, asOf: string, rulesets: RuleSet[], registry: Registry): Subject[] {
  const context = planContext(plan, asOf);
  // the plan's citations are found and resolved once, for the context and the citation subjects
  const citations = locatedCitations(plan, registry);
  Object.assign(context, parentCitationFacts(plan, registry, citations), formFacts(plan, rulesets));
  const shared = planDuties(plan, rulesets);
  const unitNames = (plan.units ?? []).map((u) => (typeof u === 'string' ? u : ((u as { name?: string }).name ?? ''))).filter(Boolean);
  Object.assign(context, {
    sharedDutyTasks: shared.taskIds,
    sharedDutyTasksText: shared.taskIds.join(', '),
    unitNamesText: unitNames.slice(0, 6).join(', '),
  });
  return [
    ...planSubjects(plan, context, requirementDeadlines(rulesets, plan.plan.year), shared),
    ...citationSubjects(plan, context, registry, rulesets, citations),
    ...requirementSubjects(plan, context, rulesets),
    ...titleSubjects(plan, context, rulesets),
    ...mentionSubjects(plan, context, rulesets),
  ];
}
