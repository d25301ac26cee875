import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { buildReport } from '../src/report/build-report.js';
import { format } from '../src/report/formatters/index.js';
import { formatTerminal, formatTerminalSummary } from '../src/report/formatters/terminal.js';
import type { Check, FileReport, Finding, Report } from '../src/types.js';

/**
 * The corners of each format that the main formatter test (report-formatters.test.ts) does not
 * reach: escapes of GitHub commands, SARIF regions and URIs, JUnit failures of mixed checks, the
 * colours and the collapsed checklist of the terminal, the HTML grouping of findings.
 */
const fd = (ruleId: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity: 'error',
  message: `m ${ruleId}`,
  location: { file: 'a.yaml', pointer: `/p/${line}`, line, column: 4 },
  ...extra,
});
const loc = (f: Finding, l: Partial<Finding['location']>): Finding => ({ ...f, location: { ...f.location, ...l } });
const ck = (ruleId: string, status: Check['status'], findings: Finding[] = [], extra: Partial<Check> = {}): Check => ({
  ruleId,
  title: `T ${ruleId}`,
  status,
  severity: 'error',
  evaluated: 2,
  findings,
  ...extra,
});
const file = (findings: Finding[], checks: Check[] = [], extra: Partial<FileReport> = {}): FileReport => ({
  file: 'a.yaml',
  sha256: '0'.repeat(64),
  plan: { title: 'A' },
  rulesets: [],
  checks,
  findings,
  ...extra,
});
const report = (files: FileReport[], lang: 'vi' | 'en' = 'vi'): Report =>
  buildReport({ tool: { name: 'plan-check', version: '1' }, asOf: '2026-06-01', lang, files });
const WAIVER = { reason: 'lý do', approvedBy: 'B', reference: 'C' };

describe('github', () => {
  it('workflow-command escapes in the message and the properties; end column only on a one-line span', () => {
    const f = loc(fd('r', 3, { message: '50% xong\r\nrồi', fix: 'sửa: a, b' }), { file: 'thư mục:x,y.yaml', endLine: 5, endColumn: 2 });
    const g = loc(fd('q', 7, { severity: 'info', source: { ref: 'QĐ 1, 2' } }), { endLine: 7, endColumn: 9 });
    const out = format('github', report([file([f, g, fd('w', 8, { waiver: WAIVER }), fd('b', 9, { baselined: true })])]), {
      color: false,
    });
    expect(out.split('\n')).toEqual([
      '::notice file=a.yaml,line=7,col=4,endLine=7,endColumn=9,title=q (QĐ 1%2C 2)::m q',
      // hidden characters of plan text are shown as escapes first; the line break before the fix is encoded
      '::error file=thư mục%3Ax%2Cy.yaml,line=3,col=4,endLine=5,title=r::50%25 xong\\r\\nrồi%0Asửa: a, b',
      '',
    ]);
  });
  it('an info finding is a notice', () => {
    expect(format('github', report([file([fd('i', 1, { severity: 'info' })])]), { color: false })).toMatch(/^::notice /);
  });
});

describe('sarif', () => {
  const sarif = (files: FileReport[]) => JSON.parse(format('sarif', report(files), { color: false })).runs[0];
  it('regions: an end column before the start column only when the span runs onto a later line', () => {
    const results = sarif([
      file([
        loc(fd('a', 1), { endLine: 2, endColumn: 1 }),
        loc(fd('b', 2), { endLine: 2, endColumn: 1 }),
        loc(fd('c', 3), { endLine: 3, endColumn: 4 }),
        loc(fd('d', 4), { endColumn: 9 }),
        loc(fd('e', 5), { endColumn: 2 }),
      ]),
    ]).results;
    expect(results.map((r: { locations: { physicalLocation: { region: unknown } }[] }) => r.locations[0]!.physicalLocation.region)).toEqual(
      [
        { startLine: 1, startColumn: 4, endLine: 2, endColumn: 1 },
        { startLine: 2, startColumn: 4, endLine: 2 },
        { startLine: 3, startColumn: 4, endLine: 3, endColumn: 4 },
        { startLine: 4, startColumn: 4, endColumn: 9 },
        { startLine: 5, startColumn: 4 },
      ],
    );
  });

  it('URIs: each path segment percent-encoded, backslashes as slashes; a finding in another file has no index', () => {
    const run = sarif([file([loc(fd('a', 1), { file: 'other.yaml' })], [], { file: 'thư mục\\kế hoạch#1.yaml' })]);
    expect(run.artifacts[0].location.uri).toBe('th%C6%B0%20m%E1%BB%A5c/k%E1%BA%BF%20ho%E1%BA%A1ch%231.yaml');
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'other.yaml' });
  });

  it('rules: a finding of another rule than its check is titled by its id; a clean check keeps its source; help without title or article', () => {
    const src = { ref: 'NĐ 63' };
    const run = sarif([
      file(
        [fd('child', 1, { severity: 'warning' })],
        [ck('parent', 'fail', [fd('child', 1, { severity: 'warning' })]), ck('clean', 'pass', [], { source: src, severity: 'info' })],
      ),
    ]);
    const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string }; help: { text: string } }[];
    expect(rules.map((r) => [r.id, r.shortDescription.text])).toEqual([
      ['child', 'child'],
      ['clean', 'T clean'],
    ]);
    expect(run.tool.driver.rules[1]).toMatchObject({
      help: { text: 'NĐ 63' },
      defaultConfiguration: { level: 'note' },
      properties: { source: 'NĐ 63' },
    });
    expect(run.tool.driver.rules[1]).not.toHaveProperty('helpUri');
    expect(run.tool.driver.rules[0].defaultConfiguration).toEqual({ level: 'warning' });
    expect(run.results[0]).toMatchObject({ ruleIndex: 0, level: 'warning', message: { text: 'm child' } });
    expect(run.results[0]).not.toHaveProperty('baselineState');
    expect(run.results[0]).not.toHaveProperty('suppressions');
    expect(run.results[0].locations[0]).not.toHaveProperty('logicalLocations');
  });
});

