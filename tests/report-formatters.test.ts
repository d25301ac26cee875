import { beforeEach, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildReport, isOpen, openCounts } from '../src/report/build-report.js';
import { format } from '../src/report/formatters/index.js';
import { formatJson, JsonStream } from '../src/report/formatters/json.js';
import { provenanceLines } from '../src/report/provenance.js';
import type { Check, FileReport, Finding, Report } from '../src/types.js';

/**
 * Every formatter on one small report built by hand, whose every field is known: findings of each
 * severity, one waived, one from the baseline, with and without fix, source, end position; checks
 * of each status; two files. Each format is checked line by line against what it must say.
 */
const SRC = { ref: '63/2010/NĐ-CP', title: 'Kiểm soát TTHC', article: 'Điều 5', url: 'https://example.org/63' };
const F = {
  err: {
    ruleId: 'task-lead-required',
    severity: 'error',
    message: 'Nhiệm vụ 1 thiếu chủ trì',
    fix: 'Ghi cơ quan chủ trì',
    source: SRC,
    subject: { kind: 'task', id: '1' },
    location: { file: 'a.yaml', pointer: '/tasks/0', line: 10, column: 5, endLine: 10, endColumn: 20 },
  },
  warn: {
    ruleId: 'lead-accountable',
    severity: 'warning',
    message: 'Chủ trì chung chung',
    location: { file: 'a.yaml', pointer: '/tasks/1/lead', line: 14, column: 7, endLine: 16 },
  },
  info: {
    ruleId: 'parent-task-present',
    severity: 'info',
    message: 'Đề xuất nhiệm vụ',
    source: { ref: '714/QĐ-UBND' },
    location: { file: 'a.yaml', pointer: '', line: 1, column: 1 },
  },
  waived: {
    ruleId: 'unit-known',
    severity: 'warning',
    message: 'Đơn vị lạ',
    location: { file: 'a.yaml', pointer: '/tasks/2/lead/0', line: 20, column: 9 },
    waiver: { reason: 'Tên riêng', approvedBy: 'Trần Duyệt', reference: 'BB 10/3' },
  },
  base: {
    ruleId: 'known-misspelling',
    severity: 'error',
    message: 'Sai chính tả',
    location: { file: 'b.yaml', pointer: '/tasks/0/content', line: 3, column: 2 },
    baselined: true,
  },
} satisfies Record<string, Finding>;

const check = (ruleId: string, status: Check['status'], findings: Finding[], extra: Partial<Check> = {}): Check => ({
  ruleId,
  title: `Tiêu đề ${ruleId}`,
  status,
  severity: findings[0]?.severity ?? 'error',
  evaluated: status === 'not-applicable' ? 0 : 3,
  findings,
  ...extra,
});

function files(): FileReport[] {
  const a: FileReport = {
    file: 'a.yaml',
    sha256: 'a'.repeat(64),
    asOf: '2026-03-02',
    plan: { title: 'Kế hoạch A' },
    rulesets: [{ id: 'core', version: '1.0.0', file: 'rules/core', sha256: 'c'.repeat(64) }],
    registry: { sha256: 'r'.repeat(64), documents: 42 },
    waivers: { file: 'review.yaml', sha256: 'w'.repeat(64) },
    checks: [
      check('task-lead-required', 'fail', [F.err], { source: SRC }),
      check('lead-accountable', 'fail', [F.warn]),
      check('parent-task-present', 'fail', [F.info]),
      check('unit-known', 'waived', [F.waived], { waiver: F.waived.waiver }),
      check('task-product-required', 'pass', []),
      check('citation-known', 'not-applicable', []),
    ],
    findings: [F.err, F.warn, F.info, F.waived],
  };
  const b: FileReport = {
    file: 'b.yaml',
    sha256: 'b'.repeat(64),
    plan: {},
    rulesets: [],
    checks: [check('known-misspelling', 'fail', [F.base], { baselined: 1 })],
    findings: [F.base],
  };
  return [a, b];
}
const report = (lang: 'vi' | 'en' = 'vi'): Report =>
  buildReport({ tool: { name: 'plan-check', version: '9.9.9' }, asOf: '2026-06-01', lang, files: files() });

