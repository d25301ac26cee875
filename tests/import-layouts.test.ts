import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';
import { check } from '../src/check.js';
import { formatImportNotes } from '../src/import/import-report.js';
import { planYaml } from '../src/plan/plan-yaml.js';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { readTextBlocks } from '../src/import/read-text.js';
import { readDocxBlocks } from '../src/import/read-docx.js';
import { findTargets } from '../src/import/find-targets.js';
import { importBlocks, type ImportNote } from '../src/import/import-plan.js';
import { loadMetricVocabulary } from '../src/import/metric-vocabulary.js';
import { validatePlan } from '../src/plan/validate-plan.js';
import { RuleSetCatalog } from '../src/rules/discover.js';

/**
 * Issue 12, item 1: the layout-variation corpus. Each tests/fixtures/layouts/<name>.txt is a small
 * plan written for one layout trait, and <name>.expected.yaml holds the plan (or the key facts) it
 * must import to, and how many notes of each kind the import gives (unplaced paragraphs and rows:
 * none unless listed). Imported in process.
 */
const DIR = join(ROOT, 'tests', 'fixtures', 'layouts');
const vocabulary = loadMetricVocabulary();
const parents = new RuleSetCatalog().all().filter((r) => r.parent);
const importText = (text: string) => importBlocks(readTextBlocks(text), { vocabulary, parents });

interface Expected {
  trait: string;
  plan: Record<string, unknown>;
  notes?: Partial<Record<ImportNote['kind'], number>>;
}

const count = (notes: ImportNote[], kind: ImportNote['kind']) => notes.filter((n) => n.kind === kind).length;

describe('import: layout-variation corpus (tests/fixtures/layouts)', () => {
  const names = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  it('has a fixture per trait', () => expect(names.length).toBeGreaterThanOrEqual(14));
  for (const name of names) {
    const expected = parse(readFileSync(join(DIR, `${name}.expected.yaml`), 'utf8')) as Expected;
    it(`${name}: ${expected.trait}`, () => {
      const { plan, notes } = importText(readFileSync(join(DIR, `${name}.txt`), 'utf8'));
      expect(plan).toMatchObject(expected.plan);
      expect(validatePlan(plan)).toEqual([]);
      const want = { unplaced: 0, 'table-row-unplaced': 0, 'table-no-task': 0, 'header-unknown': 0, ...expected.notes };
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, count(notes, k as ImportNote['kind'])]));
      expect(got, notes.map((n) => `${n.kind} ${n.pos?.line ?? ''} ${n.text}`).join('\n')).toEqual(want);
    });
  }
});

describe('import: a Word table whose cells are merged down in every column (.docx made here)', () => {
  it('reads one task from the rows a merged number and content cover, with every unit and product once', async () => {
    const c = (text: string, merge?: 'restart' | 'continue') =>
      new TableCell({
        children: [new Paragraph({ children: [new TextRun(text)] })],
        ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
      });
    const header = ['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm'];
    const table = new Table({
      rows: [
        new TableRow({ children: header.map((h) => c(h)) }),
        new TableRow({
          children: [
            c('1', 'restart'),
            c('Rà soát thủ tục hành chính', 'restart'),
            c('Phòng Kinh tế'),
            c('Công an xã', 'restart'),
            c('Quý II/2026', 'restart'),
            c('Báo cáo', 'restart'),
          ],
        }),
        new TableRow({
          children: [
            c('', 'continue'),
            c('', 'continue'),
            c('Phòng Văn hóa - Xã hội'),
            c('', 'continue'),
            c('', 'continue'),
            c('', 'continue'),
          ],
        }),
        new TableRow({
          children: [
            c('2'),
            c('Công khai thủ tục hành chính'),
            c('Trung tâm Phục vụ hành chính công'),
            c(''),
            c('Thường xuyên'),
            c('Danh mục'),
          ],
        }),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('KẾ HOẠCH')] }), table] }] });
    const { blocks } = await readDocxBlocks(Buffer.from(await Packer.toBuffer(doc)));
    const { plan, notes } = importBlocks(blocks, { vocabulary, parents });
    expect(plan.tasks.map((t) => [t.id, t.lead, t.partners, t.deadline, t.product])).toEqual([
      ['1', ['Phòng Kinh tế', 'Phòng Văn hóa - Xã hội'], ['Công an xã'], 'Quý II/2026', 'Báo cáo'],
      ['2', ['Trung tâm Phục vụ hành chính công'], undefined, 'Thường xuyên', 'Danh mục'],
    ]);
    expect(notes.filter((n) => n.kind === 'row-merged').map((n) => n.task)).toEqual(['1']);
  });
});

