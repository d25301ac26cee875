import type { PlanData, Target, Task } from '../plan/plan-types.js';
import { parseDeadline } from '../plan/deadline.js';
import { normText } from '../text/normalise.js';
import { similarity } from '../text/similarity.js';

/** Identity fields whose change decides which parent requirements a plan is checked against. */
export const PARENT_FIELDS: ReadonlySet<string> = new Set(['parent', 'parent.date', 'parent.issuer', 'parent.ruleset']);

/** A change a reviewer must look at before it is accepted: the parent plan removed or changed. */
export function needsReview(c: Change): boolean {
  return c.kind === 'identity-changed' && PARENT_FIELDS.has(c.field ?? '');
}

/** One change of meaning between two versions of a plan. */
export interface Change {
  kind:
    | 'task-added'
    | 'task-removed'
    | 'task-renumbered'
    | 'task-changed'
    | 'target-added'
    | 'target-removed'
    | 'target-raised'
    | 'target-lowered'
    | 'legal-basis-added'
    | 'legal-basis-removed'
    | 'identity-changed';
  /** The task concerned (its id in the new version, or in the old one when removed). */
  task?: string;
  /** For a renumbered task, its old id. */
  from?: string;
  field?: string;
  metric?: string;
  before?: unknown;
  after?: unknown;
  /** For deadlines: the new one is earlier or later (by the parsed due date). */
  direction?: 'earlier' | 'later' | 'unclear';
  /** For targets: the parent plan's floor, and whether the new value falls below it. */
  floor?: number;
  belowFloor?: boolean;
}

const TASK_FIELDS = ['content', 'lead', 'partners', 'deadline', 'product', 'section', 'implements'] as const;

/**
 * The semantic changes from `before` to `after`: tasks added, removed, renumbered (matched by
 * content when the id changed) or changed field by field; targets raised or lowered (against the
 * parent's floors); legal bases added or removed.
 */
export function diffPlans(before: PlanData, after: PlanData, floors: Map<string, number> = new Map()): Change[] {
  const changes: Change[] = [];
  const identity: [string, unknown, unknown][] = [
    ['title', before.plan.title, after.plan.title],
    ['year', before.plan.year, after.plan.year],
    ['document.number', before.plan.document.number, after.plan.document.number],
    ['document.date', before.plan.document.date, after.plan.document.date],
    ['parent', before.plan.parent?.ref ?? null, after.plan.parent?.ref ?? null],
    ['parent.date', before.plan.parent?.date ?? null, after.plan.parent?.date ?? null],
    ['parent.issuer', before.plan.parent?.issuer ?? null, after.plan.parent?.issuer ?? null],
    ['parent.ruleset', before.plan.parent?.ruleset ?? null, after.plan.parent?.ruleset ?? null],
  ];
  for (const [field, a, b] of identity) if (!same(a, b)) changes.push({ kind: 'identity-changed', field, before: a, after: b });

  // Tasks: by id, then unmatched ones paired by wording.
  const oldById = new Map(before.tasks.map((t) => [t.id, t]));
  const newById = new Map(after.tasks.map((t) => [t.id, t]));
  // Stryker disable next-line ArrayDeclaration: a stray non-pair element compares no field and renames no task
  const pairs: [Task, Task][] = [];
  const removed = before.tasks.filter((t) => !newById.has(t.id));
  const added = after.tasks.filter((t) => !oldById.has(t.id));
  for (const t of after.tasks) if (oldById.has(t.id)) pairs.push([oldById.get(t.id)!, t]);
  for (const n of [...added]) {
    const best = removed.map((o) => ({ o, score: similarity(o.content, n.content) })).sort((x, y) => y.score - x.score)[0];
    if (best && best.score >= 0.6) {
      removed.splice(removed.indexOf(best.o), 1);
      added.splice(added.indexOf(n), 1);
      pairs.push([best.o, n]);
      changes.push({ kind: 'task-renumbered', task: n.id, from: best.o.id });
    }
  }
  for (const t of removed) changes.push({ kind: 'task-removed', task: t.id, before: t.content });
  for (const t of added) changes.push({ kind: 'task-added', task: t.id, after: t.content });
  for (const [o, n] of pairs) {
    for (const field of TASK_FIELDS) {
      const a = o[field];
      const b = n[field];
      if (same(a, b)) continue;
      const change: Change = { kind: 'task-changed', task: n.id, field, before: a ?? null, after: b ?? null };
      if (field === 'deadline') change.direction = deadlineDirection(o.deadline, n.deadline, after.plan.year);
      changes.push(change);
    }
  }

  // Targets, keyed by task and metric (headline targets by metric).
  const renamed = new Map(pairs.map(([o, n]) => [o.id, n.id]));
  const oldTargets = targetsOf(before, renamed);
  const newTargets = targetsOf(after);
  for (const [key, t] of newTargets) {
    const o = oldTargets.get(key);
    const floor = floors.get(t.target.metric);
    const belowFloor = floor !== undefined && t.target.value < floor;
    const base = { task: t.task, metric: t.target.metric, ...(floor !== undefined ? { floor, belowFloor } : {}) };
    if (!o) changes.push({ kind: 'target-added', ...base, after: t.target.value });
    else if (t.target.value > o.target.value)
      changes.push({ kind: 'target-raised', ...base, before: o.target.value, after: t.target.value });
    else if (t.target.value < o.target.value)
      changes.push({ kind: 'target-lowered', ...base, before: o.target.value, after: t.target.value });
  }
  for (const [key, t] of oldTargets)
    if (!newTargets.has(key)) changes.push({ kind: 'target-removed', task: t.task, metric: t.target.metric, before: t.target.value });

  // Legal bases, compared as printed (NFC, spacing).
  const norm = (s: string) => normText(s);
  const oldBases = new Set((before.plan.legal_basis ?? []).map(norm));
  const newBases = new Set((after.plan.legal_basis ?? []).map(norm));
  for (const b of after.plan.legal_basis ?? []) if (!oldBases.has(norm(b))) changes.push({ kind: 'legal-basis-added', after: b });
  for (const b of before.plan.legal_basis ?? []) if (!newBases.has(norm(b))) changes.push({ kind: 'legal-basis-removed', before: b });
  return changes;
}

function targetsOf(plan: PlanData, renamed: Map<string, string> = new Map()): Map<string, { task?: string; target: Target }> {
  const out = new Map<string, { task?: string; target: Target }>();
  (plan.targets ?? []).forEach((t) => out.set(`:${t.metric}`, { target: t }));
  for (const task of plan.tasks) {
    const id = renamed.get(task.id) ?? task.id;
    for (const t of task.targets ?? []) out.set(`${id}:${t.metric}`, { task: id, target: t });
  }
  return out;
}

function deadlineDirection(a: string | null | undefined, b: string | null | undefined, year: number): Change['direction'] {
  const da = a ? parseDeadline(a, year) : undefined;
  const db = b ? parseDeadline(b, year) : undefined;
  const x = da?.end ?? da?.start;
  const y = db?.end ?? db?.start;
  if (!x || !y || x === y) return 'unclear';
  return y > x ? 'later' : 'earlier';
}

function same(a: unknown, b: unknown): boolean {
  const n = (v: unknown): unknown => (typeof v === 'string' ? normText(v) : Array.isArray(v) ? v.map(n) : (v ?? null));
  return JSON.stringify(n(a)) === JSON.stringify(n(b));
}
