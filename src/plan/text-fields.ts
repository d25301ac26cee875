import type { PlanData } from './plan-types.js';

/** A text of the plan with its JSON pointer, in the order a reader meets it. */
export interface TextField {
  pointer: string;
  text: string;
  /** Which part of the document it belongs to. */
  part: 'legal-basis' | 'decision' | 'objectives' | 'body' | 'target' | 'section' | 'task' | 'distribution';
  /** The task it belongs to, for task fields. */
  taskId?: string;
}

/**
 * Every prose text of a plan in document order: legal bases, the decision's articles, purpose,
 * body, targets, sections and tasks (content, product, deadline). Identity fields, unit lists and
 * the encoder's notes are not document prose and are left out.
 */
export function textFields(plan: PlanData): TextField[] {
  const out: TextField[] = [];
  const push = (pointer: string, text: unknown, part: TextField['part'], taskId?: string) => {
    if (typeof text === 'string' && text.trim()) out.push({ pointer, text, part, ...(taskId ? { taskId } : {}) });
  };
  (plan.plan.legal_basis ?? []).forEach((t, i) => push(`/plan/legal_basis/${i}`, t, 'legal-basis'));
  if (plan.decision?.proposer) push('/decision/proposer', plan.decision.proposer, 'decision');
  (plan.decision?.articles ?? []).forEach((a, i) => {
    push(`/decision/articles/${i}/text`, a.text, 'decision');
    (a.clauses ?? []).forEach((c, j) => push(`/decision/articles/${i}/clauses/${j}`, c, 'decision'));
  });
  const paragraphs = (list: PlanData['objectives'], base: string, part: TextField['part']) =>
    (list ?? []).forEach((p, i) => {
      if (typeof p === 'string') push(`${base}/${i}`, p, part);
      else {
        if (p.heading) push(`${base}/${i}/heading`, p.heading, part);
        push(`${base}/${i}/text`, p.text, part);
      }
    });
  paragraphs(plan.objectives, '/objectives', 'objectives');
  paragraphs(plan.body, '/body', 'body');
  (plan.targets ?? []).forEach((t, i) => push(`/targets/${i}/text`, t.text, 'target'));
  (plan.sections ?? []).forEach((s, i) => push(`/sections/${i}/title`, s.title, 'section'));
  plan.tasks.forEach((t, i) => {
    push(`/tasks/${i}/content`, t.content, 'task', t.id);
    push(`/tasks/${i}/product`, t.product, 'task', t.id);
    push(`/tasks/${i}/deadline`, t.deadline, 'task', t.id);
  });
  (plan.distribution ?? []).forEach((d, i) => push(`/distribution/${i}`, d, 'distribution'));
  return out;
}