describe('import: a Word table with tables nested in its task cells (.docx made here)', () => {
  it('reads a nested list into the content, a nested list of units one unit a row, and a table nested twice', async () => {
    const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const c = (...children: (Paragraph | Table)[]) => new TableCell({ children: [...children, p('')] });
    const grid = (rows: (Paragraph | Table)[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map((x) => c(x)) })) });
    const header = ['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm'];
    const table = new Table({
      rows: [
        new TableRow({ children: header.map((h) => c(p(h))) }),
        new TableRow({
          children: [
            c(p('1')),
            c(
              p('Rà soát, đơn giản hóa các thủ tục hành chính:'),
              grid([
                [p('a)'), p('Đăng ký khai sinh')],
                [p('b)'), p('Chứng thực bản sao từ bản chính')],
              ]),
            ),
            c(p('Văn phòng HĐND và UBND')),
            c(grid([[p('Phòng Văn hóa - Xã hội')], [p('Công an xã')]])),
            c(p('Quý III/2026')),
            c(grid([[grid([[p('Báo cáo kết quả rà soát')]])]])),
          ],
        }),
        new TableRow({
          children: [
            c(p('2')),
            c(p('Công khai thủ tục hành chính')),
            c(p('Trung tâm Phục vụ hành chính công')),
            c(),
            c(p('Thường xuyên')),
            c(p('Danh mục')),
          ],
        }),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('KẾ HOẠCH')] }), table] }] });
    const { blocks } = await readDocxBlocks(Buffer.from(await Packer.toBuffer(doc)));
    const { plan, notes } = importBlocks(blocks, { vocabulary, parents });
    expect(plan.tasks.map((t) => [t.id, t.content, t.lead, t.partners, t.deadline, t.product])).toEqual([
      [
        '1',
        'Rà soát, đơn giản hóa các thủ tục hành chính: a) Đăng ký khai sinh b) Chứng thực bản sao từ bản chính',
        ['Văn phòng HĐND và UBND'],
        ['Phòng Văn hóa - Xã hội', 'Công an xã'],
        'Quý III/2026',
        'Báo cáo kết quả rà soát',
      ],
      ['2', 'Công khai thủ tục hành chính', ['Trung tâm Phục vụ hành chính công'], undefined, 'Thường xuyên', 'Danh mục'],
    ]);
    expect(notes.filter((n) => n.kind === 'unplaced' || n.kind === 'table-row-unplaced' || n.kind === 'row-merged')).toEqual([]);
  });
});

