import { beforeAll, describe, expect, it } from 'vitest';
import { cli, type CliResult } from './helpers/cli.js';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';
import { showText, stripInvisible, xmlText } from '../src/text/safe-text.js';
import { check as checkInProcess } from '../src/check.js';

/** Issue 11, item 14: plan text cannot drive the terminal, the CI log or a rendered report. */

const ESC = '\u001b';
const RLO = '\u202e';
const ZWSP = '\u200b';
/** Characters that must never reach text output raw. */
const RAW_HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u2060]/;

describe('safe-text helpers', () => {
  it('shows hidden characters as escapes, one line', () => {
    expect(showText(`a${ESC}[31mb`)).toBe('a\\x1b[31mb');
    expect(showText(`x${RLO}y`)).toBe('x\\u{202E}y');
    expect(showText(`k${ZWSP}s`)).toBe('k\\u{200B}s');
    expect(showText('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(showText('\u009b2J')).toBe('\\x9b2J');
    expect(showText('lone \ud800 surrogate, pair 😀')).toBe('lone \\u{D800} surrogate, pair 😀');
    expect(showText('Kế hoạch năm 2026')).toBe('Kế hoạch năm 2026');
  });

  it('strips hidden characters and whole escape sequences, keeping offsets', () => {
    const s = `truyền tru${ZWSP}yền ${ESC}]8;;http://x${ESC}\\link${ESC}]8;;${ESC}\\ ${ESC}[1mđậm${ESC}[0m`;
    const r = stripInvisible(s);
    expect(r.text).toBe('truyền truyền link đậm');
    expect(r.kept).toBeDefined();
    const at = r.text.indexOf('đậm');
    expect(s.slice(r.kept![at]!, r.kept![at + 2]! + 1)).toBe('đậm');
    const tr = r.text.indexOf('truyền', 1);
    expect(s.slice(r.kept![tr]!, r.kept![tr + 5]! + 1)).toBe(`tru${ZWSP}yền`);
    expect(stripInvisible('dòng 1\n\tdòng 2').text).toBe('dòng 1\n\tdòng 2');
  });

  it('drops what XML 1.0 forbids', () => {
    expect(xmlText('a\ufffeb\uffffc\ud800d\u0001e\tf\ng\rh😀')).toBe('abcde\tf\ng\rh😀');
  });
});

describe('hostile plan text in every output (issue 11, item 14)', () => {
  const t = tempDir('plan-check-safe-text-');
  // YAML escapes put the characters in the values; the file itself stays plain text
  const title = `Kế hoạch${ESC}[2J${ESC}]0;pwned${'\\a'} năm 2026 ${RLO}cba\\n::error file=x::giả mạo\\r# Tiêu đề giả`;
  let plan = '';
  /** The JSON report of the hostile plan, made once for the tests that read it. */
  let json: CliResult;
  beforeAll(async () => {
    plan = t.write(
      'hostile.yaml',
      MINIMAL_PLAN.replace(
        'title: Kế hoạch kiểm soát thủ tục hành chính năm 2026',
        `title: "${title.replace(ESC, '\\e').replace(ESC, '\\e')}"`,
      )
        .replace('Ủy ban nhân dân xã Thử Nghiệm', '"Ủy ban nhân dân xã Thử Nghiệm\\r# Tiêu đề giả"')
        .replace('content: Xây dựng kế hoạch', `content: "Xây dựng kế hoạch truyền tru${'\\u200B'}yền\\r# chèn"`),
    );
    json = await check('json');
  });
  const check = (format: string) => cli([plan, '-f', format, '--as-of', '2026-06-01', '--lang', 'vi']);

  it('the plan reads: the title really holds the characters', () => {
    const r = json;
    expect(r.code, r.err).toBeLessThan(2);
    const report = JSON.parse(r.out);
    expect(report.files[0].plan.title).toContain(ESC);
    expect(report.files[0].plan.title).toContain(RLO);
    expect(report.files[0].plan.title).toContain('\n::error');
  });

  it('a zero-width space inside a misspelt word no longer hides it from the text rules', () => {
    const report = JSON.parse(json.out);
    const found = report.files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'known-misspelling');
    expect(found.length).toBe(1);
    expect(found[0].location.pointer).toBe('/tasks/0/content');
  });

  it('text output: no escape sequence, bidi or zero-width character raw, no line starting a workflow command', async () => {
    const r = await check('text');
    expect(r.out).not.toMatch(RAW_HIDDEN);
    expect(r.out).toContain('\\x1b[2J');
    expect(r.out).toContain('\\u{202E}');
    expect(r.out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(r.out.split(/\r\n|\r|\n/).some((l) => l.startsWith('# Tiêu đề giả'))).toBe(false);
    expect(r.out).toContain('\\r# Tiêu đề giả'); // the text is there, its line break shown, not acted on
  });

  it('github output: every line is one of our commands, nothing raw', async () => {
    const r = await check('github');
    const lines = r.out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^\r\n]*::/);
    expect(r.out).not.toMatch(RAW_HIDDEN);
    expect(r.out).not.toContain('\r');
  });

  it('markdown output: no line of plan text starts a heading (a lone CR included)', async () => {
    const r = await check('markdown');
    const lines = r.out.split(/\r\n|\r|\n|\u2028|\u2029/);
    for (const l of lines.filter((x) => /^#/.test(x))) expect(l).toMatch(/^##+ (plan-check|.*hostile\.yaml)/);
    expect(r.out).not.toMatch(RAW_HIDDEN);
    expect(r.out).not.toContain('\r');
  });

  it('junit output: no character XML 1.0 forbids (a file name with ESC and U+FFFE)', async () => {
    const odd = t.write(`ke-hoach${ESC}[31m\ufffe.yaml`, MINIMAL_PLAN);
    const r = await cli([odd, '-f', 'junit', '--as-of', '2026-06-01']);
    expect(r.code, r.err).toBeLessThan(2);
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(r.out).toContain('ke-hoach\\x1b[31m\\u{FFFE}.yaml');
  });

  it('annex Markdown: the issuer line cannot start a heading', async () => {
    const r = await cli(['annex', plan, '--as-of', '2026-06-01']);
    expect(r.code, r.err).toBeLessThan(2);
    const lines = r.out.split(/\r\n|\r|\n/);
    expect(lines.some((l) => l.startsWith('# Tiêu đề giả'))).toBe(false);
    expect(r.out).toContain('Tiêu đề giả'); // the issuer line is in the annex
    expect(r.out).not.toContain('\r');
  });

  it('diff text and Markdown: a lone CR in a changed task cannot start a line', async () => {
    const before = t.write('before.yaml', MINIMAL_PLAN);
    const text = await cli(['diff', before, plan, '--as-of', '2026-06-01']);
    expect(text.code, text.err).toBeLessThan(2);
    expect(text.out).not.toMatch(RAW_HIDDEN);
    expect(text.out.split(/\r\n|\r|\n/).some((l) => l.startsWith('# chèn'))).toBe(false);
    expect(text.out).toContain('# chèn'); // the changed task is in the diff
    const md = await cli(['diff', before, plan, '-f', 'markdown', '--as-of', '2026-06-01']);
    expect(md.out.split(/\r\n|\r|\n/).some((l) => l.startsWith('# chèn'))).toBe(false);
    expect(md.out).toContain('# chèn');
    expect(md.out).not.toContain('\r');
  });

  it('plan text is compared in NFC: an NFD copy gets the same findings', async () => {
    const nfd = t.write(
      'nfd.yaml',
      MINIMAL_PLAN.replace('content: Xây dựng kế hoạch', 'content: Xây dựng kế hoạch truyền truyền').normalize('NFD'),
    );
    const nfc = t.write('nfc.yaml', MINIMAL_PLAN.replace('content: Xây dựng kế hoạch', 'content: Xây dựng kế hoạch truyền truyền'));
    // in process: the CLI's JSON is check()'s report
    const ids = async (f: string) => (await checkInProcess([f], { asOf: '2026-06-01' })).files[0]!.findings.map((x) => x.ruleId).sort();
    const fromNfc = await ids(nfc);
    expect(await ids(nfd)).toEqual(fromNfc);
    expect(fromNfc).toContain('known-misspelling');
  });
});
