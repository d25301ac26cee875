import type { PlanData, Target, Task } from '../../plan/plan-types.js';
import { parseDeadline, type Deadline } from '../../plan/deadline.js';
import { normText } from '../../text/normalise.js';
import type { Subject } from './subject.js';
import { FIELD_SOURCES } from '../../facts/subject-facts.js';
import type { PlanContext } from './context.js';
import type { SharedDuties } from './shared-duty.js';
import type { ReportDuty } from './report-duty.js';

/** Subjects for the plan itself, its headline targets, its tasks, their targets and named units. */
export function planSubjects(
  plan: PlanData,
  context: PlanContext,
  requirementDeadlines: Map<string, string>,
  shared?: SharedDuties,
): Subject[] {
  const sectionTitles = new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
  const common = { plan, context };
  const headlineFloors = floorsByMetric(plan.targets ?? []);
  const taskFloors = taskFloorsByMetric(plan.tasks);
  const subjects: Subject[] = [
    {
      kind: 'plan',
      id: plan.plan.title,
      mainFact: 'plan',
      facts: { ...common },
      factPointers: { plan: '' },
      fieldSources: FIELD_SOURCES.plan,
    },
  ];

  (plan.targets ?? []).forEach((t, i) => subjects.push(targetSubject(t, `/targets/${i}`, true, t.task, common, headlineFloors)));
  const owners = otherOwners(plan.tasks);

  plan.tasks.forEach((task, i) => {
    const pointer = `/tasks/${i}`;
    const d = typeof task.deadline === 'string' ? parseDeadline(task.deadline, plan.plan.year) : undefined;
    const deadlineInfo = d ? { ...d, due: d.end ?? d.start, ...openEnded(d) } : undefined;
    const parentDeadline = (task.implements ?? [])
      .map((r) => requirementDeadlines.get(r))
      .filter((x): x is string => !!x)
      .sort()[0];
    const taskFact = {
      ...task,
      ...(deadlineInfo ? { deadlineInfo } : {}),
      ...(parentDeadline ? { parentDeadline } : {}),
      ...(task.section && sectionTitles.has(task.section) ? { sectionTitle: sectionTitles.get(task.section) } : {}),
      ...percentFacts(task),
      // a task with a catch-all lead has that finding (lead-accountable); one finding per defect
      ...(shared?.namedLeads && shared.namedLeads[i]!.length === (task.lead ?? []).length
        ? { namedLeadCount: shared.namedLeads[i]!.length, namedLeadsText: shared.namedLeads[i]!.join('; ') }
        : {}),
      ...reportFacts(shared?.reports?.get(i)),
    };
    subjects.push({
      kind: 'task',
      id: task.id,
      mainFact: 'task',
      facts: { ...common, task: taskFact },
      factPointers: { plan: '', task: pointer },
      fieldSources: FIELD_SOURCES.task,
    });
    (task.targets ?? []).forEach((t, j) =>
      subjects.push(
        targetSubject(
          t,
          `${pointer}/targets/${j}`,
          false,
          task.id,
          common,
          headlineFloors,
          taskFact,
          pointer,
          owners.get(`${i}/${j}`),
          highestOfOthers(taskFloors, t, task.id),
        ),
      ),
    );
    for (const role of ['lead', 'partners'] as const) {
      (task[role] ?? []).forEach((name, j) => {
        subjects.push({
          kind: 'unit-ref',
          id: task.id,
          mainFact: 'unitRef',
          facts: {
            ...common,
            task: taskFact,
            unitRef: {
              name,
              role: role === 'lead' ? 'lead' : 'partner',
              roleVi: role === 'lead' ? 'chủ trì' : 'phối hợp',
              index: j,
              taskId: task.id,
              sharedDuty: role === 'lead' && !!shared?.leads.has(`${i}/${j}`),
              groupBesideNamedLead: role === 'lead' && !!shared?.groups?.has(`${i}/${j}`),
              ...(role === 'lead' && shared?.undirected?.has(`${i}/${j}`)
                ? { notDirectedVi: shared.undirected.get(`${i}/${j}`)!.vi, notDirectedEn: shared.undirected.get(`${i}/${j}`)!.en }
                : {}),
            },
          },
          factPointers: { plan: '', task: pointer, unitRef: `${pointer}/${role}/${j}` },
          fieldSources: FIELD_SOURCES['unit-ref'],
        });
      });
    }
  });
  return subjects;
}

