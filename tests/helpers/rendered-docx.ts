import { loadPlan } from '../../src/plan/load-plan.js';
import { planDocx } from '../../src/render/plan-docx.js';
import { planDocument } from '../../src/render/plan-document.js';

/** A plan file rendered in-process into a Word file, as `plan-check render` makes it: the plan and the .docx bytes. */
export async function renderedDocx(file: string) {
  const plan = loadPlan(file, 'vi').plan!;
  return { plan, bytes: await planDocx(planDocument(plan)) };
}
