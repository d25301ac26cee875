import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';
import { check } from '../src/check.js';
import { buildAnnex } from '../src/annex/annex-model.js';
import { diffPlans } from '../src/diff/plan-diff.js';
import { importBlocks } from '../src/import/import-plan.js';
import { loadMetricVocabulary } from '../src/import/metric-vocabulary.js';
import { readDocxBlocks } from '../src/import/read-docx.js';
import { readTextBlocks } from '../src/import/read-text.js';
import { loadPlan } from '../src/plan/load-plan.js';
import type { PlanData } from '../src/plan/plan-types.js';
import { planYaml } from '../src/plan/plan-yaml.js';
import { planDocument } from '../src/render/plan-document.js';
import { planDocx } from '../src/render/plan-docx.js';
import { RuleSetCatalog } from '../src/rules/discover.js';

/**
 * Issue 12, item 3: `render` and `annex` respect the form the plan is issued in. A Kế hoạch issued
 * on its own (form KH-UBND) is printed as a Kế hoạch — number and date in its heading, legal bases
 * in its opening, "Nơi nhận" and signature at its end — never wrapped in a Quyết định, and its
 * appendices say "Kèm theo Kế hoạch số …". In process: the Word XML is read with fflate, the
 * rendered file imported back with the project's own reader (no LibreOffice).
 */
const vocabulary = loadMetricVocabulary();
const parents = new RuleSetCatalog().all().filter((r) => r.parent);
const KH_FIXTURE = join(ROOT, 'tests', 'fixtures', 'layouts', 'kh-form-commune-of-province.txt');
const t = tempDir();

/** The Kế hoạch of the layout corpus, as the import reads it. */
function khPlan(): PlanData {
  const plan = importBlocks(readTextBlocks(readFileSync(KH_FIXTURE, 'utf8')), { vocabulary, parents }).plan;
  expect(plan.plan.document.form).toBe('KH-UBND');
  return plan;
}

const xmlText = (docx: Buffer) =>
  strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');

describe('render: a Kế hoạch is printed as a Kế hoạch', () => {
  it('has no Quyết định; the plan carries number, date, legal bases, distribution and signer', async () => {
    const plan = khPlan();
    const d = planDocument(plan);
    expect(d.form).toBe('plan');
    const text = xmlText(await planDocx(d));
    expect(text).not.toMatch(/QUYẾT ĐỊNH|Quyết định/u);
    expect(text).not.toContain('Điều 1.');
    const order = [
      'ỦY BAN NHÂN DÂN\nXÃ AN PHÚ',
      'Số: 45/KH-UBND',
      'An Phú, ngày 15 tháng 01 năm 2026',
      'KẾ HOẠCH',
      plan.plan.title,
      'Căn cứ Nghị quyết số 76/NQ-CP',
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 06/01/2026',
      'ban hành Kế hoạch',
      'MỤC ĐÍCH, YÊU CẦU',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Trần Văn Bình',
      'Phụ lục',
      '(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/1/2026 của Ủy ban nhân dân xã An Phú)',
    ];
    let at = -1;
    for (const s of order) {
      const i = text.indexOf(s, at + 1);
      expect(i, `"${s}" after position ${at}`).toBeGreaterThan(at);
      at = i;
    }
  });

  it('imports back to the same plan: form, number, date, legal bases, signer, distribution, tasks', async () => {
    const plan = khPlan();
    const { blocks } = await readDocxBlocks(await planDocx(planDocument(plan)));
    const { plan: back, notes } = importBlocks(blocks, { vocabulary, parents });
    expect(notes.filter((n) => n.kind === 'unplaced' || n.kind === 'table-row-unplaced')).toEqual([]);
    expect(back.plan.document).toMatchObject({
      form: 'KH-UBND',
      number: plan.plan.document.number,
      date: plan.plan.document.date,
      signer: plan.plan.document.signer,
    });
    expect(back.plan.legal_basis).toEqual(plan.plan.legal_basis);
    expect(back.distribution).toEqual(plan.distribution);
    expect(back.decision).toBeUndefined();
    expect(diffPlans(plan, back)).toEqual([]);
  });

  it('a plan attached to a Quyết định is still printed inside its decision', async () => {
    const loaded = loadPlan(join(ROOT, 'plans', '2026.yaml'), 'vi');
    const d = planDocument(loaded.plan!);
    expect(d.form).toBe('decision');
    expect(d.opening).toEqual([]);
    const text = xmlText(await planDocx(d));
    expect(text).toContain('QUYẾT ĐỊNH:');
    expect(text).toMatch(/\(Kèm theo Quyết định số\s+\/QĐ-UBND/u);
    expect(text).not.toContain('Kèm theo Kế hoạch số');
  });
});

describe('annex: "Kèm theo Kế hoạch số …" for a Kế hoạch', () => {
  it('names the Kế hoạch and a parent issued as a Kế hoạch', async () => {
    const plan = khPlan();
    plan.plan.parent = { ref: '12/KH-UBND', date: '2026-01-06', issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng' };
    const file = t.write('kh.yaml', planYaml(plan, '../schema/plan.schema.json', [plan.plan.title]));
    const report = await check([file], { asOf: '2026-06-01' });
    const annex = buildAnnex(report, report.files[0]!);
    expect(annex.attachedTo).toMatch(/^\(Kèm theo Kế hoạch số 45\/KH-UBND ngày 15\/01\/2026 của /u);
    expect(annex.attachedTo).not.toContain('Quyết định');
    expect(annex.attachedTo).not.toContain('Chủ tịch');
    expect(annex.parentLine).toMatch(/^Kế hoạch cấp trên: Kế hoạch số 12\/KH-UBND ngày/u);
  });

  it('keeps "Kèm theo Quyết định số …" for a plan issued by decision', async () => {
    const report = await check([join(ROOT, 'plans', '2026.yaml')], { asOf: '2026-06-01' });
    const annex = buildAnnex(report, report.files[0]!);
    expect(annex.attachedTo).toMatch(/^\(Kèm theo Quyết định số/u);
    expect(annex.parentLine).toMatch(/^Kế hoạch cấp trên: Quyết định số 714\/QĐ-UBND/u);
  });
});
