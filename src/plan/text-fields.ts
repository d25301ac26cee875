import type { PlanData } from './plan-types.js';
import { stripInvisible } from '../text/safe-text.js';

/** A text of the plan with its JSON pointer, in the order a reader meets it. */
export interface TextField {
  pointer: string;
  text: string;
  /** Which part of the document it belongs to. */
  part: 'legal-basis' | 'decision' | 'objectives' | 'body' | 'target' | 'section' | 'task' | 'distribution';
  /** The task it belongs to, for task fields. */
  taskId?: string;
  /**
   * When the plan's string held hidden characters (controls, escape sequences, bidi or zero-width
   * characters), `text` is without them and `kept[i]` is where character i of `text` sits in the
   * plan's string (one more entry for its end).
   */
  kept?: number[];
}

/** The span [start, end) of a field's (cleaned) text as a span of the plan's own string. */
export function sourceSpan(field: TextField, start: number, end: number): [number, number] {
  if (!field.kept) return [start, end];
  const last = field.kept.length - 1;
  return [field.kept[Math.min(start, last)]!, end > start ? field.kept[Math.min(end - 1, last)]! + 1 : field.kept[Math.min(start, last)]!];
}

/**
 * Every prose text of a plan in document order: legal bases, the decision's articles, purpose,
 * body, targets, sections and tasks (content, product, deadline). Identity fields, unit lists and
 * the encoder's notes are not document prose and are left out. Hidden characters are removed
 * (stripInvisible), so a zero-width space inside a misspelt word does not hide it from the rules.
 */
export function textFields(plan: PlanData): readonly TextField[] {
  let fields = fieldsOf.get(plan);
  if (!fields) fieldsOf.set(plan, (fields = readTextFields(plan)));
  return fields;
}

/**
 * The text fields of each plan read so far: a plan's texts are read once, however many subject
 * builders and checks ask (a loaded plan is not changed after loading).
 */
const fieldsOf = new WeakMap<PlanData, readonly TextField[]>();

function readTextFields(plan: PlanData): TextField[] {
  const out: TextField[] = [];
  const push = (pointer: string, text: unknown, part: TextField['part'], taskId?: string) => {
    if (typeof text !== 'string') return;
    const clean = stripInvisible(text);
    if (clean.text.trim())
      out.push({ pointer, text: clean.text, part, ...(taskId ? { taskId } : {}), ...(clean.kept ? { kept: clean.kept } : {}) });
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