describe('buildReport counts', () => {
  it('open findings by severity; waived and baselined apart; checks by status', () => {
    expect(report().summary).toEqual({
      error: 1,
      warning: 1,
      info: 1,
      waivedFindings: 1,
      baselinedFindings: 1,
      pass: 1,
      fail: 4,
      waived: 1,
      notApplicable: 1,
    });
    expect(openCounts(report().files[0]!)).toEqual({ error: 1, warning: 1, info: 1 });
    expect(openCounts(report().files[1]!)).toEqual({ error: 0, warning: 0, info: 0 });
    expect([F.err, F.waived, F.base].map(isOpen)).toEqual([true, false, false]);
  });
  it('no baselined finding: no baselinedFindings field', () => {
    const r = buildReport({ tool: { name: 't', version: '0' }, asOf: '2026-06-01', lang: 'vi', files: [files()[0]!] });
    expect(r.summary).not.toHaveProperty('baselinedFindings');
    expect(r).not.toHaveProperty('generatedAt');
    expect(
      buildReport({ tool: { name: 't', version: '0' }, asOf: '2026-06-01', lang: 'vi', files: [], generatedAt: 'x' }).generatedAt,
    ).toBe('x');
  });
});

describe('text', () => {
  // --all: every passed item on its own line (by default they collapse to one line per rule set)
  // Built before each test, not while the file is collected: a mutation-testing run switches its
  // mutant on only once the tests start, so an output made at collection time never sees it.
  let text = '';
  let lines: string[] = [];
  beforeEach(() => {
    text = format('text', report(), { color: false, all: true });
    lines = text.split('\n');
  });
  it('a header per file, the checklist with its marks, each finding located', () => {
    expect(lines[0]).toBe('a.yaml — Kế hoạch A');
    expect(lines[1]).toBe('Bộ quy tắc: core@1.0.0 · Thời điểm xét: 2026-06-01');
    expect(text).toContain(
      'b.yaml\nBộ quy tắc: — · Thời điểm xét: 2026-06-01\nKhông đọc được kế hoạch: các quy tắc nội dung chưa được kiểm tra.',
    );
    const w = 'task-product-required'.length;
    expect(lines).toContain(`  ✗ ${'task-lead-required'.padEnd(w)}  Tiêu đề task-lead-required  · 1 lỗi`);
    expect(lines).toContain(`  ✗ ${'lead-accountable'.padEnd(w)}  Tiêu đề lead-accountable  · 1 cảnh báo`);
    expect(lines).toContain(`  ✗ ${'parent-task-present'.padEnd(w)}  Tiêu đề parent-task-present  · 1 thông tin`);
    expect(lines).toContain(`  ≈ ${'unit-known'.padEnd(w)}  Tiêu đề unit-known  · đã xét 3`);
    expect(lines).toContain(`  ✓ ${'task-product-required'.padEnd(w)}  Tiêu đề task-product-required  · đã xét 3`);
    expect(lines).toContain(`  – ${'citation-known'.padEnd(w)}  Tiêu đề citation-known  · không áp dụng`);
    expect(lines).toContain('a.yaml:10:5  lỗi       Nhiệm vụ 1 thiếu chủ trì  [task-lead-required]');
    expect(lines).toContain('    nhiệm vụ 1 · Căn cứ: 63/2010/NĐ-CP, Điều 5');
    expect(lines).toContain('    Cách sửa: Ghi cơ quan chủ trì');
    expect(lines).toContain('a.yaml:14:7  cảnh báo  Chủ trì chung chung  [lead-accountable]');
    expect(lines).toContain('a.yaml:1:1  thông tin Đề xuất nhiệm vụ  [parent-task-present]');
    expect(lines).toContain('    Căn cứ: 714/QĐ-UBND');
    expect(lines).toContain('a.yaml:20:9  miễn trừ  Đơn vị lạ  [unit-known]');
    expect(lines).toContain('    miễn trừ: Tên riêng — Trần Duyệt, BB 10/3');
    expect(lines).toContain('b.yaml:3:2  lỗi       (đã có từ trước) Sai chính tả  [known-misspelling]');
  });
  it('the per-file table and the summary line of a batch', () => {
    expect(lines).toContain('Tổng hợp theo tệp');
    expect(lines).toContain(`${'Tệp'.padEnd(12)}    Lỗi  C.báo  T.tin`);
    expect(lines).toContain(`${'a.yaml'.padEnd(12)}      1      1      1  ✗`);
    expect(lines).toContain(`${'b.yaml'.padEnd(12)}      0      0      0  ✓`);
    expect(lines.at(-2)).toBe(
      'Tổng kết: 1 lỗi, 1 cảnh báo, 1 thông tin, 1 được miễn trừ (1 đã có từ trước) · 1 đạt, 4 không đạt, 1 miễn trừ, 1 không áp dụng',
    );
    const en = format('text', report('en'), { color: false }).trimEnd().split('\n');
    expect(en.at(-1)).toBe(
      'Summary: 1 error, 1 warning, 1 info, 1 waived (1 pre-existing) · 1 passed, 4 failed, 1 waived, 1 not applicable',
    );
    expect(en).toContain(`${'File'.padEnd(12)}    Err   Warn   Info`);
  });
  it('a file with no finding says so; colour only when asked', () => {
    const clean = buildReport({
      tool: { name: 'plan-check', version: '1' },
      asOf: '2026-06-01',
      lang: 'vi',
      files: [{ ...files()[0]!, findings: [], checks: [check('x', 'pass', [])] }],
    });
    const out = format('text', clean, { color: false });
    expect(out).toContain('Các vấn đề phát hiện\nKhông phát hiện vấn đề nào.');
    expect(out).not.toContain('Tổng hợp theo tệp'); // one file: no table
    expect(out).not.toMatch(/\x1b\[/);
    expect(format('text', report(), { color: true })).toMatch(/\x1b\[/);
  });
  it('provenance: plan hash, rule sets, registry, waivers, tool and date', () => {
    const r = report();
    expect(provenanceLines(r, r.files[0]!)).toEqual([
      `Tệp kế hoạch: a.yaml · SHA-256 ${'a'.repeat(64)}`,
      `Bộ quy tắc: core 1.0.0 · rules/core · SHA-256 ${'c'.repeat(64)}`,
      `Cơ sở dữ liệu văn bản: 42 văn bản · SHA-256 ${'r'.repeat(64)}`,
      `Tệp miễn trừ: review.yaml · SHA-256 ${'w'.repeat(64)}`,
      'Công cụ: plan-check 9.9.9 · ngày xét 2026-03-02',
    ]);
    const en = report('en');
    expect(provenanceLines({ ...en, generatedAt: 'T' }, en.files[1]!)).toEqual([
      `Plan file: b.yaml · SHA-256 ${'b'.repeat(64)}`,
      'Tool: plan-check 9.9.9 · as of 2026-06-01 · generated T',
    ]);
  });
});

describe('github', () => {
  it('one annotation per open finding, severity mapped, positions and title', () => {
    // in the order of the plan's lines
    expect(format('github', report(), { color: false }).split('\n')).toEqual([
      '::notice file=a.yaml,line=1,col=1,title=parent-task-present (714/QĐ-UBND)::Đề xuất nhiệm vụ',
      '::error file=a.yaml,line=10,col=5,endLine=10,endColumn=20,title=task-lead-required (63/2010/NĐ-CP)::Nhiệm vụ 1 thiếu chủ trì%0AGhi cơ quan chủ trì',
      '::warning file=a.yaml,line=14,col=7,endLine=16,title=lead-accountable::Chủ trì chung chung',
      '',
    ]);
    expect(
      format('github', buildReport({ tool: { name: 't', version: '0' }, asOf: '2026-06-01', lang: 'vi', files: [] }), { color: false }),
    ).toBe('');
  });
});

describe('sarif', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SARIF log as parsed
  let run: any;
  beforeEach(() => {
    run = JSON.parse(format('sarif', report(), { color: false })).runs[0];
  });
  it('rules sorted, one per id, with help from source and fix, level by severity', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'citation-known',
      'known-misspelling',
      'lead-accountable',
      'parent-task-present',
      'task-lead-required',
      'task-product-required',
      'unit-known',
    ]);
    const lead = run.tool.driver.rules.find((r: { id: string }) => r.id === 'task-lead-required');
    expect(lead).toEqual({
      id: 'task-lead-required',
      name: 'task-lead-required',
      shortDescription: { text: 'Tiêu đề task-lead-required' },
      fullDescription: { text: 'Tiêu đề task-lead-required' },
      help: { text: '63/2010/NĐ-CP — Kiểm soát TTHC (Điều 5)\nGhi cơ quan chủ trì' },
      helpUri: 'https://example.org/63',
      defaultConfiguration: { level: 'error' },
      properties: { source: '63/2010/NĐ-CP' },
    });
    const pass = run.tool.driver.rules.find((r: { id: string }) => r.id === 'task-product-required');
    expect(pass.help.text).toBe('plan-check');
    expect(pass.properties).toEqual({});
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'parent-task-present').defaultConfiguration.level).toBe('note');
    expect(run.properties).toEqual({ asOf: '2026-06-01', lang: 'vi' });
    expect(run.artifacts).toEqual([
      { location: { uri: 'a.yaml' }, hashes: { 'sha-256': 'a'.repeat(64) } },
      { location: { uri: 'b.yaml' }, hashes: { 'sha-256': 'b'.repeat(64) } },
    ]);
  });
  it('results: every finding, its rule index, region, message with fix, a waiver as suppression', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(run.results).toHaveLength(5);
    for (const r of run.results) expect(r.ruleIndex).toBe(ids.indexOf(r.ruleId));
    const [info, err, warn, waived, base] = run.results; // in the order of the plan's lines
    expect(err.level).toBe('error');
    expect(err.message.text).toBe('Nhiệm vụ 1 thiếu chủ trì\nGhi cơ quan chủ trì');
    expect(err.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'a.yaml', index: 0 },
      region: { startLine: 10, startColumn: 5, endLine: 10, endColumn: 20 },
    });
    expect(err.locations[0].logicalLocations).toEqual([{ name: '1', kind: 'task' }]);
    expect(warn.level).toBe('warning');
    expect(warn.locations[0].physicalLocation.region).toEqual({ startLine: 14, startColumn: 7, endLine: 16 });
    expect(info.level).toBe('note');
    expect(info.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
    expect(err.suppressions).toBeUndefined();
    expect(waived.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Tên riêng — Trần Duyệt, BB 10/3' }]);
    expect(err.partialFingerprints).toEqual({ 'planCheck/v1': 'task-lead-required:task:1:/tasks/0' });
    expect(info.partialFingerprints).toEqual({ 'planCheck/v1': 'parent-task-present:::' });
    expect(err.properties).toEqual({ pointer: '/tasks/0', source: '63/2010/NĐ-CP' });
    expect(warn.properties).toEqual({ pointer: '/tasks/1/lead' });
    expect(base.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'b.yaml', index: 1 });
    // a baselined finding stays in the log, marked as pre-existing; the others carry no baseline state
    expect(base.baselineState).toBe('unchanged');
    expect(err.baselineState).toBeUndefined();
  });
});