describe('junit', () => {
  const parse = (xml: string) =>
    new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testsuite', 'testcase'].includes(n) }).parse(xml)
      .testsuites;
  it('a failed check: waived findings left out of the failure; the first open one gives the message', () => {
    const w = fd('r', 1, { waiver: WAIVER, message: 'đã miễn' });
    const o = fd('r', 2, { message: 'còn "mở" <a>' });
    const doc = parse(
      format('junit', report([file([w, o], [ck('r', 'fail', [w, o]), ck('only', 'fail', [w]), ck('none', 'fail', [])])]), {
        color: false,
      }),
    );
    const byName = (id: string) => doc.testsuite[0].testcase.find((c: { name: string }) => c.name === `${id}: T ${id}`);
    const [mixed, only, none] = ['r', 'only', 'none'].map(byName);
    expect(mixed.failure).toEqual({ type: 'error', message: 'còn "mở" <a>', '#text': 'a.yaml:2:4 error còn "mở" <a>' });
    expect(only.failure.message).toBe('đã miễn');
    expect(only.failure['#text']).toBeUndefined();
    expect(none.failure.message).toBe('T none');
    expect(doc.testsuite[0]).toMatchObject({ tests: '3', failures: '3', skipped: '0' });
  });
  it('a waived check without its waiver record still says waived', () => {
    const doc = parse(format('junit', report([file([], [ck('w', 'waived')])]), { color: false }));
    expect(doc.testsuite[0].testcase[0].skipped).toEqual({ message: 'waived:' });
  });
});

