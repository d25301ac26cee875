import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';
import { textCounts } from './helpers/verdict.js';

const HOOK = join(ROOT, 'hooks', 'pre-commit');
const CHECK = `${process.execPath} ${join(ROOT, 'dist', 'cli', 'main.js')} --as-of 2026-06-01`;
const clean = readFileSync(join(ROOT, 'plans', '2026.yaml'), 'utf8');
// tasks without a product: errors, the plan still read
const withErrors = clean.replace(/^ {4}product: .*\n/m, '');

function repo() {
  const { dir } = tempDir('plan-check-hook-');
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 't@example.org');
  git('config', 'user.name', 't');
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'a.yaml'), clean);
  writeFileSync(join(dir, 'plans', 'b.yaml'), clean);
  writeFileSync(join(dir, 'notes.yaml'), 'a: 1\n');
  git('add', '.');
  git('commit', '-qm', 'init');
  const hook = () => {
    const r = spawnSync('bash', [HOOK], { cwd: dir, encoding: 'utf8', env: { ...process.env, PLAN_CHECK: CHECK, NO_COLOR: '1' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  return { dir, git, hook, write: (f: string, s: string) => writeFileSync(join(dir, f), s) };
}

describe('item 1 through git: --changed-since with two plans', () => {
  it('text counts and exit code are those of JSON', async () => {
    const r = repo();
    r.write('plans/a.yaml', withErrors);
    r.write('plans/b.yaml', withErrors);
    // in-process (tests/helpers/cli.ts); the hook below runs the built binary
    const run = (...a: string[]) => cli(['--as-of', '2026-06-01', '--changed-since', 'HEAD', ...a], { cwd: r.dir });
    const json = await run('-f', 'json');
    const text = await run();
    const s = JSON.parse(json.out).summary;
    expect(s.error).toBe(2);
    expect(textCounts(text.out).total).toEqual({ error: s.error, warning: s.warning, info: s.info });
    expect([json.code, text.code]).toEqual([1, 1]);
  }, 60_000);
});

describe('item 3: the pre-commit hook checks what is staged', () => {
  it('refuses staged errors even when the working tree is clean; findings name the real paths', () => {
    const r = repo();
    r.write('plans/a.yaml', withErrors);
    r.write('plans/b.yaml', withErrors);
    r.write('notes.yaml', 'b: 2\n');
    r.git('add', '.');
    r.write('plans/a.yaml', clean); // the working tree is fixed, the index is not
    r.write('plans/b.yaml', clean);
    const h = r.hook();
    expect(h.code, h.err).toBe(1);
    expect(h.out).toContain('plans/a.yaml:');
    expect(h.out).toContain('plans/b.yaml:');
    expect(h.out).not.toContain('plan-check-staged');
    // two plans: the counts are those of both (item 1 through the hook)
    expect(textCounts(h.out).total.error).toBe(2);
  }, 60_000);

  it('lets a clean staged plan through even when the working tree has errors', () => {
    const r = repo();
    r.write('plans/a.yaml', clean.replace('kiểm soát kiểm soát', 'kiểm soát'));
    r.git('add', '.');
    r.write('plans/a.yaml', withErrors); // not staged
    const h = r.hook();
    expect(h.code, h.out + h.err).toBe(0);
  }, 60_000);

  it('nothing staged: nothing to check', () => {
    const r = repo();
    const h = r.hook();
    expect(h.code).toBe(0);
    expect(h.out).toBe('');
  }, 30_000);
});