describe('junit', () => {
  it('well-formed; suites, counts and cases by status', () => {
    const xml = format('junit', report(), { color: false });
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (n) => ['testsuite', 'testcase', 'property'].includes(n),
    }).parse(xml);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.testsuites).toMatchObject({ name: 'plan-check', tests: '7', failures: '4', errors: '0' });
    const [a, b] = doc.testsuites.testsuite;
    expect(a).toMatchObject({ name: 'a.yaml', tests: '6', failures: '3', errors: '0', skipped: '2' });
    expect(b).toMatchObject({ name: 'b.yaml', tests: '1', failures: '1', skipped: '0' });
    expect(a.properties.property).toEqual([
      { name: 'sha256', value: 'a'.repeat(64) },
      { name: 'asOf', value: '2026-03-02' },
    ]);
    expect(b.properties.property[1]).toEqual({ name: 'asOf', value: '2026-06-01' });
    const cases = a.testcase;
    expect(cases.map((c: { name: string }) => c.name)).toEqual(files()[0]!.checks.map((c) => `${c.ruleId}: ${c.title}`));
    expect(cases[0].failure).toEqual({
      type: 'error',
      message: 'Nhiệm vụ 1 thiếu chủ trì',
      '#text': 'a.yaml:10:5 error Nhiệm vụ 1 thiếu chủ trì (Ghi cơ quan chủ trì)',
    });
    expect(cases[1].failure.type).toBe('warning');
    expect(cases[3].skipped).toEqual({ message: 'waived: Tên riêng' });
    expect(cases[4]).toEqual({ classname: 'a.yaml', name: 'task-product-required: Tiêu đề task-product-required' });
    expect(cases[5].skipped).toEqual({ message: 'not applicable' });
  });
});

