import { basename } from 'node:path';
import { readDocument } from '../import/read-document.js';
import { importBlocks, type ImportNote } from '../import/import-plan.js';
import { loadMetricVocabulary } from '../import/metric-vocabulary.js';
import { planYaml } from '../plan/plan-yaml.js';
import { applyLinks } from '../docx/plan-links.js';
import { RuleSetCatalog } from '../rules/discover.js';

/**
 * A Word or text document made into plan YAML, as `plan-check import` makes it (the same readers
 * and guards: Word files are unpacked counting every byte, text files go through readSource).
 */
export async function importUpload(file: string, shownName: string): Promise<{ yaml: string; notes: ImportNote[]; warnings: string[] }> {
  const { blocks, format, warnings, links } = await readDocument(file);
  const catalog = new RuleSetCatalog();
  const { plan, notes } = importBlocks(blocks, { vocabulary: loadMetricVocabulary(), parents: catalog.all().filter((r) => r.parent) });
  for (const l of applyLinks(plan.tasks, links)) notes.push({ kind: 'link-stale', task: l.id, text: l.implements.join(', ') });
  const unplaced = notes.filter((n) => n.kind === 'unplaced' || n.kind === 'table-row-unplaced').length;
  plan.notes = [
    `Nhập tự động bằng plan-check serve từ ${basename(shownName)} (${format === 'docx' ? 'Word' : 'văn bản thuần'}); ${plan.tasks.length} nhiệm vụ, ${unplaced} đoạn chưa xếp được. Danh sách units là đề xuất: người soạn rà lại.`,
  ];
  return { yaml: planYaml(plan, 'schema/plan.schema.json', [plan.plan.title]), notes, warnings };
}