describe('import: never silent (issue 12, item 2)', () => {
  const read = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');

  it('names a task-like table from which no task was read, with the reason, and every row of it', () => {
    const { notes } = importText(read('no-header-row'));
    const lines = formatImportNotes('kh.txt', notes, 'vi');
    expect(lines).toContain(
      'kh.txt:15: bảng 1 có dạng bảng nhiệm vụ (cột số thứ tự, từ 3 cột) nhưng không nhiệm vụ nào được đọc: không có hàng tiêu đề STT',
    );
    expect(lines.filter((l) => /^kh\.txt:1[56]: hàng bảng không thuộc bảng nhiệm vụ nào/.test(l))).toHaveLength(2);
    expect(formatImportNotes('kh.txt', notes, 'en').join('\n')).toContain('table 1 looks like a task table');
  });

  it('names a header cell that matches no known column', () => {
    const text = read('numbered-no-parts')
      .replace('| Sản phẩm |', '| Sản phẩm | Kinh phí |')
      .replace(/\| (Kế hoạch|Danh mục niêm yết|Báo cáo quý) \|$/gm, '| $1 | 5 triệu |');
    const { plan, notes } = importText(text);
    expect(plan.tasks).toHaveLength(3);
    expect(notes.filter((n) => n.kind === 'header-unknown')).toEqual([
      { kind: 'header-unknown', pos: { line: 15 }, text: 'Kinh phí', column: 7 },
    ]);
    expect(formatImportNotes('kh.txt', notes, 'vi').join('\n')).toContain(
      'kh.txt:15: tiêu đề cột 7 «Kinh phí» không ứng với cột nào đã biết',
    );
  });

  it('reports every merged row with its position and the task it joined', () => {
    const { notes } = importText(read('continuation-rows'));
    const merged = notes.filter((n) => n.kind === 'row-merged').map((n) => `${n.pos?.line}→${n.task}`);
    expect(merged).toEqual(['19→I.1', '21→I.2', '23→I.3']);
    expect(formatImportNotes('kh.txt', notes, 'vi')).toContain('kh.txt:19: hàng không số thứ tự được gộp vào nhiệm vụ I.1 phía trên');
  });

  it('a plan with no task is an error of the checker (plan-has-tasks), not a pass', async () => {
    const { plan } = importText(read('no-header-row'));
    const t = tempDir();
    const file = t.write('no-tasks.yaml', planYaml(plan, '../schema/plan.schema.json', [plan.plan.title]));
    const report = await check([file], { asOf: '2026-06-01' });
    const findings = report.files[0]!.findings.filter((f) => f.ruleId === 'plan-has-tasks');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
  });

  it('plan-check import warns about an unread task table always, and exits 1 with --strict', () => {
    const t = tempDir();
    const file = join(DIR, 'no-header-row.txt');
    const plain = run(['import', file, '-o', join(t.dir, 'a.yaml')]);
    expect(plain.code).toBe(0);
    expect(plain.err).toContain('bảng 1 có dạng bảng nhiệm vụ');
    const strict = run(['import', file, '-o', join(t.dir, 'b.yaml'), '--strict', '--lang', 'en']);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('table 1 looks like a task table');
  });
});

describe('import: identity of every form (issue 12, item 3)', () => {
  it('a district-level plan passes issuer-level-in-force before 1/7/2025 and fails it after', async () => {
    const { plan } = importText(readFileSync(join(DIR, 'district-city-2025.txt'), 'utf8'));
    expect(plan.plan.issuer.level).toBe('district');
    const t = tempDir();
    const write = (name: string, p: typeof plan) => t.write(name, planYaml(p, '../schema/plan.schema.json', [p.plan.title]));
    const before = await check([write('2025.yaml', plan)], { asOf: '2025-06-01' });
    expect(before.files[0]!.findings.filter((f) => f.ruleId === 'issuer-level-in-force')).toEqual([]);
    const later = structuredClone(plan);
    later.plan.year = 2026;
    later.plan.document.date = '2026-02-10';
    const after = await check([write('2026.yaml', later)], { asOf: '2026-06-01' });
    expect(after.files[0]!.findings.filter((f) => f.ruleId === 'issuer-level-in-force')).toHaveLength(1);
  });
});

describe('import: the province from the issuer lines or the place name (issue 12, item 3)', () => {
  const read = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');
  const provinceOf = (text: string) => importText(text).plan.plan.issuer.province;

  it('the body printed above the issuer, on one line or in its own paragraph, gives the province; the issuer stays', () => {
    const lines = read('province-from-issuer-lines');
    const apart = lines.replace('UBND TỈNH NINH BÌNH\n', 'UBND TỈNH NINH BÌNH\n\n');
    const oneLine = lines.replace('ỦY BAN NHÂN DÂN\nHUYỆN YÊN KHÁNH', 'UBND HUYỆN YÊN KHÁNH');
    for (const text of [apart, oneLine]) {
      const { plan } = importText(text);
      expect(plan.plan.issuer).toMatchObject({ level: 'district', locality: 'Yên Khánh', province: 'Ninh Bình' });
    }
    const provinceIssuer = lines.replace('UBND TỈNH NINH BÌNH\nỦY BAN NHÂN DÂN\nHUYỆN YÊN KHÁNH', 'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH');
    expect(importText(provinceIssuer).plan.plan.issuer).toMatchObject({ level: 'province', locality: 'Ninh Bình', province: 'Ninh Bình' });
  });

  it("a place that is only the commune's own name, or a province merged away before the plan, gives none", () => {
    const text = read('province-from-place');
    expect(provinceOf(text.replace('Đồng Tháp, ngày', 'Tân Hòa, ngày'))).toBeUndefined();
    expect(provinceOf(text.replace(/TÂN HÒA/g, 'AN GIANG').replace('Đồng Tháp, ngày', 'An Giang, ngày'))).toBeUndefined();
    expect(provinceOf(text.replace('Đồng Tháp, ngày', 'Long An, ngày'))).toBeUndefined();
    const in2025 = text
      .replace('Đồng Tháp, ngày 12 tháng 01 năm 2026', 'Long An, ngày 12 tháng 01 năm 2025')
      .replace(/năm 2026/g, 'năm 2025');
    expect(provinceOf(in2025)).toBe('Long An');
  });
});

