import { basename } from 'node:path';
import type { PlanData } from '../plan/plan-types.js';
import { readDocument } from './read-document.js';
import { importBlocks, type ImportNote } from './import-plan.js';
import { loadMetricVocabulary } from './metric-vocabulary.js';
import { applyLinks, type KeptUnits } from '../docx/plan-links.js';
import { RuleSetCatalog } from '../rules/discover.js';

export interface ImportedDocument {
  plan: PlanData;
  notes: ImportNote[];
  /** What the reader could not use (e.g. a Word feature), for stderr or the page. */
  warnings: string[];
  /** Paragraphs and table rows not placed in the plan. */
  unplaced: number;
}

/**
 * A Word or text document read into a plan, as `plan-check import` and `plan-check serve` both do:
 * the same readers and guards (Word files unpacked counting every byte, text through readSource),
 * the parent rule sets for links, the task links kept in the document, and the plan's note saying
 * where it came from. `via` names the command in that note; `shownName` the document.
 */
export async function importDocument(file: string, via: 'import' | 'serve', shownName = file): Promise<ImportedDocument> {
  const { blocks, format, warnings, links, units } = await readDocument(file);
  const parents = new RuleSetCatalog().all().filter((r) => r.parent);
  const imported = importBlocks(blocks, { vocabulary: loadMetricVocabulary(), parents });
  const notes = imported.notes;
  const plan = units ? withUnits(imported.plan, units) : imported.plan;
  for (const l of applyLinks(plan.tasks, links)) notes.push({ kind: 'link-stale', task: l.id, text: l.implements.join(', ') });
  const unplaced = notes.filter((n) => n.kind === 'unplaced' || n.kind === 'table-row-unplaced').length;
  // The plan's own notes are plan data, in the plan's language.
  plan.notes = [
    `Nhập tự động bằng plan-check ${via} từ ${basename(shownName)} (${format === 'docx' ? 'Word' : 'văn bản thuần'}); ${plan.tasks.length} nhiệm vụ, ${unplaced} đoạn chưa xếp được. ` +
      (units
        ? 'Danh sách units lấy từ thuộc tính của tệp Word (do plan-check render ghi).'
        : 'Danh sách units là đề xuất (đơn vị nêu từ hai nhiệm vụ trở lên): người soạn rà lại.'),
  ];
  return { plan, notes, warnings, unplaced };
}

/**
 * The plan with the units lists the document kept (a file written by `render`) in place of the
 * proposed one, at the place a plan file has them: right after the identity.
 */
function withUnits(plan: PlanData, kept: KeptUnits): PlanData {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(plan)) {
    if (key === 'units' || key === 'external_units') continue;
    out[key] = value;
    if (key === 'plan') Object.assign(out, kept);
  }
  return out as unknown as PlanData;
}
