import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { zipSync, strToU8 } from 'fflate';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { ROOT, cli, sha } from './helpers/cli.js';
import { tempDir, MINIMAL_PLAN as MINIMAL_PLAN_TEXT } from './helpers/temp.js';
import fc from 'fast-check';
import type { PlanData } from '../src/plan/plan-types.js';
import { readTextBlocks } from '../src/import/read-text.js';
import { readDocxBlocks } from '../src/import/read-docx.js';
import { importBlocks } from '../src/import/import-plan.js';
import { splitUnits } from '../src/import/split-units.js';
import { findTargets } from '../src/import/find-targets.js';
import { cellLines } from '../src/import/cell-lines.js';
import { loadMetricVocabulary } from '../src/import/metric-vocabulary.js';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { check } from '../src/check.js';
import { semanticChanges } from './helpers/rendered-docx.js';

/** The three real plans (text of the signed Word files), as given in ../shared/seeds. */
const SEEDS = join(ROOT, 'tests', 'fixtures', 'seeds');
const vocabulary = loadMetricVocabulary();
const parents = new RuleSetCatalog().all().filter((r) => r.parent);
const importText = (text: string) => importBlocks(readTextBlocks(text), { vocabulary, parents });

/** Semantic changes between a hand-checked plan and an imported one, as `plan-check diff -f json` lists them (in process). */
const semanticDiff = (expected: string, actual: string) => semanticChanges(join(ROOT, expected), actual);

