import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { cli, ROOT, run, sha, type CliResult } from './helpers/cli.js';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { InputError } from '../src/errors/input-error.js';
import { parseDeadline } from '../src/plan/deadline.js';
import { extractCitations } from '../src/legal/citations.js';
import { format, FORMATS } from '../src/report/formatters/index.js';
import { buildReport } from '../src/report/build-report.js';
import type { FileReport, Finding, Severity } from '../src/types.js';

const require = createRequire(import.meta.url);
const STATIC = join(ROOT, 'tests', 'hostile');
const t = tempDir('plan-check-hostile-');
const gen = (name: string, content: string | Buffer) => t.write(name, content);

/** The generated part of the corpus. */
const generated: Record<string, () => string> = {
  'alias-bomb.yaml': () =>
    gen(
      'alias-bomb.yaml',
      [
        'a: &a [x,x,x,x,x,x,x,x,x]',
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
              .fill('*' + String.fromCharCode(97 + i))
              .join(',')}]`,
        ),
      ].join('\n') + '\n',
    ),
  'proto.yaml': () =>
    gen('proto.yaml', MINIMAL_PLAN.replace('tasks:', '__proto__: { polluted: 1 }\nconstructor: { prototype: { polluted: 1 } }\ntasks:')),
  'nfd.yaml': () => gen('nfd.yaml', MINIMAL_PLAN.normalize('NFD')),
  'bom.yaml': () => gen('bom.yaml', '\uFEFF' + MINIMAL_PLAN),
  'utf16le.yaml': () => gen('utf16le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL_PLAN, 'utf16le')])),
  'utf16be.yaml': () => gen('utf16be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(MINIMAL_PLAN, 'utf16le').swap16()])),
  'binary.yaml': () => gen('binary.yaml', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))),
  'big-50mb.yaml': () => gen('big-50mb.yaml', MINIMAL_PLAN + ('# ' + 'x'.repeat(1022) + '\n').repeat(50 * 1024)),
  'thousands-of-tasks.yaml': () =>
    gen(
      'thousands-of-tasks.yaml',
      MINIMAL_PLAN.replace(
        /tasks:[\s\S]*$/,
        stringify({
          tasks: Array.from({ length: 3000 }, (_, i) => ({
            id: String(i + 1),
            content: `Nhiệm vụ số ${i + 1} về kiểm soát thủ tục hành chính`,
            lead: ['Trung tâm Phục vụ hành chính công'],
            deadline: i % 7 ? 'Thường xuyên' : 'Quý II/2026',
            product: 'Báo cáo',
          })),
        }),
      ),
    ),
  'empty.yaml': () => gen('empty.yaml', ''),
  'only-comments.yaml': () => gen('only-comments.yaml', '# chỉ có ghi chú\n# không có nội dung\n'),
  'scalar.yaml': () => gen('scalar.yaml', 'chỉ là một chuỗi\n'),
  'multi-document.yaml': () => gen('multi-document.yaml', MINIMAL_PLAN + '---\n' + MINIMAL_PLAN),
  'deep-nesting.yaml': () => gen('deep-nesting.yaml', 'a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n'),
  'long-line.yaml': () =>
    gen('long-line.yaml', MINIMAL_PLAN.replace('content: Xây dựng kế hoạch', `content: "${'kiểm soát '.repeat(200_000)}"`)),
  'control-chars.yaml': () => gen('control-chars.yaml', MINIMAL_PLAN.replace('Xây dựng', 'Xây\u0007dựng')),
};

const corpus: string[] = [];
beforeAll(() => {
  for (const f of readdirSync(STATIC).filter((x) => x.endsWith('.yaml'))) corpus.push(join(STATIC, f));
  for (const make of Object.values(generated)) corpus.push(make());
});

const STACK = /\n\s+at .+\(.*:\d+:\d+\)/;

/**
 * The corpus files run by the built binary as a process: deep nesting, whose findings depend on the
 * stack depth of the process (the test worker's differs), and a binary file (exit 2 from the bin).
 */
const SPAWNED = ['deep-nesting.yaml', 'binary.yaml'];

/** One run of the command line per corpus file (in-process, tests/helpers/cli.ts, but SPAWNED), shared by the tests that judge its output. */
const runs = new Map<string, { before: string; r: CliResult }>();
beforeAll(async () => {
  for (const file of corpus) {
    const before = sha(file);
    const args = [file, '-f', 'json', '--as-of', '2026-03-10'];
    runs.set(file, { before, r: SPAWNED.some((n) => file.endsWith(`/${n}`)) ? run(args) : await cli(args) });
  }
  expect(SPAWNED.every((n) => corpus.some((f) => f.endsWith(`/${n}`)))).toBe(true);
}, 120_000);
const runOnce = (file: string) => runs.get(file)!;

describe('hostile corpus through the command line', () => {
  it('every file: a located finding or exit 2, never a crash or a stack trace, the input unchanged', () => {
    for (const file of corpus) {
      const { before, r } = runOnce(file);
      expect([0, 1, 2], `${file}: ${r.err}`).toContain(r.code);
      expect(r.err + r.out, file).not.toMatch(STACK);
      expect(r.err, file).not.toMatch(/lỗi nội bộ|internal error/);
      if (r.code === 2) expect(r.err, file).toMatch(/^plan-check: /);
      else {
        const report = JSON.parse(r.out);
        for (const f of report.files[0].findings) {
          expect(f.location.line, file).toBeGreaterThanOrEqual(1);
          expect(f.location.column, file).toBeGreaterThanOrEqual(1);
        }
      }
      expect(sha(file), file).toBe(before);
    }
  }, 120_000);

  it('specific verdicts', () => {
    const code = (name: string) => runOnce(corpus.find((f) => f.endsWith(name))!).r.code;
    expect(code('binary.yaml')).toBe(2);
    expect(code('big-50mb.yaml')).toBe(2);
    for (const n of [
      'alias-bomb.yaml',
      'proto.yaml',
      'empty.yaml',
      'syntax-errors.yaml',
      'wrong-types.yaml',
      'multi-document.yaml',
      'scalar.yaml',
    ])
      expect(code(n), n).toBe(1);
    for (const n of ['nfd.yaml', 'bom.yaml', 'utf16le.yaml', 'utf16be.yaml', 'thousands-of-tasks.yaml']) expect(code(n), n).toBe(0);
  }, 120_000);

  it('every format stays valid on injected markup', async () => {
    const file = join(STATIC, 'injection.yaml');
    const dir = join(t.dir, 'out');
    mkdirSync(dir, { recursive: true });
    const args = [file, '--as-of', '2026-03-10'];
    for (const f of FORMATS) args.push('-f', f, '-o', join(dir, `r.${f}`));
    expect([0, 1]).toContain((await cli(args)).code);
    expect(() => JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).not.toThrow();
    const Ajv = require('ajv-draft-04');
    const validate = new Ajv({ strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(
      JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')),
    );
    expect(validate(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')))).toBe(true);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).not.toMatch(/<script>(alert|document)/);
    expect(html).not.toContain('<img src=x');
    expect(readFileSync(join(dir, 'r.junit'), 'utf8')).not.toContain('<script>');
    expect(readFileSync(join(dir, 'r.markdown'), 'utf8')).not.toMatch(/[^\\]<script>/);
  });

  it('a folder with a symbolic-link loop is walked once', async () => {
    const dir = join(t.dir, 'loop');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'plan.yaml'), MINIMAL_PLAN);
    symlinkSync('..', join(dir, 'sub', 'back'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.yaml'));
    const r = await cli([dir, '--as-of', '2026-06-01', '-f', 'json']);
    // The loop is walked once; the dangling link is a .yaml that cannot be read: reported, never skipped.
    expect(r.code).toBe(2);
    const files = JSON.parse(r.out).files as { file: string; findings: { ruleId: string }[] }[];
    expect(files.map((f) => f.file)).toEqual([join(dir, 'dangling.yaml'), join(dir, 'sub', 'plan.yaml')]);
    expect(files[0]!.findings.map((f) => f.ruleId)).toEqual(['input-readable']);
    expect(r.err).toContain('dangling.yaml');
  });

  describe('an interrupted run leaves no half-written report: the old report or none', () => {
    // The CLI is cut off in the middle of writing the report (tests/helpers/crash-mid-write.mjs),
    // not at a moment chosen by a timer: the test reaches its assertion every time.
    const interrupted = (out: string, how: 'kill' | 'term', input = join(ROOT, 'plans')) => {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), input, '--as-of', '2026-03-10', '-f', 'json', '-o', out], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          NO_COLOR: '1',
          PLAN_CHECK_TEST_CRASH_IN: join(out, '..'),
          PLAN_CHECK_TEST_CRASH_HOW: how,
          NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'tests', 'helpers', 'crash-mid-write.mjs')).href}`,
        },
      });
      return { signal: r.signal, code: r.status };
    };

    it.each([
      ['a folder (report streamed)', join(ROOT, 'plans')],
      ['one plan (report written at once)', join(ROOT, 'plans', '2026.yaml')],
    ])('killed (SIGKILL) while writing a new report of %s: no report at all', (_name, input) => {
      const dir = join(t.dir, `killed-new-${input.length}`);
      mkdirSync(dir, { recursive: true });
      const out = join(dir, 'report.json');
      expect(interrupted(out, 'kill', input).signal).toBe('SIGKILL'); // the write was reached and cut off
      expect(existsSync(out)).toBe(false);
    });

    it('killed (SIGKILL) while replacing a report: the previous report, byte for byte', () => {
      const dir = join(t.dir, 'killed-old');
      mkdirSync(dir, { recursive: true });
      const out = join(dir, 'report.json');
      const previous = JSON.stringify({ previous: true, files: [] });
      writeFileSync(out, previous);
      expect(interrupted(out, 'kill').signal).toBe('SIGKILL');
      expect(readFileSync(out, 'utf8')).toBe(previous);
    });

    it('terminated (SIGTERM) mid-write: exit 143, the previous report kept, no temporary file left', () => {
      const dir = join(t.dir, 'terminated');
      mkdirSync(dir, { recursive: true });
      const out = join(dir, 'report.json');
      const previous = JSON.stringify({ previous: true, files: [] });
      writeFileSync(out, previous);
      expect(interrupted(out, 'term').code).toBe(143);
      expect(readFileSync(out, 'utf8')).toBe(previous);
      expect(readdirSync(dir)).toEqual(['report.json']);
    });

    it('without the interruption the same run writes the whole report (the hook only cuts what it is asked to)', async () => {
      const dir = join(t.dir, 'whole');
      mkdirSync(dir, { recursive: true });
      const out = join(dir, 'report.json');
      expect((await cli([join(ROOT, 'plans'), '--as-of', '2026-03-10', '-f', 'json', '-o', out])).code).toBeLessThan(2);
      expect(JSON.parse(readFileSync(out, 'utf8')).files.length).toBeGreaterThan(1);
    });
  });
});

