import type { PlanData, Target } from '../../plan/plan-types.js';
import { parseDeadline } from '../../plan/deadline.js';
import { formatVnDate } from '../../util/dates.js';
import { matchesWords } from '../../text/word-match.js';
import { normText } from '../../text/normalise.js';
import type { RuleSet } from '../../rules/ruleset-types.js';
import { requirementsOf, type Requirement } from '../../rules/requirements.js';
import type { Subject } from './subject.js';
import { FIELD_SOURCES } from '../../facts/subject-facts.js';
import type { PlanContext } from './context.js';

/** Deadlines set by parent requirements, by requirement id (ISO). */
export function requirementDeadlines(rulesets: RuleSet[], year: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const { requirement } of requirementsOf(rulesets)) {
    if (!requirement.deadline) continue;
    const d = parseDeadline(requirement.deadline, year);
    const due = d.end ?? d.start;
    if (due) out.set(requirement.id, due);
  }
  return out;
}

interface PlanTarget {
  target: Target;
  pointer: string;
  taskId?: string;
}

/** Subjects for each parent requirement: what the plan sets against it, or which task carries it out. */
export function requirementSubjects(plan: PlanData, context: PlanContext, rulesets: RuleSet[]): Subject[] {
  const targets: PlanTarget[] = [
    ...(plan.targets ?? []).map((t, i) => ({ target: t, pointer: `/targets/${i}`, ...(t.task ? { taskId: t.task } : {}) })),
    ...plan.tasks.flatMap((task, i) =>
      (task.targets ?? []).map((t, j) => ({ target: t, pointer: `/tasks/${i}/targets/${j}`, taskId: task.id })),
    ),
  ];
  // each task's text is normalised once (when a requirement needs it), for every requirement it is compared with
  let texts: string[] | undefined;
  const taskTexts = () => (texts ??= plan.tasks.map((t) => normText(`${t.content} ${t.product ?? ''}`)));
  return requirementsOf(rulesets).map(({ requirement: r }) => {
    const facts = r.kind === 'target' ? targetFacts(r, targets) : taskFacts(r, plan, context, taskTexts);
    const requirement = {
      id: r.id,
      title: r.title,
      kind: r.kind,
      sourceRef: r.source.ref,
      confirmed: r.confidence !== 'I',
      evidence: (r.evidence ?? []).join('; '),
      ...facts,
    };
    return {
      kind: 'requirement' as const,
      id: r.id,
      mainFact: 'requirement',
      facts: { plan, context, requirement },
      factPointers: { plan: '', requirement: (facts.pointer as string) ?? '/tasks' },
      fieldSources: FIELD_SOURCES.requirement,
      source: r.source,
    };
  });
}

function targetFacts(r: Requirement, targets: PlanTarget[]): Record<string, unknown> {
  const metric = r.target!.metric;
  const mine = targets.filter((t) => t.target.metric === metric && ['>=', '>', '='].includes(t.target.bound));
  const weakest = [...mine].sort((a, b) => a.target.value - b.target.value)[0];
  return {
    metric,
    floor: r.target!.min,
    hasTarget: !!weakest,
    ...(weakest
      ? {
          planValue: weakest.target.value,
          pointer: weakest.pointer,
          where: weakest.taskId ? `nhiệm vụ ${weakest.taskId}` : (weakest.target.printed_at ?? 'chỉ tiêu chung'),
        }
      : {}),
    ...(weakest?.taskId ? { taskId: weakest.taskId } : {}),
  };
}

function taskFacts(r: Requirement, plan: PlanData, context: PlanContext, texts: () => string[]): Record<string, unknown> {
  const explicit = plan.tasks.map((t, i) => ({ t, i })).filter(({ t }) => (t.implements ?? []).includes(r.id));
  const proposed = explicit.length ? [] : propose(r, plan, texts());
  const chosen = explicit[0] ?? proposed[0];
  const due = r.deadline ? parseDeadline(r.deadline, context.year) : undefined;
  const dueIso = due?.end ?? due?.start;
  const taskDeadline = chosen ? parseDeadline(chosen.t.deadline ?? '', context.year) : undefined;
  const taskDue = taskDeadline?.end ?? taskDeadline?.start;
  return {
    explicit: explicit.length > 0,
    covered: explicit.length > 0 || proposed.length > 0,
    implementedBy: explicit.map(({ t }) => t.id).join(', '),
    proposed: proposed.map(({ t }) => t.id).join(', '),
    ...(chosen ? { pointer: `/tasks/${chosen.i}`, taskId: chosen.t.id, taskDeadline: chosen.t.deadline ?? '' } : {}),
    ...(dueIso ? { deadline: r.deadline, deadlineDue: dueIso, deadlineVn: formatVnDate(dueIso) } : {}),
    ...(taskDue ? { taskDue, taskDueVn: formatVnDate(taskDue) } : {}),
  };
}

/**
 * Tasks that look like they carry out a requirement: same metric, or the requirement's wording.
 * `texts`: each task's content and product, normalised (normText).
 */
function propose(r: Requirement, plan: PlanData, texts: string[]): { t: PlanData['tasks'][number]; i: number }[] {
  const scored = plan.tasks.map((t, i) => {
    const text = texts[i]!;
    const has = (w: string) => text.includes(normText(w));
    const m = r.match ?? {};
    const words = matchesWords(text, m);
    const metric = r.metric && (t.targets ?? []).some((x) => x.metric === r.metric);
    const score = (metric ? 2 : 0) + (words ? 1 + (m.any ?? []).filter(has).length * 0.1 : 0);
    return { t, i, score };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best > 0 ? scored.filter((s) => s.score === best) : [];
}