describe('markdown', () => {
  let md = '';
  let lines: string[] = [];
  beforeEach(() => {
    md = format('markdown', report(), { color: false });
    lines = md.split('\n');
  });
  it('counts, failed and waived checks in a table, findings with icons, provenance', () => {
    expect(lines[0]).toBe('## plan-check: 1 lỗi, 1 cảnh báo, 1 thông tin, 1 được miễn trừ');
    expect(lines[2]).toBe('1 đạt, 4 không đạt, 1 miễn trừ, 1 không áp dụng');
    expect(lines).toContain('### a.yaml — Kế hoạch A');
    expect(lines).toContain('### b.yaml');
    expect(lines).toContain('| Kiểm tra | Kết quả | Số vấn đề |');
    expect(lines).toContain('| `task-lead-required` Tiêu đề task-lead-required | không đạt | 1 |');
    expect(lines).toContain('| `unit-known` Tiêu đề unit-known | được miễn trừ | 1 |');
    expect(md).not.toContain('| `task-product-required`');
    expect(lines).toContain('1 mục kiểm tra đạt.');
    expect(lines).toContain('<details><summary>Các vấn đề phát hiện (4)</summary>');
    expect(lines).toContain('- 🔴 `a.yaml:10:5` Nhiệm vụ 1 thiếu chủ trì `task-lead-required`');
    expect(lines).toContain('  - Cách sửa: Ghi cơ quan chủ trì');
    expect(lines).toContain('- 🟠 `a.yaml:14:7` Chủ trì chung chung `lead-accountable`');
    expect(lines).toContain('- 🔵 `a.yaml:1:1` Đề xuất nhiệm vụ `parent-task-present`');
    expect(lines).toContain('- 🟠 `a.yaml:20:9` Đơn vị lạ `unit-known` *(miễn trừ: Tên riêng)*');
    expect(lines).toContain(`<sub>Tệp kế hoạch: a.yaml · SHA-256 ${'a'.repeat(64)}</sub><br>`);
    const en = format('markdown', report('en'), { color: false });
    expect(en).toContain('| Check | Result | Findings |');
    expect(en).toContain('1 check passed.');
    expect(en).toContain('*(waived: Tên riêng)*');
  });
  it('the signing verdict, ready or not', () => {
    const r = report();
    expect(format('markdown', { ...r, signing: { ready: true, reasons: [] } }, { color: false })).toContain('**Đủ điều kiện trình ký.**');
    expect(format('markdown', { ...r, signing: { ready: false, reasons: ['a', 'b'] } }, { color: false })).toContain(
      '**Chưa đủ điều kiện trình ký:** a; b',
    );
    expect(format('markdown', { ...report('en'), signing: { ready: false, reasons: ['x'] } }, { color: false })).toContain(
      '**Not ready for signature:** x',
    );
    expect(format('text', { ...r, signing: { ready: true, reasons: [] } }, { color: false })).toContain('Đủ điều kiện trình ký.');
    expect(format('text', { ...report('en'), signing: { ready: false, reasons: ['x', 'y'] } }, { color: false })).toContain(
      'Not ready for signature: x; y',
    );
  });
});