describe('plan-check import: the seeds round trip to the hand-checked plans', () => {
  const cases = [
    ['000_a45b2e685730e312.txt', 'plans/2026.yaml', 33],
    ['004_22d08e73994c62c9.txt', 'plans/ninh-giang-kstthc-2026.yaml', 32],
    ['002_a0237a3520aeca6a.txt', 'plans/nam-do-son-cchc-2026.yaml', 53],
  ] as const;
  for (const [seed, plan, tasks] of cases) {
    it(`${seed} → ${plan}: no semantic change, nothing left unplaced`, async () => {
      const t = tempDir();
      const out = join(t.dir, 'imported.yaml');
      const before = sha(join(SEEDS, seed));
      const r = await cli(['import', join(SEEDS, seed), '-o', out]);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`Đã nhập ${tasks} nhiệm vụ`);
      expect(r.err).toContain('0 đoạn chưa xếp được');
      expect(sha(join(SEEDS, seed))).toBe(before);
      expect(await semanticDiff(plan, out)).toEqual([]);
      // The imported plan is a valid plan the checker runs on (what exits 0 or 1, never 2: the
      // check completes and the file is read).
      const report = await check([out], { asOf: '2026-06-01' });
      expect(report.files).toHaveLength(1);
      expect(report.files[0]!.findings.filter((f) => f.ruleId === 'input-readable')).toEqual([]);
      expect(readFileSync(out, 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*schema\/plan\.schema\.json\n/);
    });
  }

  it('reads identity, legal bases, articles, distribution and signer from seed 000', () => {
    const { plan } = importText(readFileSync(join(SEEDS, '000_a45b2e685730e312.txt'), 'utf8'));
    const hand = parse(readFileSync(join(ROOT, 'plans/2026.yaml'), 'utf8'));
    expect(plan.plan.issuer).toEqual(hand.plan.issuer);
    expect(plan.plan.document).toEqual(hand.plan.document);
    expect(plan.plan.parent).toEqual({ ...hand.plan.parent, date: '2026-02-27' });
    expect(plan.plan.titles).toEqual(hand.plan.titles);
    expect(plan.decision?.proposer).toBe(hand.decision.proposer);
    expect(plan.decision?.articles?.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(plan.decision?.articles?.[1]?.clauses).toEqual(hand.decision.articles[1].clauses);
    expect(plan.distribution).toEqual(hand.distribution);
    expect(plan.sections).toEqual(hand.sections);
  });

  it('reads the CCHC headline targets with where they are printed (seed 002)', () => {
    const { plan } = importText(readFileSync(join(SEEDS, '002_a0237a3520aeca6a.txt'), 'utf8'));
    const hand = parse(readFileSync(join(ROOT, 'plans/nam-do-son-cchc-2026.yaml'), 'utf8'));
    const key = (t: { metric: string; value: number; printed_at?: string }) => `${t.metric}=${t.value}@${t.printed_at}`;
    expect(new Set(plan.targets!.map(key))).toEqual(new Set(hand.targets.map(key)));
    expect(plan.plan.kind).toBe('cchc');
    expect(plan.plan.document.signer).toEqual({ name: 'Hoàng Gia Đông', capacity: 'none', title: 'Chủ tịch' });
  });

  it('gives the same plan from NFD text as from NFC text', () => {
    const text = readFileSync(join(SEEDS, '004_22d08e73994c62c9.txt'), 'utf8');
    expect(importText(text.normalize('NFD')).plan).toEqual(importText(text).plan);
  });
});

describe('plan-check import: nothing is dropped silently', () => {
  const base = readFileSync(join(SEEDS, '004_22d08e73994c62c9.txt'), 'utf8');

  it('reports a stray paragraph with its line', async () => {
    const text = base.replace('\nSTT\t', '\nĐoạn văn lạc chỗ không thuộc phần nào.\n\nSTT\t');
    const line = text.split('\n').findIndex((l) => l.startsWith('Đoạn văn lạc chỗ')) + 1;
    const t = tempDir();
    const file = t.write('ke-hoach.txt', text);
    const r = await cli(['import', file, '-o', join(t.dir, 'out.yaml')]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${file}:${line}: chưa xếp được vào kế hoạch: «Đoạn văn lạc chỗ không thuộc phần nào.»`);
    expect(r.err).toContain('1 đoạn chưa xếp được');
    expect((await cli(['import', file, '-o', join(t.dir, 'strict.yaml'), '--strict'])).code).toBe(1);
    expect((await cli(['import', file, '--lang', 'en', '-o', join(t.dir, 'en.yaml')])).err).toContain(
      `${file}:${line}: not placed in the plan`,
    );
  });

  it('reports table rows that sit under no header row; a table as wide as the task table continues it', () => {
    const text = `${base}\n\n| 9 | Hàng không có tiêu đề | A |\n`;
    const notes = importText(text).notes.filter((n) => n.kind === 'table-row-unplaced');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toContain('Hàng không có tiêu đề');
    expect(notes[0]!.pos?.line).toBe(text.split('\n').length - 1);
    const continued = importText(`${base}\n\n| 9 | Việc thêm ở bảng tách rời | Công an xã | | Quý IV/2026 | Báo cáo |\n`);
    expect(continued.notes.filter((n) => n.kind === 'table-row-unplaced')).toEqual([]);
    expect(continued.plan.tasks.at(-1)).toMatchObject({ id: 'V.9', content: 'Việc thêm ở bảng tách rời', lead: ['Công an xã'] });
  });

  it('reports a percentage it cannot tie to a metric, with its task', () => {
    const text = base.replace(
      'Xây dựng văn bản chỉ đạo của UBND xã',
      'Phấn đấu 75% số thôn có điểm wifi; xây dựng văn bản chỉ đạo của UBND xã',
    );
    const r = importText(text);
    const note = r.notes.find((n) => n.kind === 'figure-unrecognised');
    expect(note).toMatchObject({ task: 'I.1', text: 'Phấn đấu 75% số thôn có điểm wifi' });
    expect(r.plan.tasks.find((t) => t.id === 'I.1')?.targets).toBeUndefined();
  });
});

describe('plan-check import: bad input', () => {
  it('refuses an old .doc, a damaged .docx and a zip bomb, with exit 2 and no stack trace', async () => {
    const t = tempDir();
    const doc = t.write('cu.doc', 'x');
    const old = await cli(['import', doc]);
    expect(old).toMatchObject({ code: 2 });
    expect(old.err).toContain('lưu thành .docx');
    const fake = t.write('gia.docx', 'đây không phải tệp Word');
    const r = await cli(['import', fake]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không phải tệp Word (.docx) hợp lệ');
    expect(r.err).not.toMatch(/\n\s+at /);
    // A small archive whose directory claims 300 MB once unpacked.
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    const view = Buffer.from(zip);
    const central = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.writeUInt32LE(300 * 1024 * 1024, central + 24);
    const bomb = t.write('bom.docx', view);
    const b = await cli(['import', bomb]);
    expect(b.code).toBe(2);
    expect(b.err).toContain('giải nén ra quá lớn');
  });

  it('never overwrites an existing file without --force', async () => {
    const t = tempDir();
    const out = t.write('plan.yaml', 'giữ nguyên\n');
    const r = await cli(['import', join(SEEDS, '004_22d08e73994c62c9.txt'), '-o', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('giữ nguyên\n');
    expect((await cli(['import', join(SEEDS, '004_22d08e73994c62c9.txt'), '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Ninh Giang');
  });
});

describe('import pieces', () => {
  it('splits unit cells the way the seeds write them', () => {
    expect(splitUnits(['Trung tâm Phục vụ hành chính công xã. Phòng Văn hóa – xã hội'])).toEqual([
      'Trung tâm Phục vụ hành chính công xã',
      'Phòng Văn hóa – xã hội',
    ]);
    expect(splitUnits(['- Trung tâm sự nghiệp công - Trang thông tin điện tử xã'])).toEqual([
      'Trung tâm sự nghiệp công',
      'Trang thông tin điện tử xã',
    ]);
    expect(splitUnits(['- Phòng Văn hóa - Xã hội'])).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(splitUnits(['Các phòng chuyên môn, các cơ quan, đơn vị liên quan'])).toEqual([
      'Các phòng chuyên môn, các cơ quan, đơn vị liên quan',
    ]);
    expect(splitUnits(['Văn phòng HĐND và UBND xã; Công an xã.'])).toEqual(['Văn phòng HĐND và UBND xã', 'Công an xã']);
    expect(splitUnits([])).toEqual([]);
  });

  it('finds targets, bounds and baselines in task text', () => {
    const a = findTargets(
      'Rà soát TTHC; cắt giảm 50% thời gian giải quyết TTHC, 50% chi phí tuân thủ TTHC so với năm 2024...',
      vocabulary,
    ).targets;
    expect(a.map((t) => [t.metric, t.value, t.bound, t.baseline_year])).toEqual([
      ['simplification_time_cut', 50, '>=', undefined],
      ['simplification_cost_cut', 50, '>=', 2024],
    ]);
    const b = findTargets(
      'Mức độ hài lòng của người dân đối với sự phục vụ của UBND; mức độ hài lòng về các dịch vụ y tế, giáo dục công lập đạt tối thiểu 90%.',
      vocabulary,
    ).targets;
    expect(b.map((t) => [t.metric, t.value])).toEqual([
      ['satisfaction', 90],
      ['satisfaction_public_services', 90],
    ]);
    const c = findTargets('phần đầu tỷ lệ giải quyết đúng hạn và trước hạn đạt trên 98%', vocabulary).targets;
    expect(c[0]).toMatchObject({ metric: 'on_time_resolution', bound: '>', value: 98 });
    expect(
      findTargets('100 % hồ sơ thủ tục hành chính được cập nhật trên Hệ thống thông tin giải quyết thủ tục hành chính', vocabulary)
        .targets[0],
    ).toMatchObject({ metric: 'records_on_system', value: 100, bound: '=' });
    expect(findTargets('Tổ chức hội nghị tập huấn', vocabulary)).toEqual({ targets: [], unknown: [], doubtful: [] });
  });

  it('turns HTML bits and emphasis of text conversions into lines', () => {
    expect(cellLines('<ul style="list-style-type: none"> - A; - B</ul>')).toEqual(['- A; - B']);
    expect(cellLines('theo quy định (<i>bao gồm</i>)<sup>1</sup>')).toEqual(['theo quy định (bao gồm)']);
    expect(cellLines('**Phòng Văn hóa - Xã hội.** &amp; (*ghi chú*)')).toEqual(['Phòng Văn hóa - Xã hội. & (ghi chú)']);
  });

  it('reads pipe and tab tables, skipping the rule row, with their lines', () => {
    const blocks = readTextBlocks('Đoạn một\n\n| STT | Nội dung |\n|---|---|\n| 1 | A |\n\nSTT\tNội dung\n1\tB\n');
    expect(blocks.map((b) => [b.kind, b.pos.line])).toEqual([
      ['paragraph', 1],
      ['table', 3],
      ['table', 7],
    ]);
    expect(blocks[1]!.kind === 'table' && blocks[1]!.rows.map((r) => r.pos.line)).toEqual([3, 5]);
  });

  it('lays a Word table on its grid: merged rows repeat the unit, a merged section row spans', async () => {
    const c = (text: string, extra: Record<string, unknown> = {}) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], ...extra });
    const table = new Table({
      rows: [
        new TableRow({
          children: ['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm'].map((h) =>
            c(h),
          ),
        }),
        new TableRow({ children: [c('I'), c('Nhiệm vụ chung', { columnSpan: 5 })] }),
        new TableRow({
          children: [
            c('1'),
            c('Việc một'),
            c('Trung tâm Phục vụ hành chính công', { verticalMerge: VerticalMergeType.RESTART }),
            c('Công an xã'),
            c('Quý I/2026'),
            c('Báo cáo'),
          ],
        }),
        new TableRow({
          children: [c('2'), c('Việc hai'), c('', { verticalMerge: VerticalMergeType.CONTINUE }), c(''), c('Quý II/2026'), c('Kế hoạch')],
        }),
      ],
    });
    const doc = new Document({
      sections: [{ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Phụ lục')] }), table] }],
    });
    const { blocks } = await readDocxBlocks(Buffer.from(await Packer.toBuffer(doc)));
    const { plan } = importBlocks(blocks, { vocabulary, parents });
    expect(plan.sections).toEqual([{ id: 'I', title: 'Nhiệm vụ chung' }]);
    expect(plan.tasks.map((t) => [t.id, t.lead, t.deadline])).toEqual([
      ['I.1', ['Trung tâm Phục vụ hành chính công'], 'Quý I/2026'],
      ['I.2', ['Trung tâm Phục vụ hành chính công'], 'Quý II/2026'],
    ]);
  });
});

describe('import properties (fast-check)', () => {
  it('never throws on arbitrary text, and every word of every table row ends up in the plan or in a note', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        'QUYẾT ĐỊNH',
        'KẾ HOẠCH',
        'Phụ lục',
        'Căn cứ Luật X;',
        'Điều 1. Y.',
        'Nơi nhận:',
        '- Lưu: VT.',
        'KT. CHỦ TỊCH',
        'I. MỤC ĐÍCH',
        '1. Mục đích',
        '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Sản phẩm |',
        '| 1 | a | b | c | d | e |',
        '|  | x |',
        '| | | lẻ loi | | | |',
        'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn\tSản phẩm',
        '1.\tviệc\tđơn vị',
        '\t\t\tcòn tiếp',
        '- Cơ quan chủ trì: A',
        '1.1. Việc',
        '**Đậm**',
        '<ul> - a</ul>',
        '50% hồ sơ',
        '',
      ),
    );
    const words = (s: string) => s.toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (lines) => {
        const blocks = readTextBlocks(lines.join('\n'));
        const r = importBlocks(blocks, { vocabulary, parents });
        const out = new Set(words(JSON.stringify(r.plan) + JSON.stringify(r.notes)));
        for (const b of blocks) {
          if (b.kind !== 'table') continue;
          for (const row of b.rows) {
            if (/^(STT|TT)$/i.test((row.cells[0] ?? []).join(' ').trim())) continue;
            for (const w of row.cells.flatMap((c) => c.flatMap(words)))
              expect(out.has(w), `"${w}" of row at line ${row.pos.line}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('render → import gives back any plan made of sections, numbered tasks and sub-rows', async () => {
    const { planDocument } = await import('../src/render/plan-document.js');
    const { planDocx } = await import('../src/render/plan-docx.js');
    const words = fc
      .array(
        fc.constantFrom(
          'rà soát',
          'công khai',
          'Trung tâm',
          'hồ sơ',
          'xã',
          'đ',
          'Ủy ban',
          'năm 2026',
          'kế hoạch',
          '“số hóa”',
          '(dự kiến)',
          'Hải Phòng',
          'các',
        ),
        { minLength: 1, maxLength: 12 },
      )
      .map((w) => `Nhiệm vụ ${w.join(' ')}`);
    const unit = fc.constantFrom(
      'Trung tâm Phục vụ hành chính công',
      'Văn phòng HĐND và UBND xã',
      'Phòng Văn hóa - Xã hội',
      'Các cơ quan, đơn vị liên quan',
      'Công an xã',
    );
    const task = fc.record({
      content: words,
      lead: fc.uniqueArray(unit, { minLength: 1, maxLength: 2 }),
      partners: fc.uniqueArray(unit, { maxLength: 3 }),
      deadline: fc.constantFrom('Thường xuyên', 'Quý II/2026', 'Trước ngày 15/9/2026'),
      product: fc.option(words, { nil: null }),
      sub: fc.boolean(),
    });
    const part = fc.record({ title: words, tasks: fc.array(task, { minLength: 1, maxLength: 4 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(part, { minLength: 1, maxLength: 3 }), async (parts) => {
        const romans = ['I', 'II', 'III'];
        const sections: { id: string; title: string }[] = [];
        const tasks: PlanData['tasks'] = [];
        parts.forEach((p, i) => {
          const top = romans[i]!;
          sections.push({ id: top, title: p.title });
          const numbered = p.tasks.filter((t) => !t.sub);
          const subs = p.tasks.filter((t) => t.sub);
          numbered.forEach((t, k) =>
            tasks.push({
              id: `${top}.${k + 1}`,
              section: top,
              content: t.content,
              lead: t.lead,
              ...(t.partners.length ? { partners: t.partners } : {}),
              deadline: t.deadline,
              product: t.product,
            }),
          );
          if (subs.length) {
            const group = `${top}.${numbered.length + 1}`;
            sections.push({ id: group, title: `Nhóm ${group}` });
            subs.forEach((t, k) =>
              tasks.push({
                id: `${group}.${'abcd'[k]}`,
                numbered: false,
                section: group,
                content: t.content,
                lead: t.lead,
                ...(t.partners.length ? { partners: t.partners } : {}),
                deadline: t.deadline,
                product: t.product,
              }),
            );
          }
        });
        const plan = { ...(parse(MINIMAL_PLAN_TEXT) as PlanData), sections, tasks };
        const { blocks } = await readDocxBlocks(await planDocx(planDocument(plan)));
        const back = importBlocks(blocks, { vocabulary, parents }).plan;
        expect(back.sections).toEqual(sections);
        expect(back.tasks.map(({ targets: _t, ...rest }) => ({ ...rest, product: rest.product ?? null }))).toEqual(tasks);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
