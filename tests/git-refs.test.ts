import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli as inProcess, ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

// Issue 11 item 12: revisions from the command line are never options to git, and paths that look
// like options ("-V.yaml") work through textconv, diff --base and --changed-since.

vi.setConfig({ testTimeout: 120_000 }); // slow on a loaded machine

const BIN = join(ROOT, 'dist', 'cli', 'main.js');
const repo = tempDir('plan-check-refs-').dir;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
/** The command line run in-process (tests/helpers/cli.ts) in the repository; git runs the built binary as textconv. */
const cli = (args: string[]) => inProcess(args, { cwd: repo });
const AS_OF = ['--as-of', '2026-06-01'];
const PLAN_TEXT = readFileSync(join(ROOT, 'plans', '2026.yaml'), 'utf8');
const VICTIM = 'victim.txt';
const DASHED = '-V.yaml';

afterAll(() => rmSync(repo, { recursive: true, force: true }));

beforeAll(() => {
  git('init', '-q');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  writeFileSync(join(repo, 'plan.yaml'), PLAN_TEXT);
  writeFileSync(join(repo, DASHED), PLAN_TEXT);
  writeFileSync(join(repo, 'kế-hoạch.yaml'), PLAN_TEXT);
  writeFileSync(join(repo, '.gitattributes'), '*.yaml diff=plan\n');
  git('add', '.');
  git('commit', '-qm', 'v1');
  git('config', 'diff.plan.textconv', `"${process.execPath}" "${BIN}" textconv`);
  // One change in each plan since v1.
  const later = PLAN_TEXT.replace('deadline: Quý II năm 2026.', 'deadline: Quý III năm 2026.');
  expect(later).not.toBe(PLAN_TEXT);
  for (const f of [DASHED, 'kế-hoạch.yaml']) writeFileSync(join(repo, f), later);
});

const victimIntact = () => {
  writeFileSync(join(repo, VICTIM), 'precious\n');
  return () => expect(readFileSync(join(repo, VICTIM), 'utf8')).toBe('precious\n');
};

describe('a revision that git would read as an option is refused (exit 2), nothing written', () => {
  it('--changed-since --output=victim.txt does not empty the file', async () => {
    const check = victimIntact();
    const before = readdirSync(repo).sort();
    const r = await cli(['--changed-since', `--output=${VICTIM}`, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--changed-since.*"--output=victim\.txt".*phiên bản git/);
    check();
    expect(readdirSync(repo).sort()).toEqual(before);
  });

  it('--changed-since=--output=… and --lang en say the same in English', async () => {
    const check = victimIntact();
    const r = await cli([`--changed-since=--output=${VICTIM}`, '--lang', 'en', ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/never starting with "-"/);
    check();
  });

  it('diff --base with an option-like revision is refused', async () => {
    const check = victimIntact();
    for (const ref of [`--output=${VICTIM}`, '-p', '--no-index']) {
      const r = await cli(['diff', 'plan.yaml', `--base=${ref}`, ...AS_OF]);
      expect(r.code, ref).toBe(2);
      expect(r.err, ref).toMatch(/--base.*phiên bản git/);
    }
    check();
  });

  it('a revision is resolved to a commit: a tree or an unknown name is refused with its name', async () => {
    const tree = await cli(['--changed-since', 'HEAD^{tree}', ...AS_OF]);
    expect(tree.code).toBe(2);
    expect(tree.err).toContain('không có phiên bản git "HEAD^{tree}"');
    const unknown = await cli(['diff', 'plan.yaml', '--base', 'no-such-branch', ...AS_OF]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('không có phiên bản git "no-such-branch"');
  });
});

describe('files whose names look like options', () => {
  it('git diff through the textconv driver shows the change in -V.yaml (not the version number)', () => {
    const out = git('diff', '--', DASHED);
    expect(out).toContain('-[V.4] thời hạn: Quý II năm 2026.');
    expect(out).toContain('+[V.4] thời hạn: Quý III năm 2026.');
    expect(out).not.toMatch(/^[+-]\d+\.\d+\.\d+$/m);
  });

  it('plan-check textconv -V.yaml prints the plan, and textconv -- -V.yaml too', async () => {
    for (const args of [
      ['textconv', DASHED],
      ['textconv', '--', DASHED],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out, args.join(' ')).toContain('[V.4] thời hạn: Quý III năm 2026.');
    }
  });

  it('diff --base HEAD -- -V.yaml compares with the committed version', async () => {
    const r = await cli(['diff', '--base', 'HEAD', ...AS_OF, '-f', 'json', '--', DASHED]);
    expect(r.err).toBe('');
    const d = JSON.parse(r.out);
    expect(d.changes).toEqual([expect.objectContaining({ task: 'V.4' })]);
  });

  it('--changed-since HEAD lists -V.yaml and a Vietnamese file name, exactly as they are named', async () => {
    const r = await cli(['--changed-since', 'HEAD', ...AS_OF, '-f', 'json']);
    expect(r.err).toBe('');
    const files = JSON.parse(r.out).files.map((f: { file: string }) => f.file);
    expect(files).toEqual([DASHED, 'kế-hoạch.yaml'].sort());
  });
});