describe('import: objectives become plan-level targets (issue 12, item 4)', () => {
  it('a task at 90% against the plan\'s own "đạt từ 95% trở lên" is an error naming both figures, straight after import', async () => {
    const { plan } = importText(readFileSync(join(DIR, 'objectives-targets.txt'), 'utf8'));
    const t = tempDir();
    const file = t.write('objectives.yaml', planYaml(plan, '../schema/plan.schema.json', [plan.plan.title]));
    const report = await check([file], { asOf: '2026-06-01' });
    const below = report.files[0]!.findings.filter((f) => f.ruleId === 'target-not-below-headline');
    expect(below).toHaveLength(1);
    expect(below[0]!.severity).toBe('error');
    expect(below[0]!.message).toMatch(/90%.*95%/);
  });

  it('tasks that set the same indicator at different levels are reported (targets-consistent-across-tasks)', async () => {
    const report = await check([join(ROOT, 'tests/fixtures/rules/targets-consistent-across-tasks/invalid.yaml')], { asOf: '2026-06-01' });
    const found = report.files[0]!.findings.filter((f) => f.ruleId === 'targets-consistent-across-tasks');
    expect(found.map((f) => f.message)).toEqual([
      'Nhiệm vụ 2: chỉ tiêu satisfaction 90% thấp hơn mức 95% mà nhiệm vụ 1 đặt cho cùng chỉ tiêu',
    ]);
  });
});

