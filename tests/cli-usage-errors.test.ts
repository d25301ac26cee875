import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli, ROOT, run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

// Issue 11 item 16: the mistakes people make get exit 2 and a message in their language that says
// what is wrong, never an English parser message, "lỗi nội bộ", a wrong name or a stack trace.

vi.setConfig({ testTimeout: 180_000 }); // slow on a loaded machine

const BIN = join(ROOT, 'dist', 'cli', 'main.js');
const PLAN = 'plans/2026.yaml';
const AS_OF = ['--as-of', '2026-06-01'];

/** A usage error of one subcommand: its arguments, and what the message says in each language. */
const MISTAKES: [string[], string, string][] = [
  [[...AS_OF], 'chưa nêu tệp kế hoạch', 'no plan file given'],
  [[PLAN, '--frobnicate', ...AS_OF], 'không có tùy chọn --frobnicate', 'unknown option --frobnicate'],
  [[PLAN, '--for-signin', ...AS_OF], 'có phải bạn muốn gõ: --for-signing?', 'did you mean: --for-signing?'],
  [
    [PLAN, '--as-of', '2026-02-30'],
    'giá trị "2026-02-30" không hợp lệ: phải là ngày dạng YYYY-MM-DD',
    'invalid value "2026-02-30": must be a date YYYY-MM-DD',
  ],
  [[PLAN, '-f', 'pdf', ...AS_OF], 'phải là một trong: text, json', 'must be one of: text, json'],
  [['annex', ...AS_OF], 'thiếu tham số <plan>', 'missing argument <plan>'],
  [['annex', PLAN, '--bogus', ...AS_OF], 'không có tùy chọn --bogus', 'unknown option --bogus'],
  [['diff', PLAN, ...AS_OF], 'cần hai tệp: cũ và mới', 'give old and new'],
  [['diff', PLAN, PLAN, '-f', 'pdf', ...AS_OF], 'phải là một trong: text, markdown, json', 'must be one of: text, markdown, json'],
  [['init', ...AS_OF], 'thiếu tùy chọn bắt buộc --ruleset', 'required option --ruleset <id> is missing'],
  [['init', '--ruleset', 'nowhere/1', '--unit', 'xã A', ...AS_OF], 'không có bộ quy tắc "nowhere/1"', 'no rule set "nowhere/1"'],
  [['rules'], 'cần một lệnh con: list, show', 'a subcommand is needed: list, show'],
  [['rules', 'lst'], 'không có lệnh "lst"; có phải bạn muốn gõ: list?', 'unknown command "lst"; did you mean: list?'],
  [['rules', 'show', 'no-such-rule'], 'không có quy tắc "no-such-rule"', 'no rule "no-such-rule"'],
  [
    ['rules', 'new', '--province', 'Ninh Bình', '--ref', '1/QĐ-UBND', '--date', '2026-01-15'],
    '--province: chữ thường không dấu',
    '--province: lower-case letters',
  ],
  [['import'], 'thiếu tham số <file>', 'missing argument <file>'],
  [['render', PLAN], 'thiếu tùy chọn bắt buộc -o, --output', 'required option -o, --output <file> is missing'],
  [['render', PLAN, '-o', 'ke-hoach.pdf'], 'render chỉ ghi tệp .docx', 'render writes .docx files only'],
  [['registry', ...AS_OF], 'thiếu tham số <ref>', 'missing argument <ref>'],
  [['textconv'], 'thiếu tham số <file>', 'missing argument <file>'],
  [['textconv', 'a.yaml', 'b.yaml'], 'thừa tham số: cần 1, đã nhận 2', 'too many arguments: expected 1, got 2'],
];

