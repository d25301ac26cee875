import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check } from '../src/check.js';
import { importBlocks } from '../src/import/import-plan.js';
import { loadMetricVocabulary } from '../src/import/metric-vocabulary.js';
import { readTextBlocks } from '../src/import/read-text.js';
import { loadRuleSetFromYaml } from '../src/rules/load-ruleset.js';
import { assignedToCommunes, draftKeywords, draftParentRuleset, NoParentReference } from '../src/tools/from-parent.js';
import { ROOT, run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

/**
 * Issue 12, item 6: a parent plan (a province's or city's) imported with the plan import and
 * drafted as its data-only rule set. The fixtures under tests/fixtures/parents are written for
 * this test (no published text). In process, except one CLI run.
 */
const DIR = join(ROOT, 'tests', 'fixtures', 'parents');
const vocabulary = loadMetricVocabulary();
const importFile = (name: string) => importBlocks(readTextBlocks(readFileSync(join(DIR, name), 'utf8')), { vocabulary, parents: [] });

interface DraftedRequirement {
  id: string;
  kind: 'target' | 'task';
  title: string;
  target?: { metric: string; min: number };
  deadline?: string;
  match?: { all?: string[] };
  source: { ref: string; article: string };
  evidence: string[];
}

/** A temporary rules folder holding the core rule sets and the legal registry. */
function rulesFolder() {
  const t = tempDir('plan-check-from-parent-');
  const rulesDir = join(t.dir, 'rules');
  cpSync(join(ROOT, 'rules', 'core'), join(rulesDir, 'core'), { recursive: true });
  cpSync(join(ROOT, 'rules', 'legal'), join(rulesDir, 'legal'), { recursive: true });
  cpSync(join(ROOT, 'rules', 'vocabulary'), join(rulesDir, 'vocabulary'), { recursive: true });
  return { t, rulesDir };
}

describe('rules from-parent: a province plan drafted as its rule set', () => {
  const name = 'lam-dong-cchc-2026.txt';
  const source = readFileSync(join(DIR, name), 'utf8').split('\n');
  const draft = draftParentRuleset(importFile(name), { file: name, output: 'rules/lam-dong/2026-cchc.yaml' });
  const rs = parse(draft.text) as {
    id: string;
    parent: { ref: string; date: string };
    applies_to: object;
    requirements: DraftedRequirement[];
  };
  const byTitle = (s: string) => rs.requirements.find((r) => r.title.includes(s));

  it('identifies the parent plan and the plans it applies to; data only (no rules)', () => {
    expect(rs.id).toBe('lam-dong/2026-cchc');
    expect(rs.parent).toMatchObject({ ref: '88/QĐ-UBND', date: '2025-12-20' });
    expect(rs.applies_to).toEqual({ level: 'commune', province: 'Lâm Đồng', year: 2026, kind: 'cchc' });
    expect(Object.keys(rs)).not.toContain('rules');
  });

  it('takes floors from the targets, not from an approximate figure', () => {
    const floors = rs.requirements.filter((r) => r.kind === 'target').map((r) => [r.target!.metric, r.target!.min]);
    expect(floors).toEqual([
      ['satisfaction', 95],
      ['online_receipt', 80],
    ]);
    expect(draft.skipped).toEqual([{ reason: 'approximate', text: expect.stringContaining('khoảng 70%') }]);
  });

  it('takes the tasks the communes lead or take part in, with their deadlines, and no other', () => {
    const tasks = rs.requirements.filter((r) => r.kind === 'task');
    expect(tasks.map((r) => [r.title, r.deadline])).toEqual([
      ['Rà soát, hệ thống hóa văn bản quy phạm pháp luật do địa phương ban hành', 'Quý III/2026'], // lead: UBND các xã, phường
      ['Niêm yết, công khai thủ tục hành chính tại bộ phận một cửa', 'Thường xuyên'], // partner: UBND các xã, phường
      ['Kiện toàn tổ chức bộ máy, sắp xếp đơn vị sự nghiệp công lập', 'Chậm nhất ngày 30/9/2026'], // lead: UBND cấp xã
    ]);
    for (const r of tasks) expect(r.match?.all?.length).toBeGreaterThan(0);
  });

  it('records for each requirement the printed text and the position it came from', () => {
    for (const r of rs.requirements) {
      expect(r.source.ref).toBe('88/QĐ-UBND');
      expect(r.evidence[0]).toContain(r.title);
      expect(r.evidence[0]).toContain(name);
    }
    // A task's position is the line of the source that prints it.
    const task = byTitle('Kiện toàn tổ chức bộ máy')!;
    const line = Number(/dòng (\d+)/u.exec(task.evidence[0]!)![1]);
    expect(source[line - 1]).toContain('Kiện toàn tổ chức bộ máy');
    expect(task.source.article).toContain('III.1');
    expect(byTitle('đạt từ 95% trở lên')!.source.article).toContain('Mục tiêu');
  });

  it('loads as a rule set and runs: a commune plan below the floor and missing a task fails on them', async () => {
    const { t, rulesDir } = rulesFolder();
    mkdirSync(join(rulesDir, 'lam-dong'));
    const file = join(rulesDir, 'lam-dong', '2026-cchc.yaml');
    writeFileSync(file, draft.text);
    const loaded = loadRuleSetFromYaml(file);
    expect(loaded.rules).toEqual([]);
    expect(loaded.requirements).toHaveLength(5);

    const plan = t.write(
      'xa.yaml',
      `plan:
  kind: cchc
  year: 2026
  title: Kế hoạch cải cách hành chính năm 2026 trên địa bàn xã Đạ Tẻh
  issuer: { name: Ủy ban nhân dân xã Đạ Tẻh, level: commune, type: xã, locality: Đạ Tẻh, province: Lâm Đồng }
  document: { form: KH-UBND, number: null, date: null }
tasks:
  - id: "1"
    content: Rà soát, hệ thống hóa văn bản quy phạm pháp luật do xã ban hành
    lead: [Văn phòng HĐND và UBND xã]
    deadline: Quý III/2026
    product: Báo cáo rà soát
  - id: "2"
    content: Niêm yết, công khai thủ tục hành chính; mức độ hài lòng của người dân đạt 90%
    lead: [Văn phòng HĐND và UBND xã]
    deadline: Thường xuyên
    product: Danh mục niêm yết
    targets: [{ metric: satisfaction, bound: ">=", value: 90, unit: percent }]
`,
    );
    const report = await check([plan], { rulesDir, asOf: '2026-06-01' });
    const f = report.files[0]!;
    expect(f.rulesets.map((r) => r.id)).toContain('lam-dong/2026-cchc');
    const status = (id: string) => f.checks.find((c) => c.ruleId === id)?.status;
    expect(status('LD-88/satisfaction')).toBe('fail'); // 90 % against a floor of 95 %
    expect(status('LD-88/online-receipt')).toBe('fail'); // no target at all
    expect(status('LD-88/task-i-2')).toBe('pass');
    expect(status('LD-88/task-ii-1')).toBe('pass');
    expect(status('LD-88/task-iii-1')).toBe('fail');
    const floor = f.findings.find((x) => x.ruleId === 'parent-target-floor')!;
    expect(floor.message).toMatch(/90%.*95%/u);
  });
});

describe('rules from-parent: a city plan issued as a Kế hoạch', () => {
  it('cites the Kế hoạch and takes the tasks given to "Ủy ban nhân dân các xã, phường" and "UBND cấp xã"', () => {
    const name = 'hue-kstthc-2026-kh.txt';
    const draft = draftParentRuleset(importFile(name), { file: name });
    const rs = parse(draft.text) as { id: string; parent: { ref: string }; requirements: DraftedRequirement[] };
    expect(rs.id).toBe('hue/2026-kstthc');
    expect(rs.parent.ref).toBe('17/KH-UBND');
    const tasks = rs.requirements.filter((r) => r.kind === 'task').map((r) => r.source.article);
    expect(tasks).toEqual([expect.stringContaining('nhiệm vụ 1'), expect.stringContaining('nhiệm vụ 3')]);
    expect(rs.requirements.some((r) => r.target?.metric === 'procedures_published' && r.target.min === 100)).toBe(true);
  });

  it('refuses a document without number and date', () => {
    const imported = importFile('hue-kstthc-2026-kh.txt');
    imported.plan.plan.document.number = null;
    expect(() => draftParentRuleset(imported, { file: 'x.txt' })).toThrow(NoParentReference);
  });
});

describe('rules from-parent: the words it drafts with', () => {
  it('recognises the communes as lead or partner, and not a department', () => {
    const task = (lead: string[], partners: string[] = []) => ({ id: '1', content: 'x', lead, partners });
    expect(assignedToCommunes(task(['UBND các xã, phường']))).toBe(true);
    expect(assignedToCommunes(task(['Sở Nội vụ'], ['Uỷ ban nhân dân cấp xã']))).toBe(true);
    expect(assignedToCommunes(task(['Chủ tịch UBND các xã, phường, đặc khu']))).toBe(true);
    expect(assignedToCommunes(task(['Sở Nội vụ'], ['Các sở, ngành']))).toBe(false);
  });
  it('drafts two keywords of the content, leaving out common plan words', () => {
    expect(draftKeywords('Niêm yết, công khai thủ tục hành chính tại bộ phận một cửa')).toEqual(['niêm yết', 'công khai']);
    expect(draftKeywords('Tổ chức thực hiện kiểm tra công tác cải cách hành chính')).toEqual(['kiểm tra', 'cải cách']);
  });
});

describe('plan-check rules from-parent (command line)', () => {
  it('writes the draft where -o says, and it loads', () => {
    const t = tempDir('plan-check-from-parent-cli-');
    const out = join(t.dir, 'rules', 'lam-dong', '2026-cchc.yaml');
    const r = run(['rules', 'from-parent', 'tests/fixtures/parents/lam-dong-cchc-2026.txt', '-o', out]);
    expect(r.code, r.err).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(loadRuleSetFromYaml(out).id).toBe('lam-dong/2026-cchc');
    expect(r.err).toContain('lam-dong/2026-cchc');
    expect(r.err).toContain('khoảng 70%');
  });
});
