import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli, ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

// Issue 11 item 11: outputs never replace a device, never follow a planted symlink, never
// overwrite an input of the run, and leave no temporary file behind. The command line runs
// in-process (tests/helpers/cli.ts) except where the process matters: a FIFO's reader, the pid in
// the old temporary name, signals.

const BIN = join(ROOT, 'dist', 'cli', 'main.js');
const PLAN = join(ROOT, 'plans', '2026.yaml');
const AS_OF = ['--as-of', '2026-06-01'];
const isRoot = process.getuid?.() === 0;
vi.setConfig({ testTimeout: 120_000 }); // slow on a loaded machine

/** The CLI run asynchronously from `cwd`, with its exit code and output once it ends. */
function runAsync(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
  return { child, done };
}

const tmpFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('outputs that are not regular files are written in place', () => {
  it('-o onto a FIFO writes through it: the FIFO stays a FIFO and its reader gets the report', async () => {
    const t = tempDir();
    const fifo = join(t.dir, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let got = '';
    reader.stdout.on('data', (d) => (got += d));
    const readerDone = new Promise<number | null>((resolve) => reader.on('close', (code) => resolve(code)));
    const r = await runAsync([PLAN, ...AS_OF, '-f', 'json', '-o', fifo], t.dir).done;
    const timer = setTimeout(() => reader.kill('SIGKILL'), 5000); // a reader left waiting: the FIFO was replaced
    const readerCode = await readerDone;
    clearTimeout(timer);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readerCode).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(got).files[0].file).toBe(PLAN);
    expect(tmpFiles(t.dir)).toEqual([]);
  });

  it('-o onto a character device (/dev/null, or a null device made for the test as root) leaves the device in place', async () => {
    const t = tempDir();
    let device = '/dev/null';
    if (isRoot) {
      // As root the old code replaced the machine's /dev/null: test on a device of our own instead.
      device = join(t.dir, 'null');
      execFileSync('mknod', [device, 'c', '1', '3']);
    }
    for (const args of [
      [PLAN, ...AS_OF, '-o', device],
      [PLAN, ...AS_OF, '-f', 'json', '-o', device],
      ['annex', PLAN, ...AS_OF, '-o', device],
      ['diff', PLAN, PLAN, ...AS_OF, '-o', device],
    ]) {
      const r = await cli(args);
      expect(r.err, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
      expect(lstatSync(device).isCharacterDevice(), args.join(' ')).toBe(true);
    }
    expect(tmpFiles(t.dir)).toEqual([]);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('-o - writes to stdout, never a file named "-"', async () => {
    const t = tempDir();
    const r = await cli([PLAN, ...AS_OF, '-f', 'json', '-o', '-'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files).toHaveLength(1);
    expect(existsSync(join(t.dir, '-'))).toBe(false);
  });
});

describe('temporary files', () => {
  it('a symlink planted at the old predictable temporary name is never followed', () => {
    const t = tempDir();
    const victim = t.write('victim.txt', 'precious\n');
    // `exec` keeps the shell's pid, so the link sits exactly where the old code put its temporary file.
    const script = 'ln -s "$1" ".r.json.$$.tmp" && exec "$2" "$3" "$4" --as-of 2026-06-01 -f json -o r.json';
    const r = spawnSync('sh', ['-c', script, 'sh', victim, process.execPath, BIN, PLAN], { cwd: t.dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(JSON.parse(readFileSync(join(t.dir, 'r.json'), 'utf8')).files).toHaveLength(1);
    expect(
      readdirSync(t.dir)
        .filter((n) => n.endsWith('.tmp'))
        .every((n) => lstatSync(join(t.dir, n)).isSymbolicLink()),
    ).toBe(true);
  });

  it('no temporary file is left after an error (a broken rule set stops the run)', async () => {
    const t = tempDir();
    const r = await cli([
      PLAN,
      ...AS_OF,
      '--rules',
      'tests/fixtures/broken-rules/unknown-operator.yaml',
      '-f',
      'json',
      '-o',
      join(t.dir, 'r.json'),
      '-f',
      'html',
      '-o',
      join(t.dir, 'r.html'),
    ]);
    expect(r.code).toBe(2);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`no temporary file is left after ${signal}`, async () => {
      const t = tempDir();
      const plans = join(t.dir, 'plans');
      mkdirSync(plans);
      for (let i = 0; i < 40; i++) copyFileSync(PLAN, join(plans, `p${String(i).padStart(2, '0')}.yaml`));
      // Text of several plans streams into the output file as results come (workers keep the main thread free).
      const { child, done } = runAsync([plans, ...AS_OF, '--jobs', '2', '-f', 'text', '-o', 'r.txt'], t.dir);
      let sent = false;
      const poll = setInterval(() => {
        if (!sent && tmpFiles(t.dir).length > 0) {
          sent = true;
          child.kill(signal);
        }
      }, 5);
      const r = await done;
      clearInterval(poll);
      expect(sent, 'the run ended before its temporary file was seen').toBe(true);
      expect(r.code !== 0 || r.signal !== null).toBe(true);
      expect(tmpFiles(t.dir)).toEqual([]);
      expect(existsSync(join(t.dir, 'r.txt'))).toBe(false);
    });
  }
});

describe('-o never overwrites an input of the run', () => {
  it('the plan, under any spelling or as a hard link, the waivers file and the baseline are refused (exit 2), untouched', async () => {
    const t = tempDir();
    const plan = t.write('plan.yaml', readFileSync(PLAN, 'utf8'));
    const waivers = t.write('review.yaml', 'waivers: []\n');
    const baseline = t.write('b.json', '{"tool":"plan-check","entries":[]}\n');
    const hard = join(t.dir, 'hard.json');
    linkSync(plan, hard);
    const before = () => [plan, waivers, baseline].map((f) => readFileSync(f, 'utf8'));
    const saved = before();
    const cases: [string[], RegExp][] = [
      [[plan, '-o', plan], /kế hoạch mà lần chạy này đọc vào/],
      [[plan, '-o', join(t.dir, '.', 'sub', '..', 'plan.yaml')], /kế hoạch/],
      [[plan, '-f', 'json', '-o', hard], /kế hoạch/],
      [[t.dir, '-f', 'json', '-o', plan], /kế hoạch/],
      [[plan, '--waivers', waivers, '-f', 'json', '-o', waivers], /tệp miễn trừ mà lần chạy này đọc vào/],
      [[plan, '--baseline', baseline, '-f', 'json', '-o', baseline], /tệp baseline mà lần chạy này đọc vào/],
      [[plan, '--write-baseline', plan], /--write-baseline .*kế hoạch/],
      [['annex', plan, '-o', plan], /kế hoạch/],
      [['annex', plan, '--waivers', waivers, '-o', waivers], /tệp miễn trừ/],
      [['diff', plan, PLAN, '-o', plan], /kế hoạch/],
    ];
    for (const [args, message] of cases) {
      const r = await cli([...args, ...AS_OF]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(before(), args.join(' ')).toEqual(saved);
    }
    const r = await cli([...['--lang', 'en', plan, '-o', plan], ...AS_OF]);
    expect(r.err).toMatch(/is the plan this run reads/);
  });

  it('import and render refuse to write over the document or plan they read, even with --force', async () => {
    const t = tempDir();
    const doc = t.write('ke-hoach.txt', readFileSync(join(ROOT, 'tests', 'fixtures', 'seeds', '000_a45b2e685730e312.txt'), 'utf8'));
    const docx = t.write('plan.docx', 'not really a docx');
    const text = readFileSync(doc, 'utf8');
    const imp = await cli(['import', doc, '-o', doc, '--force']);
    expect(imp.code).toBe(2);
    expect(imp.err).toMatch(/văn bản nhập/);
    expect(readFileSync(doc, 'utf8')).toBe(text);
    const ren = await cli(['render', docx, '-o', docx, '--force']);
    expect(ren.code).toBe(2);
    expect(readFileSync(docx, 'utf8')).toBe('not really a docx');
  });

  it('--write-baseline may refresh the baseline it reads', async () => {
    const t = tempDir();
    const plan = t.write('plan.yaml', readFileSync(PLAN, 'utf8'));
    const baseline = t.write('b.json', '{"tool":"plan-check","entries":[]}\n');
    const r = await cli([plan, ...AS_OF, '--baseline', baseline, '--write-baseline', baseline]);
    expect(r.err).toBe('');
    expect(JSON.parse(readFileSync(baseline, 'utf8')).entries.length).toBeGreaterThan(0);
  });
});

describe('one output per format', () => {
  it('two formats to one file are refused before anything is written', async () => {
    const t = tempDir();
    const out = join(t.dir, 'r.out');
    for (const args of [
      ['-f', 'json', '-o', out, '-f', 'sarif', '-o', out],
      ['-f', 'json', '-o', out, '-f', 'sarif', '-o', join(t.dir, 'x', '..', 'r.out')],
      ['-f', 'json', '-o', out, '--write-baseline', out],
    ]) {
      const r = await cli([PLAN, ...AS_OF, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/"[^"]*r\.out"/);
      expect(existsSync(out), args.join(' ')).toBe(false);
    }
    writeFileSync(out, 'keep');
    expect((await cli([PLAN, ...AS_OF, '-f', 'json', '-o', out, '-f', 'html', '-o', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep');
  });

  it('the same device for two formats is fine (nothing is replaced)', async () => {
    const t = tempDir();
    const device = isRoot ? join(t.dir, 'null') : '/dev/null';
    if (isRoot) execFileSync('mknod', [device, 'c', '1', '3']);
    const r = await cli([PLAN, ...AS_OF, '-f', 'json', '-o', device, '-f', 'sarif', '-o', device]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });
});
