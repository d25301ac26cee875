import type { PlanData, Target } from '../plan/plan-types.js';
import { parseDeadline } from '../plan/deadline.js';
import type { SubjectKind } from '../types.js';
import type { RuleSet } from '../rules/ruleset-types.js';


/** Facts a rule condition may read. */
export const FACT_NAMES: ReadonlySet<string> = new Set(['plan', 'context', 'data', 'task', 'target', 'unitRef']);

/** One thing a rule is evaluated on: the plan, a task, a target or a unit named in a task. */
export interface Subject {
  kind: SubjectKind;
  id: string;
  /** The fact that holds the subject itself (task, target, unitRef, plan). */
  mainFact: string;
  facts: Record<string, unknown>;
  /** JSON pointer of each fact's value in the plan file. */
  factPointers: Record<string, string>;
  /** Computed fields located at the real field they come from (deadlineInfo -> deadline). */
  fieldSources: Record<string, string>;
}

export interface PlanContext {
  year: number;
  /** Signing date, when the plan is signed (ISO). */
  signingDate: string | null;
  /** Earliest possible signing date of a draft whose date line gives a month ("ngày tháng 01 năm 2026"). */
  signingDateEarliest: string | null;
  asOf: string;
  hasUnits: boolean;
  /** Units of the issuing body and named external bodies, as one list for membership checks. */
  knownUnits: unknown[];
}

const TASK_FIELD_SOURCES = { deadlineInfo: 'deadline', parentDeadline: 'implements', sectionTitle: 'section' };

/** Builds every subject of a plan with its facts. */
export function buildSubjects(plan: PlanData, asOf: string, rulesets: RuleSet[]): Subject[] {
  const context = planContext(plan, asOf);
  const requirementDeadlines = indexRequirementDeadlines(rulesets, plan.plan.year);
  const sectionTitles = new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
  const common = { plan, context };
  const subjects: Subject[] = [
    { kind: 'plan', id: plan.plan.title, mainFact: 'plan', facts: { ...common }, factPointers: { plan: '' }, fieldSources: {} },
  ];

  (plan.targets ?? []).forEach((t, i) => subjects.push(targetSubject(t, `/targets/${i}`, true, t.task, common)));

  plan.tasks.forEach((task, i) => {
    const pointer = `/tasks/${i}`;
    const d = typeof task.deadline === 'string' ? parseDeadline(task.deadline, plan.plan.year) : undefined;
    const deadlineInfo = d ? { ...d, due: d.end ?? d.start } : undefined;
    const parentDeadline = (task.implements ?? []).map((r) => requirementDeadlines.get(r)).filter((x): x is string => !!x).sort()[0];
    const taskFact = {
      ...task,
      ...(deadlineInfo ? { deadlineInfo } : {}),
      ...(parentDeadline ? { parentDeadline } : {}),
      ...(task.section && sectionTitles.has(task.section) ? { sectionTitle: sectionTitles.get(task.section) } : {}),
    };
    subjects.push({
      kind: 'task', id: task.id, mainFact: 'task', facts: { ...common, task: taskFact },
      factPointers: { plan: '', task: pointer }, fieldSources: TASK_FIELD_SOURCES,
    });
    (task.targets ?? []).forEach((t, j) => subjects.push(targetSubject(t, `${pointer}/targets/${j}`, false, task.id, common, taskFact, pointer)));
    for (const role of ['lead', 'partners'] as const) {
      (task[role] ?? []).forEach((name, j) => {
        subjects.push({
          kind: 'unit-ref',
          id: task.id,
          mainFact: 'unitRef',
          facts: { ...common, task: taskFact, unitRef: { name, role: role === 'lead' ? 'lead' : 'partner', roleVi: role === 'lead' ? 'chủ trì' : 'phối hợp', index: j, taskId: task.id } },
          factPointers: { plan: '', task: pointer, unitRef: `${pointer}/${role}/${j}` },
          fieldSources: { name: '' },
        });
      });
    }
  });
  return subjects;
}

function targetSubject(t: Target, pointer: string, headline: boolean, taskId: string | undefined, common: Record<string, unknown>, taskFact?: unknown, taskPointer?: string): Subject {
  return {
    kind: 'target',
    id: taskId ? `${taskId}:${t.metric}` : t.metric,
    mainFact: 'target',
    facts: { ...common, target: { ...t, headline, ...(taskId ? { taskId } : {}) }, ...(taskFact ? { task: taskFact } : {}) },
    factPointers: { plan: '', target: pointer, ...(taskPointer ? { task: taskPointer } : {}) },
    fieldSources: {},
  };
}

export function planContext(plan: PlanData, asOf: string): PlanContext {
  const doc = plan.plan.document;
  let earliest: string | null = doc.date;
  if (!earliest && doc.date_text) {
    const m = /tháng\s+(\d{1,2})\s+năm\s+(\d{4})/.exec(doc.date_text);
    if (m) earliest = `${m[2]}-${String(Number(m[1])).padStart(2, '0')}-01`;
  }
  const units = plan.units ?? [];
  return {
    year: plan.plan.year,
    signingDate: doc.date,
    signingDateEarliest: earliest,
    asOf,
    hasUnits: units.length > 0,
    knownUnits: [...units, ...(plan.external_units ?? [])],
  };
}

/** Deadlines set by parent requirements (rule-set data), by requirement id. */
function indexRequirementDeadlines(rulesets: RuleSet[], year: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const rs of rulesets) {
    for (const req of rs.requirements) {
      const id = req.id;
      const deadline = req.deadline;
      if (typeof id !== 'string' || typeof deadline !== 'string') continue;
      const d = parseDeadline(deadline, year);
      const due = d.end ?? d.start;
      if (due) out.set(id, due);
    }
  }
  return out;
}
