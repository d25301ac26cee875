import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000 });
import { availableParallelism } from 'node:os';
import { syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';
import type { FileReport, Report } from '../src/types.js';
import { ROOT } from './helpers/cli.js';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';
import { runIn, spawnIn, textCounts } from './helpers/verdict.js';

const AS_OF = '2026-06-01';
const example = (name: string) => readFileSync(join(ROOT, 'plans', name), 'utf8');
const withError = example('2026.yaml').replace(/^ {2}year: 2026$/m, '  year: hai nghìn');

describe('item 1: a batch in text or GitHub format counts like JSON', () => {
  it('plans/*.yaml: same totals and exit code in text, github and json', async () => {
    // JSON from the built binary as a process; text and GitHub in-process (tests/helpers/cli.ts)
    const json = await spawnIn(ROOT, ['--as-of', AS_OF, '-f', 'json', 'plans/*.yaml']);
    const text = await runIn(ROOT, ['--as-of', AS_OF, 'plans/*.yaml']);
    const github = await runIn(ROOT, ['--as-of', AS_OF, '-f', 'github', 'plans/']);
    const s = (JSON.parse(json.out) as Report).summary;
    expect(s.error).toBeGreaterThan(0);
    expect(textCounts(text.out).total).toEqual({ error: s.error, warning: s.warning, info: s.info });
    expect(github.out.split('\n').filter((l) => l.startsWith('::error ')).length).toBe(s.error);
    expect([text.code, github.code]).toEqual([json.code, json.code]);
    expect(json.code).toBe(1);
  });

  it('--baseline: every new error is counted, pre-existing ones are marked', async () => {
    const t = tempDir('plan-check-batch-baseline-');
    t.write('a.yaml', example('2026.yaml'));
    t.write('b.yaml', example('2026.yaml'));
    expect((await runIn(t.dir, ['--as-of', AS_OF, '--write-baseline', 'base.json', 'a.yaml', 'b.yaml'])).code).toBe(0);
    // two new errors in each plan (tasks without product), its old warnings still there
    const twice = example('2026.yaml')
      .replace(/^ {4}product: .*\n/m, '')
      .replace(/^ {4}product: .*\n/m, '');
    t.write('a.yaml', twice);
    t.write('b.yaml', twice);
    const json = await runIn(t.dir, [
      '--as-of',
      AS_OF,
      '--baseline',
      'base.json',
      '-f',
      'sarif',
      '-o',
      'r.sarif',
      '-f',
      'json',
      'a.yaml',
      'b.yaml',
    ]);
    const text = await runIn(t.dir, ['--as-of', AS_OF, '--baseline', 'base.json', 'a.yaml', 'b.yaml']);
    const r = JSON.parse(json.out) as Report;
    expect(r.summary.error).toBeGreaterThanOrEqual(4);
    expect(textCounts(text.out).total.error).toBe(r.summary.error);
    expect(text.out).toContain('đã có từ trước');
    expect([json.code, text.code]).toEqual([1, 1]);
  }, 30_000);
});

describe('item 2: folders never skip a plan file silently', () => {
  it('UTF-16, broken YAML and a file that cannot be read are each reported; waivers are not plans', async () => {
    const t = tempDir('plan-check-folder-');
    mkdirSync(join(t.dir, 'plans'));
    t.write('plans/ok.yaml', MINIMAL_PLAN);
    t.write('plans/utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL_PLAN, 'utf16le')]));
    t.write('plans/broken.yaml', MINIMAL_PLAN.replace('plan:\n', 'plan: {\n'));
    t.write('plans/review.yaml', 'plan: plans/ok.yaml\nwaivers: []\n');
    const json = await runIn(t.dir, ['--as-of', AS_OF, '-f', 'json', 'plans']);
    const r = JSON.parse(json.out) as Report;
    expect(r.files.map((f) => f.file)).toEqual(['plans/broken.yaml', 'plans/ok.yaml', 'plans/utf16.yaml']);
    expect(r.files[0]!.findings.some((f) => f.severity === 'error' && f.location.file === 'plans/broken.yaml')).toBe(true);
    expect(json.code).toBe(1);

    // unreadable: a FIFO named like a plan (root can read any file, so chmod 000 proves nothing)
    execFileSync('mkfifo', [join(t.dir, 'plans', 'fifo.yaml')]);
    for (const f of ['text', 'github']) {
      const r2 = await runIn(t.dir, ['--as-of', AS_OF, '-f', f, 'plans']);
      expect(r2.code).toBe(2);
      expect(r2.err).toContain('plans/fifo.yaml');
      expect(r2.err).toContain('không phải là tệp thông thường');
    }
  }, 30_000);
});

describe('item 4: a baseline never satisfies the signing gate', () => {
  it('--for-signing --baseline refuses a plan with errors; the findings stay, marked', async () => {
    const t = tempDir('plan-check-sign-baseline-');
    t.write('p.yaml', withError);
    expect((await runIn(t.dir, ['--as-of', AS_OF, '--write-baseline', 'b.json', 'p.yaml'])).code).toBe(1);
    const plain = await runIn(t.dir, ['--as-of', AS_OF, '--baseline', 'b.json', '-f', 'json', 'p.yaml']);
    expect(plain.code).toBe(0); // today's CI semantics: nothing new
    const file = (JSON.parse(plain.out) as Report).files[0]!;
    expect(file.findings.length).toBeGreaterThan(0);
    expect(file.findings.every((f) => f.baselined)).toBe(true);
    const sign = await runIn(t.dir, ['--as-of', AS_OF, '--baseline', 'b.json', '--for-signing', '-f', 'json', 'p.yaml']);
    const r = JSON.parse(sign.out) as Report;
    expect(r.signing?.ready).toBe(false);
    expect(r.signing?.reasons.join(' ')).toMatch(/lỗi/);
    expect(sign.code).toBe(1);
    const text = await runIn(t.dir, ['--as-of', AS_OF, '--baseline', 'b.json', '--for-signing', 'p.yaml']);
    expect(text.out).toContain('Chưa đủ điều kiện trình ký');
    expect(text.out).not.toContain('Đủ điều kiện trình ký.');
    expect(text.out).toContain('đã có từ trước');
    // baselines match by message, so an English run needs an English baseline
    await runIn(t.dir, ['--as-of', AS_OF, '--lang', 'en', '--write-baseline', 'en.json', 'p.yaml']);
    const en = await runIn(t.dir, ['--as-of', AS_OF, '--baseline', 'en.json', '--lang', 'en', 'p.yaml']);
    expect(en.out).toContain('pre-existing');
  }, 40_000);
});

describe('item 8: the result cache', () => {
  it('a baseline entry for b.yaml is never applied to an identical a.yaml through the cache', async () => {
    const t = tempDir('plan-check-cache-path-');
    t.write('b.yaml', withError);
    expect((await runIn(t.dir, ['--as-of', AS_OF, '--write-baseline', 'base.json', 'b.yaml'])).code).toBe(1);
    t.write('a.yaml', withError);
    const args = ['--as-of', AS_OF, '--baseline', 'base.json', '--cache-location', 'cache', '-f', 'json'];
    expect((await runIn(t.dir, [...args, 'b.yaml'])).code).toBe(0);
    const a = await runIn(t.dir, [...args, 'a.yaml']);
    expect(a.code).toBe(1);
    expect((JSON.parse(a.out) as Report).files[0]!.findings.some((f) => f.severity === 'error' && !f.baselined)).toBe(true);
  }, 30_000);

  it('an entry of the wrong shape is a miss, never a crash', async () => {
    const t = tempDir('plan-check-cache-shape-');
    t.write('p.yaml', withError);
    const args = ['--as-of', AS_OF, '--cache-location', 'cache', '-f', 'json', 'p.yaml'];
    const cold = await runIn(t.dir, args);
    const entries = readdirSync(join(t.dir, 'cache'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    expect(entries).toHaveLength(1);
    const entry = join(t.dir, 'cache', entries[0]!);
    const stored = JSON.parse(readFileSync(entry, 'utf8'));
    const wrong = [
      '{not json',
      JSON.stringify({ ...stored, report: { ...stored.report, findings: [{ severity: 'error' }] } }),
      JSON.stringify({ ...stored, report: { ...stored.report, findings: [] }, key: 'x' }),
      JSON.stringify(stored.report),
      'null',
      JSON.stringify({ ...stored, report: { ...stored.report, checks: 'x' } }),
    ];
    for (const w of wrong) {
      writeFileSync(entry, w);
      const r = await runIn(t.dir, args);
      expect(r.err).toBe('');
      expect(r.code).toBe(cold.code);
      expect(JSON.parse(r.out)).toEqual(JSON.parse(cold.out));
    }
  }, 60_000);

  it('the key holds the path, the as-of date, the waivers, the baseline, --for-signing and the rule sets', async () => {
    const { ResultCache } = await import('../src/batch/cache.js');
    const c = new ResultCache('/nonexistent', 'fingerprint');
    expect(c.key('a.yaml', 'h')).not.toBe(c.key('b.yaml', 'h'));
    expect(new ResultCache('/x', 'other').key('a.yaml', 'h')).not.toBe(c.key('a.yaml', 'h'));
    const { Checker } = await import('../src/check.js');
    const base = new Checker({ asOf: AS_OF }).fingerprint();
    expect(new Checker({ asOf: '2026-06-02' }).fingerprint()).not.toBe(base);
    expect(new Checker({ asOf: AS_OF, forSigning: true }).fingerprint()).not.toBe(base);
    expect(new Checker({ asOf: AS_OF, lang: 'en' }).fingerprint()).not.toBe(base);
  });
});

describe('item 13: folder walks stay inside the folder', () => {
  it('a link out of the folder is not followed unless --follow-symlinks', async () => {
    const t = tempDir('plan-check-links-');
    mkdirSync(join(t.dir, 'plans'));
    mkdirSync(join(t.dir, 'outside'));
    t.write('plans/in.yaml', MINIMAL_PLAN);
    t.write('outside/secret.yaml', MINIMAL_PLAN);
    symlinkSync(join(t.dir, 'outside'), join(t.dir, 'plans', 'to-outside'));
    symlinkSync(join(t.dir, 'outside', 'secret.yaml'), join(t.dir, 'plans', 'file-link.yaml'));
    symlinkSync('/', join(t.dir, 'plans', 'root'));
    mkdirSync(join(t.dir, 'plans', 'sub'));
    symlinkSync('../in.yaml', join(t.dir, 'plans', 'sub', 'inside-link.yaml'));
    const r = await runIn(t.dir, ['--as-of', AS_OF, '-f', 'json', 'plans']);
    expect((JSON.parse(r.out) as Report).files.map((f) => f.file)).toEqual(['plans/in.yaml', 'plans/sub/inside-link.yaml']);
    expect(r.err).toContain('--follow-symlinks');
    rmSync(join(t.dir, 'plans', 'root')); // not the whole machine, even in a test
    const { expandInputs } = await import('../src/batch/expand-inputs.js');
    const followed = expandInputs([join(t.dir, 'plans', 'to-outside')].concat(join(t.dir, 'plans', 'file-link.yaml')), {
      followSymlinks: true,
    });
    expect(followed).toHaveLength(2);
    const cwd = process.cwd();
    process.chdir(t.dir);
    try {
      const all = (await import('../src/batch/expand-inputs.js')).expandInputs(['plans'], { followSymlinks: true });
      expect(all).toContain('plans/to-outside/secret.yaml');
      expect(all).toContain('plans/file-link.yaml');
    } finally {
      process.chdir(cwd);
    }
  }, 30_000);

  it('--follow-symlinks is an option of the check command', async () => {
    const r = await runIn(ROOT, ['--help']);
    expect(r.out).toContain('--follow-symlinks');
  });
});

describe('item 15: --jobs and large batches', () => {
  it('never starts more worker threads than cores', async () => {
    // node:worker_threads' Worker replaced for this test only (the live ESM binding too), put back
    // in finally: no module registry reset, so later in-process runs in this worker keep the real one.
    let started = 0;
    class CountingWorker {
      private handlers = new Map<string, (x: unknown) => void>();
      constructor() {
        started++;
      }
      on(ev: string, f: (x: unknown) => void) {
        this.handlers.set(ev, f);
        return this;
      }
      postMessage(m: { id: number; file: string }) {
        setImmediate(() => this.handlers.get('message')?.({ id: m.id, report: { file: m.file } }));
      }
      terminate() {
        return Promise.resolve(0);
      }
    }
    const real = workerThreads.Worker;
    workerThreads.Worker = CountingWorker as unknown as typeof workerThreads.Worker;
    syncBuiltinESMExports();
    const done: number[] = [];
    try {
      const { runPool } = await import('../src/batch/pool.js');
      await runPool(
        Array.from({ length: 50 }, (_, i) => `p${i}.yaml`),
        64,
        {},
        (i) => done.push(i),
      );
    } finally {
      workerThreads.Worker = real;
      syncBuiltinESMExports();
    }
    expect(done).toHaveLength(50);
    expect(started).toBe(Math.min(64, availableParallelism()));
    const { jobsFor } = await import('../src/batch/run-batch.js');
    expect(jobsFor(64, 2)).toBe(2);
    expect(jobsFor(undefined, 4)).toBe(4);
    expect(jobsFor(1, 4)).toBe(1);
  });

  it('JSON for a batch of any size is written file by file, never as one string', async () => {
    const { JsonStream, writeJson, formatJson } = await import('../src/report/formatters/json.js');
    const { buildReport } = await import('../src/report/build-report.js');
    const file = (i: number): FileReport => ({
      file: `plans/p${i}.yaml`,
      sha256: 'x'.repeat(64),
      plan: { title: `Kế hoạch ${i}` },
      rulesets: [{ id: 'core', version: '1' }],
      checks: [{ ruleId: 'r', title: 'R', status: 'fail', severity: 'error', evaluated: 1, findings: [] }],
      findings: [
        {
          ruleId: 'r',
          severity: 'error',
          message: 'm'.repeat(200),
          location: { file: `plans/p${i}.yaml`, pointer: '/a', line: 1, column: 1 },
        },
      ],
    });
    // exact bytes on a small report
    const small = buildReport({ tool: { name: 'plan-check', version: '0' }, asOf: AS_OF, lang: 'vi', files: [file(1), file(2)] });
    expect(formatJson(small)).toBe(JSON.stringify(small, null, 2) + '\n');
    expect(formatJson({ ...small, files: [] })).toBe(JSON.stringify({ ...small, files: [] }, null, 2) + '\n');
    let streamed = '';
    const s = new JsonStream((c) => (streamed += c));
    s.begin({ tool: small.tool, asOf: small.asOf, lang: small.lang });
    small.files.forEach((f) => s.file(f));
    s.end(small.summary);
    expect(streamed).toBe(JSON.stringify(small, null, 2) + '\n');

    // 20,000 plans: the largest piece written is one file's, however many files there are
    const n = 20_000;
    const big = {
      tool: small.tool,
      asOf: AS_OF,
      lang: 'vi' as const,
      files: Array.from({ length: n }, (_, i) => file(i)),
      summary: small.summary,
    };
    let pieces = 0;
    let largest = 0;
    let total = 0;
    writeJson(big, (c) => {
      pieces++;
      largest = Math.max(largest, c.length);
      total += c.length;
    });
    expect(pieces).toBeGreaterThan(n);
    expect(largest).toBeLessThan(2_000);
    expect(total).toBeGreaterThan(n * 500);
  });
});