describe('usage errors of every subcommand: exit 2, Vietnamese by default, English with --lang en before or after the subcommand', () => {
  // --lang en goes first for every other case and last for the rest: both places, for every kind of command.
  it.each(MISTAKES.map((m, i) => [...m, i % 2 === 0] as const))('%j', async (args, vi, en, langFirst) => {
    const viRun = await cli(args);
    expect(viRun.code).toBe(2);
    expect(viRun.err).toContain(vi);
    expect(viRun.err).not.toMatch(/^error:|lỗi nội bộ|internal error|\n\s+at /m);
    expect(viRun.out).toBe('');
    const enRun = await cli(langFirst ? ['--lang', 'en', ...args] : [...args, '--lang', 'en']);
    expect(enRun.code).toBe(2);
    expect(enRun.err).toContain(en);
    expect(enRun.err).not.toMatch(/^error:|\n\s+at /m);
  });

  // The cases above run the command line in-process (tests/helpers/cli.ts); the built binary, run
  // as a process, must say exactly the same.
  it('the built binary says the same, byte for byte, with the same exit code', async () => {
    for (const args of [MISTAKES[0]![0], [PLAN, '--frobnicate', ...AS_OF], ['--lang', 'en', 'rules', 'lst'], ['annex', ...AS_OF]]) {
      expect(run(args), args.join(' ')).toEqual(await cli(args));
    }
  });

  it('--lang en before and after the same subcommand', async () => {
    for (const args of [
      ['--lang', 'en', 'annex', ...AS_OF],
      ['annex', ...AS_OF, '--lang', 'en'],
      ['--lang=en', 'rules', 'lst'],
      ['rules', 'lst', '--lang', 'en'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/missing argument <plan>|did you mean: list\?/);
    }
  });
});

describe('a mistyped subcommand', () => {
  it('a word that is no file and is close to a subcommand gets a suggestion', async () => {
    for (const [word, command] of [
      ['dif', 'diff'],
      ['anex', 'annex'],
      ['rendr', 'render'],
      ['improt', 'import'],
      ['Diff', 'diff'],
    ] as const) {
      const r = await cli([word, PLAN, ...AS_OF]);
      expect(r.code, word).toBe(2);
      expect(r.err, word).toContain(`không có tệp hay lệnh "${word}"; có phải bạn muốn gõ: ${command}?`);
    }
    expect((await cli(['--lang', 'en', 'dif', PLAN, ...AS_OF])).err).toContain('did you mean: diff?');
  });

  it('a file of that name is checked as a plan, as asked', () => {
    const t = tempDir();
    writeFileSync(join(t.dir, 'dif'), readFileSync(join(ROOT, PLAN)));
    const r = spawnSync(process.execPath, [BIN, 'dif', ...AS_OF, '-f', 'json'], { cwd: t.dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0].file).toBe('dif');
  });
});

describe('outputs people get wrong', () => {
  it('-o into a missing folder says so, for every command that writes', async () => {
    const t = tempDir();
    const missing = join(t.dir, 'nope');
    const cases = [
      [PLAN, ...AS_OF, '-o', join(missing, 'r.txt')],
      [PLAN, ...AS_OF, '-f', 'json', '-o', join(missing, 'r.json')],
      [PLAN, ...AS_OF, '--write-baseline', join(missing, 'b.json')],
      ['annex', PLAN, ...AS_OF, '-o', join(missing, 'phu-luc.docx')],
      ['diff', PLAN, PLAN, ...AS_OF, '-o', join(missing, 'diff.md')],
      ['init', '--ruleset', 'hai-phong/2026-kstthc', '--unit', 'xã A', ...AS_OF, '-o', join(missing, 'plan.yaml')],
      ['import', join(ROOT, 'tests', 'fixtures', 'seeds', '000_a45b2e685730e312.txt'), '-o', join(missing, 'plan.yaml')],
      ['render', PLAN, '-o', join(missing, 'ke-hoach.docx')],
    ];
    for (const args of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toContain(`thư mục "${missing}" không có`);
      expect(r.err, args.join(' ')).not.toMatch(/lỗi nội bộ|ENOENT/);
    }
    expect((await cli(['--lang', 'en', ...cases[0]!])).err).toContain(`folder "${missing}" does not exist`);
    expect(existsSync(missing)).toBe(false);
  });

  it('more -o than -f says so', async () => {
    const r = await cli([PLAN, ...AS_OF, '-o', 'a.txt', '-o', 'b.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('có 2 tệp -o nhưng chỉ 1 định dạng -f');
    expect((await cli([PLAN, ...AS_OF, '-f', 'json', '-o', 'a.json', '-o', 'b.json', '--lang', 'en'])).err).toContain(
      '2 -o files but only 1 -f formats',
    );
    expect(existsSync(join(ROOT, 'a.txt')) || existsSync(join(ROOT, 'a.json'))).toBe(false);
  });

  it('annex -o x.pdf is refused with the extensions annex writes', async () => {
    const t = tempDir();
    const pdf = join(t.dir, 'phu-luc.pdf');
    const r = await cli(['annex', PLAN, ...AS_OF, '-o', pdf]);
    expect(r.code).toBe(2);
    for (const ext of ['.docx', '.md', '.html']) expect(r.err).toContain(ext);
    expect(existsSync(pdf)).toBe(false);
    expect((await cli(['annex', PLAN, ...AS_OF, '-o', pdf, '--lang', 'en'])).err).toMatch(
      /annex cannot write .*phu-luc\.pdf.*\.docx, \.md/,
    );
  });
});

describe('a broken waivers, baseline or cache file is named as what it is', () => {
  const t = tempDir();
  const broken: [string, string[], string, string][] = [
    ['waivers, YAML syntax', ['--waivers', t.write('w1.yaml', 'waivers: [\n')], 'tệp miễn trừ hỏng: ', 'broken waivers file: '],
    ['waivers, schema', ['--waivers', t.write('w2.yaml', 'waivers:\n  - rule: x\n')], 'tệp miễn trừ hỏng: ', 'broken waivers file: '],
    ['waivers, missing', ['--waivers', join(t.dir, 'none.yaml')], 'tệp miễn trừ hỏng: ', 'broken waivers file: '],
    ['baseline, not JSON', ['--baseline', t.write('b1.json', '{')], 'Tệp baseline', 'baseline'],
    ['baseline, an entry of the wrong shape', ['--baseline', t.write('b2.json', '{"entries":[null]}')], 'Tệp baseline', 'baseline'],
    ['cache folder that is a file', ['--cache-location', t.write('cache', 'x')], 'không phải thư mục bộ nhớ đệm', 'not a cache folder'],
  ];
  it.each(broken)('%s', async (_name, args, vi, en) => {
    const r = await cli([PLAN, ...AS_OF, ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(vi);
    expect(r.err).not.toMatch(/bộ quy tắc hỏng|lỗi nội bộ/);
    const e = await cli([PLAN, ...AS_OF, ...args, '--lang', 'en']);
    expect(e.err).toContain(en);
    expect(e.err).not.toMatch(/broken rule set|internal error/);
  });
});

describe('waivers', () => {
  const waiver = (plan?: string) =>
    `${plan ? `plan: ${plan}\n` : ''}waivers:\n  - rule: known-misspelling\n    reason: Tên riêng\n    approved_by: Trần Thị Duyệt\n    reference: Biên bản ngày 10/3/2026\n`;

  it("plan: in a waivers file is read from the waivers file's folder, wherever the run starts", async () => {
    const t = tempDir();
    const plan = t.write('plan.yaml', readFileSync(join(ROOT, PLAN), 'utf8'));
    mkdirSync(join(t.dir, 'review'));
    const review = t.write('review/w.yaml', waiver('../plan.yaml'));
    const r = await cli([plan, ...AS_OF, '--waivers', review, '-f', 'json']); // the run starts in the repository, not in t.dir
    const findings = JSON.parse(r.out).files[0].findings as { ruleId: string; waiver?: unknown }[];
    const misspelt = findings.filter((f) => f.ruleId === 'known-misspelling');
    expect(misspelt.length).toBeGreaterThan(0);
    expect(misspelt.every((f) => f.waiver)).toBe(true);
    expect(findings.some((f) => f.ruleId === 'waiver-unused')).toBe(false);
    // and the unused-waiver rule does run: a waiver for a rule that raises nothing is reported
    writeFileSync(
      review,
      `${waiver('../plan.yaml')}  - rule: task-product-required\n    reason: x\n    approved_by: y\n    reference: z\n`,
    );
    const unused = JSON.parse((await cli([plan, ...AS_OF, '--waivers', review, '-f', 'json'])).out).files[0].findings as {
      ruleId: string;
    }[];
    expect(unused.filter((f) => f.ruleId === 'waiver-unused')).toHaveLength(1);
  });

  it('the text summary counts the waived findings', async () => {
    const t = tempDir();
    const review = t.write('w.yaml', waiver());
    const json = JSON.parse((await cli([PLAN, ...AS_OF, '--waivers', review, '-f', 'json'])).out);
    const waived = json.summary.waivedFindings as number;
    expect(waived).toBeGreaterThan(0);
    expect((await cli([PLAN, ...AS_OF, '--waivers', review])).out).toContain(`${json.summary.info} thông tin, ${waived} được miễn trừ ·`);
    expect((await cli([PLAN, ...AS_OF, '--waivers', review, '--lang', 'en'])).out).toContain(
      `${json.summary.info} info, ${waived} waived ·`,
    );
    expect((await cli([PLAN, ...AS_OF])).out).toMatch(/\d+ thông tin · /); // nothing waived: nothing added
  });
});

describe('a reader that closes early', () => {
  it("plan-check … -f json | head -c 10 ends quietly, with the run's exit code", () => {
    // 120 KB of JSON: more than a pipe holds, so the write meets the closed pipe.
    const r = spawnSync(
      'bash',
      ['-c', '"$1" "$2" plans/2026.yaml --as-of 2026-06-01 -f json | head -c 10; echo " ${PIPESTATUS[0]}"', 'bash', process.execPath, BIN],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('{\n  "tool" 0\n');
  });
});
