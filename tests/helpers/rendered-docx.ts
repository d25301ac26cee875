import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { annexDocx, stableDocx as stableAnnex } from '../../src/annex/annex-docx.js';
import { buildAnnex } from '../../src/annex/annex-model.js';
import { check } from '../../src/check.js';
import { stableDocx } from '../../src/docx/nd30.js';
import { runDiff } from '../../src/diff/run-diff.js';
import { readSource } from '../../src/yaml/read-source.js';
import { importDocument } from '../../src/import/import-document.js';
import { loadPlan } from '../../src/plan/load-plan.js';
import { planYaml } from '../../src/plan/plan-yaml.js';
import { planDocx } from '../../src/render/plan-docx.js';
import { planDocument } from '../../src/render/plan-document.js';
import { ROOT } from './cli.js';

/** A plan file rendered in-process into a Word file, as `plan-check render` makes it: the plan and the .docx bytes. */
export async function renderedDocx(file: string) {
  const plan = loadPlan(file, 'vi').plan!;
  return { plan, bytes: await planDocx(planDocument(plan)) };
}

/**
 * `plan-check render <plan> -o <out>` in process: the same steps as src/cli/render-command.ts
 * (render.test.ts checks that the bytes equal those of the command).
 */
export async function renderFile(file: string, out: string): Promise<void> {
  const plan = loadPlan(file, 'vi').plan!;
  writeFileSync(out, stableDocx(await planDocx(planDocument(plan)), plan.plan.document.date ?? `${plan.plan.year}-01-01`));
}

/** `plan-check import <doc> -o <out>` in process (src/cli/import-command.ts): tasks read and paragraphs left unplaced. */
export async function importFile(file: string, out: string): Promise<{ tasks: number; unplaced: number }> {
  const { plan, unplaced } = await importDocument(file, 'import');
  const schema = relative(dirname(resolve(out)), resolve(ROOT, 'schema', 'plan.schema.json'));
  writeFileSync(out, planYaml(plan, schema.split('\\').join('/'), [plan.plan.title]));
  return { tasks: plan.tasks.length, unplaced };
}

/** The semantic changes from plan file `a` to plan file `b`, as `plan-check diff a b -f json` lists them. */
export async function semanticChanges(a: string, b: string): Promise<unknown[]> {
  const { diff } = await runDiff({ label: a, text: readSource(a).text }, b);
  return JSON.parse(JSON.stringify(diff.changes)) as unknown[];
}

/** `plan-check annex <plan> -o <out.docx> --as-of <date>` in process (src/cli/annex-command.ts). */
export async function annexFile(file: string, out: string, asOf: string): Promise<void> {
  const report = await check([file], { lang: 'vi', audience: 'reviewer', asOf });
  const f = report.files[0]!;
  writeFileSync(out, stableAnnex(await annexDocx(buildAnnex(report, f)), f.asOf ?? report.asOf));
}
