import type { ImportNote } from '../import/import-plan.js';
import { importDocument } from '../import/import-document.js';
import { planYaml } from '../plan/plan-yaml.js';

/** A Word or text document made into plan YAML, as `plan-check import` makes it (src/import/import-document.ts). */
export async function importUpload(file: string, shownName: string): Promise<{ yaml: string; notes: ImportNote[]; warnings: string[] }> {
  const { plan, notes, warnings } = await importDocument(file, 'serve', shownName);
  return { yaml: planYaml(plan, 'schema/plan.schema.json', [plan.plan.title]), notes, warnings };
}