describe('terminal', () => {
  const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
  it('the summary line is red with an error, yellow with only warnings, green otherwise', () => {
    const line = (findings: Finding[]) => formatTerminalSummary(report([file(findings)]), { color: true });
    expect(line([fd('e', 1)])).toMatch(/^\x1b\[31m\x1b\[1mTổng kết: 1 lỗi/);
    expect(line([fd('w', 1, { severity: 'warning' })])).toMatch(/^\x1b\[33m\x1b\[1mTổng kết: 0 lỗi, 1 cảnh báo/);
    expect(line([fd('i', 1, { severity: 'info' })])).toMatch(/^\x1b\[32m\x1b\[1mTổng kết: 0 lỗi, 0 cảnh báo, 1 thông tin/);
    expect(strip(line([]))).toBe('Tổng kết: 0 lỗi, 0 cảnh báo, 0 thông tin · 0 đạt, 0 không đạt, 0 miễn trừ, 0 không áp dụng\n');
  });

  it('the per-file table: warnings only marked !, a long name shortened from the left, waived findings not counted', () => {
    const long = `${'thư-mục/'.repeat(9)}kế-hoạch.yaml`;
    const r = report([
      file([fd('w', 1, { severity: 'warning' }), fd('x', 2, { waiver: WAIVER })], [], { file: 'ngắn.yaml' }),
      file([fd('i', 1, { severity: 'info' })], [], { file: long }),
    ]);
    const lines = strip(formatTerminalSummary(r, { color: false })).split('\n');
    expect(lines[1]).toBe(`${'Tệp'.padEnd(60)}    Lỗi  C.báo  T.tin`);
    expect(lines[2]).toBe(`${'ngắn.yaml'.padEnd(60)}      0      1      0  !`);
    expect(lines[3]).toBe(`…${long.slice(-59)}      0      0      1  ✓`);
    expect(long.length).toBeGreaterThan(60);
  });

  it('collapsed checklist: one line per rule set in the order applied, the tool first, then those not applied', () => {
    const checks = [
      ck('z1', 'pass', [], { ruleset: 'zeta' }),
      ck('a1', 'not-applicable', [], { ruleset: 'alpha' }),
      ck('a2', 'not-applicable', [], { ruleset: 'alpha' }),
      ck('t1', 'pass'),
      ck('o1', 'pass', [], { ruleset: 'other' }),
      ck('z2', 'not-applicable', [], { ruleset: 'zeta' }),
    ];
    const r = report([
      file([], checks, {
        rulesets: [
          { id: 'zeta', version: '2' },
          { id: 'alpha', version: '1' },
        ],
      }),
    ]);
    const text = strip(formatTerminal(r, { color: false }));
    const lines = text.split('\n').filter((l) => /^ {2}[✓–] /.test(l));
    expect(lines).toEqual([
      `  ✓ ${'plan-check'.padEnd(10)}  1 mục đạt  (--all để xem từng mục)`,
      `  ✓ ${'zeta'.padEnd(10)}  1 mục đạt, 1 mục không áp dụng  (--all để xem từng mục)`,
      `  – ${'alpha'.padEnd(10)}  2 mục không áp dụng  (--all để xem từng mục)`,
      `  ✓ ${'other'.padEnd(10)}  1 mục đạt  (--all để xem từng mục)`,
    ]);
    expect(text).toContain('Bộ quy tắc: zeta@2, alpha@1 · Thời điểm xét: 2026-06-01');
  });

  it('failed items by severity, then waived; the subject of a plan-level finding not named', () => {
    const checks = [
      ck('w', 'waived', []),
      ck('fi', 'fail', [fd('fi', 3, { severity: 'info' })], { severity: 'info' }),
      ck('fe', 'fail', [fd('fe', 1)]),
      ck('fw', 'fail', [fd('fw', 2, { severity: 'warning' })], { severity: 'warning' }),
    ];
    const plan = fd('pl', 4, { subject: { kind: 'plan', id: 'x' }, source: { ref: 'S', article: 'Điều 2' } });
    const text = strip(formatTerminal(report([file([plan], checks)]), { color: false }));
    expect(
      text
        .split('\n')
        .filter((l) => /^ {2}[✗≈] /.test(l))
        .map((l) => l.split(/\s+/)[2]),
    ).toEqual(['fe', 'fw', 'fi', 'w']);
    expect(text).toContain('a.yaml:4:4  lỗi       m pl  [pl]\n    Căn cứ: S, Điều 2\n');
  });
});

describe('html', () => {
  it('findings grouped by task in natural order, plan-level first; counts per check by severity', () => {
    const t = (id: string, kind: NonNullable<Finding['subject']>['kind'] = 'task') => ({ subject: { kind, id } });
    const findings = [
      fd('a', 1, t('10')),
      fd('b', 2, t('2:lead')),
      fd('c', 3, { ...t('x', 'plan') }),
      fd('d', 4, { ...t('9', 'target'), severity: 'warning' }),
      fd('e', 5, { ...t('2', 'unit-ref'), severity: 'warning' }),
      fd('f', 6),
    ];
    const checks = [ck('mix', 'fail', findings)];
    const html = format(
      'html',
      report([file(findings, checks, { plan: { title: 'A', documentDate: '2026-03-02', parent: { ref: 'P', date: '2026-02-27' } } })]),
      {
        color: false,
      },
    );
    // each group's heading, then the rule ids of its findings, in page order
    const page = [...html.matchAll(/<h4>([^<]*)<\/h4>|<div class="rule">([^<]*)<\/div>/g)].map((m) => m[1] ?? m[2]);
    expect(page).toEqual(['mix', 'Chung toàn kế hoạch', 'c', 'f', 'Nhiệm vụ 2', 'b', 'e', 'Nhiệm vụ 9', 'd', 'Nhiệm vụ 10', 'a']);
    expect(html).toContain('<td class="status-fail">không đạt (4 lỗi, 2 cảnh báo)</td>');
    expect(html).toContain('<span class="status-pass">✓ 0</span><span class="status-fail">✗ 1</span>');
    expect(html).toContain('ngày 02/3/2026');
    expect(html).toContain('P ngày 27/02/2026');
  });
});