function targetSubject(
  t: Target,
  pointer: string,
  headline: boolean,
  taskId: string | undefined,
  common: Record<string, unknown>,
  headlineFloors: Map<string, number>,
  taskFact?: unknown,
  taskPointer?: string,
  otherOwner?: { task: string; lead: string },
  peer?: { value: number; task: string },
): Subject {
  const headlineFloor = headline ? undefined : headlineFloors.get(t.metric);
  return {
    kind: 'target',
    id: taskId ? `${taskId}:${t.metric}` : t.metric,
    mainFact: 'target',
    facts: {
      ...common,
      target: {
        ...t,
        headline,
        ...(taskId ? { taskId } : {}),
        ...(headlineFloor !== undefined ? { headlineFloor } : {}),
        ...(otherOwner ? { otherOwnerTask: otherOwner.task, otherOwnerLead: otherOwner.lead } : {}),
        ...(peer ? { peerFloor: peer.value, peerTask: peer.task } : {}),
      },
      ...(taskFact ? { task: taskFact } : {}),
    },
    factPointers: { plan: '', target: pointer, ...(taskPointer ? { task: taskPointer } : {}) },
    fieldSources: FIELD_SOURCES.target,
  };
}

/** A report task's facts: that it is one, and whether it names a schedule and a recipient. */
function reportFacts(r: ReportDuty | undefined): Record<string, unknown> {
  if (!r) return {};
  return {
    reportDuty: true,
    reportNoSchedule: r.missing.includes('schedule'),
    reportNoRecipient: r.missing.includes('recipient'),
    reportOngoing: r.ongoing,
  };
}

/**
 * A deadline that only says when work starts ("Từ ngày 15/3/2026") or on what event it depends
 * ("Sau khi có Quyết định của UBND thành phố") gives no date anyone can be held to.
 */
function openEnded(d: Deadline): Record<string, unknown> {
  if (d.kind === 'from-date') return { openEnded: 'start', startOnly: true };
  if (d.kind === 'conditional' && /^(?:ngay\s+)?(?:sau khi|khi)\s/iu.test(d.condition ?? ''))
    return { openEnded: 'event', startOnly: false };
  return {};
}

/**
 * "task index/target index" of each task target whose indicator an earlier task already sets with a
 * different lead: the task and lead it shares the indicator with (one owner per target).
 */
function otherOwners(tasks: Task[]): Map<string, { task: string; lead: string }> {
  const first = new Map<string, { task: string; lead: string; key: string }>();
  const out = new Map<string, { task: string; lead: string }>();
  tasks.forEach((task, i) => {
    const lead = (task.lead ?? []).join('; ');
    const key = (task.lead ?? []).map(normText).sort().join('|');
    (task.targets ?? []).forEach((t, j) => {
      const seen = first.get(t.metric);
      if (!seen) first.set(t.metric, { task: task.id, lead, key });
      else if (seen.key !== key && seen.task !== task.id) out.set(`${i}/${j}`, { task: seen.task, lead: seen.lead });
    });
  });
  return out;
}

/** The lowest value the plan commits to, per metric, among targets that set a floor. */
export function floorsByMetric(targets: Target[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of targets) {
    if (!['>=', '>', '='].includes(t.bound)) continue;
    const prev = out.get(t.metric);
    if (prev === undefined || t.value < prev) out.set(t.metric, t.value);
  }
  return out;
}

/** Per metric, the floors the tasks set (task id and value), for targets-consistent-across-tasks. */
function taskFloorsByMetric(tasks: Task[]): Map<string, { task: string; value: number }[]> {
  const out = new Map<string, { task: string; value: number }[]>();
  for (const task of tasks)
    for (const t of task.targets ?? []) {
      if (!['>=', '>', '='].includes(t.bound)) continue;
      const list = out.get(t.metric) ?? [];
      list.push({ task: task.id, value: t.value });
      out.set(t.metric, list);
    }
  return out;
}

/** The highest floor another task sets for the same metric (the target must not be below it). */
function highestOfOthers(floors: Map<string, { task: string; value: number }[]>, t: Target, taskId: string) {
  if (!['>=', '>', '='].includes(t.bound)) return undefined;
  let best: { task: string; value: number } | undefined;
  for (const f of floors.get(t.metric) ?? []) if (f.task !== taskId && (!best || f.value > best.value)) best = f;
  return best;
}

/** Percentages printed in a task's text (content, product) against its structured targets. */
export function percentsIn(text: string | null | undefined): number[] {
  if (!text) return [];
  return [...text.matchAll(/(\d{1,3}(?:[.,]\d+)?)\s*%/g)].map((m) => Number(m[1]!.replace(',', '.')));
}

function percentFacts(task: Task): Record<string, unknown> {
  const inContent = percentsIn(task.content);
  const inProduct = percentsIn(task.product);
  const printed = new Set([...inContent, ...inProduct]);
  const percentMismatch = inContent.length ? [...new Set(inProduct.filter((p) => !inContent.includes(p)))] : [];
  const targetsNotInText = (task.targets ?? []).filter((t) => t.unit === 'percent' && !printed.has(t.value)).map((t) => t.value);
  return { percentsContent: inContent, percentsProduct: inProduct, percentMismatch, targetsNotInText };
}