describe('properties (fast-check)', () => {
  it('the loader never throws but InputError, and locates every finding', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.constantFrom(MINIMAL_PLAN).chain((p) => fc.nat(p.length).map((k) => p.slice(0, k) + p.slice(k + 1))),
        ),
        (text) => {
          const file = t.write(`prop-${n++ % 50}.yaml`, text);
          try {
            const p = loadPlan(file, 'vi');
            for (const f of p.findings) expect(f.location.line >= 1 && f.location.column >= 1).toBe(true);
          } catch (err) {
            expect(err).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the deadline parser never throws, keeps the text, gives real dates', () => {
    const words = fc.constantFrom(
      'Quý',
      'I',
      'II',
      'IV',
      'tháng',
      'năm',
      'Từ',
      'đến',
      'ngày',
      'Chậm nhất',
      'Thường xuyên',
      'trong',
      '(',
      ')',
      ';',
      '/',
      '2026',
      '15/9/2026',
      '31/02/2026',
      '12',
      'Theo',
      'Sau khi',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words, { maxLength: 8 }).map((w) => w.join(' ')),
        ),
        (s) => {
          const d = parseDeadline(s, 2026);
          expect(d.text).toBe(s);
          for (const x of [d.start, d.end]) if (x) expect(new Date(x + 'T00:00:00Z').toISOString().slice(0, 10)).toBe(x);
          if (d.start && d.end) expect(d.start <= d.end).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the citation extractor never throws and stays inside the text', () => {
    const parts = fc.constantFrom(
      'Nghị định',
      'số',
      '118',
      '/2025',
      '/NĐ-CP',
      'ngày',
      '09/6/2025',
      'của',
      'Chính phủ',
      'Luật',
      'Quyết định',
      '66.7',
      ' ',
      ';',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(parts, { maxLength: 12 }).map((w) => w.join('')),
        ),
        (s) => {
          for (const c of extractCitations(s)) {
            expect(c.start >= 0 && c.end <= s.length && c.start < c.end).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('every formatter gives valid output for any text in findings', () => {
    const sev = fc.constantFrom<Severity>('error', 'warning', 'info');
    const markup = fc.oneof(
      fc.string(),
      fc.constantFrom('<script>alert(1)</script>', '<b>đậm</b>', '<img src=x onerror=1>', 'a & b <i>c</i>'),
    );
    const finding = fc
      .record({
        ruleId: fc.string({ minLength: 1 }),
        severity: sev,
        message: markup,
        fix: fc.string(),
        line: fc.nat(5000),
        column: fc.nat(300),
      })
      .map((f): Finding => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        fix: f.fix,
        location: { file: 'plans/x.yaml', pointer: '/tasks/0', line: f.line + 1, column: f.column + 1 },
        subject: { kind: 'task', id: f.ruleId },
      }));
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 6 }), fc.string(), (findings, title) => {
        const file: FileReport = {
          file: 'plans/x.yaml',
          sha256: '0'.repeat(64),
          plan: { title },
          rulesets: [],
          checks: [{ ruleId: 'r', title, status: findings.length ? 'fail' : 'pass', severity: 'error', evaluated: 1, findings }],
          findings,
        };
        const report = buildReport({ tool: { name: 'plan-check', version: '0' }, asOf: '2026-01-01', lang: 'vi', files: [file] });
        for (const name of FORMATS) {
          const out = format(name, report, { color: false });
          if (name === 'json' || name === 'sarif') expect(() => JSON.parse(out)).not.toThrow();
          // hostile markup in a message never reaches XML or HTML unescaped (random text such as "<t"
          // can coincide with the page's own tags, so only real injected tags are looked for)
          if (name === 'html' || name === 'junit')
            for (const f of findings) if (/<(script|img|b|i)[ >]/.test(f.message)) expect(out).not.toContain(f.message);
          if (name === 'html')
            for (const f of findings) if (f.message.includes('<')) expect(out).not.toContain(`<div class="msg">${f.message}</div>`);
        }
      }),
      { numRuns: 150 },
    );
  });
});
