import { basename } from 'node:path';
import type { PlanData } from '../plan/plan-types.js';
import { readDocument } from './read-document.js';
import { importBlocks, type ImportNote } from './import-plan.js';
import { loadMetricVocabulary } from './metric-vocabulary.js';
import { applyLinks } from '../docx/plan-links.js';
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
  const { blocks, format, warnings, links } = await readDocument(file);
  const parents = new RuleSetCatalog().all().filter((r) => r.parent);
  const { plan, notes } = importBlocks(blocks, { vocabulary: loadMetricVocabulary(), parents });
  for (const l of applyLinks(plan.tasks, links)) notes.push({ kind: 'link-stale', task: l.id, text: l.implements.join(', ') });
  const unplaced = notes.filter((n) => n.kind === 'unplaced' || n.kind === 'table-row-unplaced').length;
  // The plan's own notes are plan data, in the plan's language.
  plan.notes = [
    `Nhập tự động bằng plan-check ${via} từ ${basename(shownName)} (${format === 'docx' ? 'Word' : 'văn bản thuần'}); ${plan.tasks.length} nhiệm vụ, ${unplaced} đoạn chưa xếp được. Danh sách units là đề xuất (đơn vị nêu từ hai nhiệm vụ trở lên): người soạn rà lại.`,
  ];
  return { plan, notes, warnings, unplaced };
}