describe('json', () => {
  it('is JSON.stringify of the report, whole or streamed', () => {
    const r = report();
    expect(formatJson(r)).toBe(JSON.stringify(r, null, 2) + '\n');
    const empty = buildReport({ tool: { name: 't', version: '0' }, asOf: '2026-06-01', lang: 'vi', files: [] });
    expect(formatJson(empty)).toBe(JSON.stringify(empty, null, 2) + '\n');
    for (const rep of [r, empty]) {
      const parts: string[] = [];
      const s = new JsonStream((c) => parts.push(c));
      s.begin({ tool: rep.tool, asOf: rep.asOf, lang: rep.lang });
      for (const f of rep.files) s.file(f);
      s.end(rep.summary);
      expect(parts.join('')).toBe(JSON.stringify(rep, null, 2) + '\n');
    }
  });
});

describe('html', () => {
  it('the page: identity, each check row with its status, findings grouped, waiver shown', () => {
    const html = format('html', report(), { color: false });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<h2>Kế hoạch A</h2>');
    expect(html).toContain('data-status="fail" data-severity="error"');
    expect(html).toContain('data-status="waived"');
    expect(html).toContain('data-status="not-applicable"');
    expect(html).toContain('Tên riêng — Trần Duyệt, BB 10/3');
    expect(html).toContain('Ghi cơ quan chủ trì');
    expect((html.match(/<tr class="check filterable"/g) ?? []).length).toBe(7);
    expect((html.match(/<div class="finding filterable/g) ?? []).length).toBe(5);
    expect(format('html', report('en'), { color: false })).toContain('<html lang="en">');
  });
});