describe('import: a figure read with doubt is a note, not a guess (issue 12, item 5)', () => {
  const read = (text: string) => findTargets(text, vocabulary);
  it.each([
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 90% đến 95%', 'bound'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt 90-95%', 'bound'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối đa 5%', 'bound'],
    ['Mức độ hài lòng của người dân không quá 80%', 'bound'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn và mức độ hài lòng của người dân đạt 95%', 'metric'],
  ])('%s: no target, a doubt about the %s', (text, doubt) => {
    const found = read(text);
    expect(found.targets).toEqual([]);
    expect(found.doubtful.map((d) => d.doubt)).toEqual([doubt]);
  });

  it.each([
    ['phần đầu tỷ lệ giải quyết đúng hạn và trước hạn đạt trên 98%', 'on_time_resolution > 98'],
    ['hạn chế tối đa hồ sơ quá hạn, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%', 'on_time_resolution = 98'],
    ['Mức độ hài lòng không dưới 90%', 'satisfaction >= 90'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98% trong giai đoạn 2021-2025', 'on_time_resolution = 98'],
  ])('%s: read without doubt (%s)', (text, want) => {
    const found = read(text);
    expect(found.targets.map((t) => `${t.metric} ${t.bound} ${t.value}`)).toEqual([want]);
    expect(found.doubtful).toEqual([]);
  });

  it('the import names the task and the figure, in both languages', () => {
    const text = readFileSync(join(DIR, 'numbered-no-parts.txt'), 'utf8').replace(
      /\| Kế hoạch \|$/m,
      '| Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 90% đến 95% |',
    );
    const { plan, notes } = importText(text);
    const doubtful = notes.filter((n) => n.kind === 'figure-doubtful');
    expect(doubtful).toHaveLength(1);
    expect(notes.filter((n) => n.kind === 'figure-unrecognised')).toEqual([]); // the range's second figure is the same doubt
    expect(plan.tasks.find((t) => t.id === doubtful[0]!.task)?.targets).toBeUndefined();
    expect(formatImportNotes('kh.txt', doubtful, 'vi')[0]).toMatch(/nhiệm vụ \S+: số liệu «Tỷ lệ hồ sơ .*95%» không rõ là mức tối thiểu/);
    expect(formatImportNotes('kh.txt', doubtful, 'en')[0]).toContain('is not clearly a floor, a ceiling or a range');
  });

  it("a doubtful figure of the plan's objectives is a note too, and no plan-level target", () => {
    const text = readFileSync(join(DIR, 'objectives-targets.txt'), 'utf8').replace('đạt từ 95% trở lên', 'đạt từ 90% đến 95%');
    const { plan, notes } = importText(text);
    expect(plan.targets?.some((t) => t.metric === 'satisfaction')).toBeFalsy();
    const doubtful = notes.filter((n) => n.kind === 'figure-doubtful' && n.task === undefined);
    expect(doubtful).toHaveLength(1);
    expect(formatImportNotes('kh.txt', doubtful, 'vi')[0]).toContain('mục tiêu, chỉ tiêu của kế hoạch: số liệu «');
  });
});

describe('import: metric vocabulary (issue 12, item 5): must match and must not match', () => {
  const metricOf = (text: string) => findTargets(text, vocabulary).targets.map((t) => `${t.metric} ${t.bound} ${t.value}`);
  it.each([
    ['Mức độ hài lòng của người dân về giải quyết TTHC đạt tối thiểu 95%', 'satisfaction >= 95'],
    ['Mức độ hài lòng của người dân về việc xử lý phản ánh, kiến nghị đạt từ 90% trở lên', 'satisfaction_feedback_handling >= 90'],
    ['100% phản ánh, kiến nghị được xử lý đúng hạn', 'feedback_handled_on_time = 100'],
    ['100% kiến nghị được xem xét, xử lý theo quy định', 'feedback_handled = 100'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%', 'on_time_resolution = 98'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt khoảng 98%', 'on_time_resolution ~ 98'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%', 'on_time_resolution > 98'],
  ])('%s → %s', (text, want) => expect(metricOf(text)).toEqual([want]));

  it.each([
    ['Mức độ hài lòng về xử lý phản ánh, kiến nghị đạt 90%', 'satisfaction'],
    ['100% phản ánh, kiến nghị được xử lý đúng hạn', 'on_time_resolution'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt khoảng 98%', 'on_time_resolution >= 98'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt khoảng 98%', 'on_time_resolution = 98'],
  ])('%s is not read as %s', (text, not) => expect(metricOf(text).some((m) => m === not || m.startsWith(`${not} `))).toBe(false));

  it.each([
    ['Tỷ lệ hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích đạt tối thiểu 20%', 'postal_public_service >= 20'],
    ['100% thủ tục hành chính nội bộ được thống kê, công bố, công khai', 'internal_procedures = 100'],
    ['Cắt giảm tối thiểu 30% chi phí tuân thủ thủ tục hành chính', 'simplification_cost_cut >= 30'],
    ['Cắt giảm 50% thời gian giải quyết thủ tục hành chính so với quy định', 'simplification_time_cut >= 50'],
    [
      'Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg đạt từ 85% trở lên',
      'service_index_766 >= 85',
    ],
    ['Điểm Bộ chỉ số 766 của xã đạt trên 90%', 'service_index_766 > 90'],
  ])('postal service, internal procedures, cuts, the 766 index: %s → %s', (text, want) => expect(metricOf(text)).toEqual([want]));

  it.each([
    ['100% hồ sơ được tiếp nhận trực tuyến', 'postal_public_service'],
    ['100% thủ tục hành chính được công bố, công khai (bao gồm cả thủ tục hành chính nội bộ)', 'internal_procedures'],
    ['Đề xuất phương án đơn giản hóa thủ tục hành chính nội bộ, cắt giảm 40% thời gian giải quyết', 'internal_procedures'],
    ['Giảm 20% chi phí đi lại của người dân', 'simplification_cost_cut'],
    ['Đánh giá chất lượng phục vụ theo thời gian thực, giảm 10% hồ sơ trễ hạn', 'simplification_time_cut'],
    ['Mức độ hài lòng của người dân theo Bộ chỉ số 766 đạt 95%', 'service_index_766'],
    ['Chỉ số cải cách hành chính của xã đạt 90%', 'service_index_766'],
  ])('%s is not read as %s', (text, not) => expect(metricOf(text).some((m) => m === not || m.startsWith(`${not} `))).toBe(false));
});
