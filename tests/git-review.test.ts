import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as inProcess, ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const BIN = join(ROOT, 'dist', 'cli', 'main.js');
const repo = tempDir('plan-check-git-').dir;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
/** The command line run in-process (tests/helpers/cli.ts) from a folder. */
const cli = (args: string[], cwd = repo) => inProcess(args, { cwd });
/** The built binary, as a process. */
const spawned = (args: string[], cwd = repo) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const PLAN = join(repo, 'plans', '2026.yaml');
const edit = (f: (s: string) => string, message: string) => {
  const before = readFileSync(PLAN, 'utf8');
  const after = f(before);
  expect(after).not.toBe(before);
  writeFileSync(PLAN, after);
  git('commit', '-qam', message);
};
const diffJson = async (base = 'HEAD~1') => {
  const r = await cli(['diff', 'plans/2026.yaml', '--base', base, '-f', 'json', '--as-of', '2026-11-22']);
  return { code: r.code, ...JSON.parse(r.out) };
};

// The tests below are one story, commit after commit, in one repository: removed however it ends.
afterAll(() => rmSync(repo, { recursive: true, force: true }));

beforeAll(() => {
  git('init', '-q');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  mkdirSync(join(repo, 'plans'));
  writeFileSync(PLAN, readFileSync(join(ROOT, 'plans', '2026.yaml'), 'utf8'));
  git('add', '.');
  git('commit', '-qm', 'v1');
});

describe('semantic diff through git, commit by commit', () => {
  it('no change: an empty list of changes', async () => {
    git('commit', '-q', '--allow-empty', '-m', 'empty');
    const d = await diffJson();
    expect(d.changes).toEqual([]);
    expect(d.findings.new).toEqual([]);
    expect(d.code).toBe(0);
  });

  it('a target lowered below the parent floor: reported, a new error, exit 1', async () => {
    edit((s) => s.replace(/(metric: satisfaction\n\s+bound: ">="\n\s+value: )95/, '$190'), 'lower satisfaction');
    const d = await diffJson();
    expect(d.changes).toEqual([
      { kind: 'target-lowered', task: 'II.3.c', metric: 'satisfaction', floor: 95, belowFloor: true, before: 95, after: 90 },
    ]);
    expect(d.findings.new.map((f: { ruleId: string }) => f.ruleId)).toEqual(['parent-target-floor']);
    expect(d.blocking).toBe(true);
    expect(d.code).toBe(1);
  });

  it('a task removed', async () => {
    edit((s) => s.replace(/  - id: V\.4\n[\s\S]*?(?=  - id: V\.5)/, ''), 'remove V.4');
    const d = await diffJson();
    expect(d.changes).toEqual([expect.objectContaining({ kind: 'task-removed', task: 'V.4' })]);
    expect(d.code).toBe(0);
  });

  it('a deadline moved later, and its finding', async () => {
    edit((s) => s.replace('deadline: Chậm nhất ngày 15/9/2026', 'deadline: Quý IV/2026'), 'move II.2.d later');
    const d = await diffJson();
    expect(d.changes).toEqual([
      {
        kind: 'task-changed',
        task: 'II.2.d',
        field: 'deadline',
        before: 'Chậm nhất ngày 15/9/2026',
        after: 'Quý IV/2026',
        direction: 'later',
      },
    ]);
    expect(d.findings.new.map((f: { ruleId: string }) => f.ruleId)).toEqual(['parent-task-deadline']);
    expect(d.code).toBe(1);
  });

  it('a task renumbered is matched by its content', async () => {
    edit((s) => s.replace('  - id: V.7\n', '  - id: V.8\n'), 'renumber V.7');
    const d = await diffJson();
    expect(d.changes).toEqual([{ kind: 'task-renumbered', task: 'V.8', from: 'V.7' }]);
  });

  it('a citation replaced by an outdated one: legal bases changed, new error, fixed amendment warning', async () => {
    edit(
      (s) =>
        s.replace(
          /- Căn cứ Nghị định số 118\/2025\/NĐ-CP ngày 09\/6\/2025 về thực hiện TTHC[^\n]*/,
          '- Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;',
        ),
      'cite 61/2018',
    );
    const d = await diffJson();
    expect(d.changes.map((c: { kind: string }) => c.kind).sort()).toEqual(['legal-basis-added', 'legal-basis-removed']);
    const added = d.findings.new.map((f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`);
    expect(added.some((m: string) => m.startsWith('citation-in-force') && m.includes('118/2025/NĐ-CP'))).toBe(true);
    expect(d.findings.fixed.some((f: { ruleId: string }) => f.ruleId === 'citation-first-complete')).toBe(true);
    expect(d.code).toBe(1);
  });

  it('renders for a pull-request comment and for the terminal', async () => {
    const md = await cli(['diff', 'plans/2026.yaml', '--base', 'HEAD~5', '-f', 'markdown', '--as-of', '2026-11-22']);
    expect(md.out).toMatch(/^## plan-check diff: plans\/2026\.yaml/);
    expect(md.out).toContain('HẠ 95% → 90%');
    const text = await cli(['diff', 'plans/2026.yaml', '--base', 'HEAD~5', '--lang', 'en', '--as-of', '2026-11-22']);
    expect(text.out).toContain('Task V.4: removed');
    expect(text.out).toContain('BLOCKED');
  });

  it('leaves the work tree untouched', () => {
    expect(git('status', '--porcelain')).toBe('');
  });

  it('diffs two files directly, and refuses a bad call with exit 2', async () => {
    const old = join(repo, 'old.yaml');
    writeFileSync(old, git('show', 'HEAD~1:plans/2026.yaml'));
    try {
      expect((await cli(['diff', old, 'plans/2026.yaml', '-f', 'json', '--as-of', '2026-11-22'])).code).toBe(1);
      expect((await cli(['diff', 'plans/2026.yaml', '--as-of', '2026-11-22'])).code).toBe(2);
      expect((await cli(['diff', 'plans/2026.yaml', '--base', 'no-such-ref', '--as-of', '2026-11-22'])).code).toBe(2);
    } finally {
      rmSync(old, { force: true }); // the next tests expect a clean work tree
    }
  });
});

describe('--changed-since and textconv', () => {
  it('checks only the plans changed since a revision', async () => {
    writeFileSync(join(repo, 'plans', 'other.yaml'), readFileSync(join(ROOT, 'plans', 'ninh-giang-kstthc-2026.yaml'), 'utf8'));
    writeFileSync(join(repo, 'notes.yaml'), 'a: 1\n');
    const r = await cli(['--changed-since', 'HEAD', '-f', 'json', '--as-of', '2026-11-22']);
    const files = JSON.parse(r.out).files.map((f: { file: string }) => f.file);
    expect(files).toEqual(['plans/other.yaml']);
    expect((await cli(['--changed-since', 'HEAD~1', '-f', 'json', 'plans/2026.yaml', '--as-of', '2026-11-22'])).out).toContain(
      '"file": "plans/2026.yaml"',
    );
  });

  it('prints one line per fact for git diff', async () => {
    const r = await cli(['textconv', 'plans/2026.yaml']);
    expect(r.out).toContain('[II.3.c] chỉ tiêu satisfaction: >= 90%');
    expect(r.out).toContain('[II.2.d] thời hạn: Quý IV/2026');
  });
});

describe('baseline round trip', () => {
  it('write, re-run clean, one new defect, one fixed entry reported stale', async () => {
    const dir = tempDir('plan-check-baseline-').dir;
    const plan = join(dir, 'plan.yaml');
    const baseline = join(dir, 'plan-check-baseline.json');
    try {
      writeFileSync(plan, readFileSync(join(ROOT, 'plans', 'nam-do-son-cchc-2026.yaml'), 'utf8'));
      const run = (...a: string[]) => cli([plan, '--as-of', '2026-11-22', '--fail-on', 'warning', ...a], dir);

      expect((await run('--write-baseline', baseline)).code).toBe(1);
      const entries = JSON.parse(readFileSync(baseline, 'utf8')).entries;
      expect(entries.length).toBeGreaterThan(30);

      const clean = await run('--baseline', baseline, '-f', 'json');
      expect(clean.code).toBe(0);
      // pre-existing findings stay in the report, marked, and do not fail the run
      const kept = JSON.parse(clean.out).files[0].findings;
      expect(kept).toHaveLength(entries.length);
      expect(kept.every((f: { baselined?: boolean }) => f.baselined === true)).toBe(true);

      writeFileSync(plan, readFileSync(plan, 'utf8').replace('deadline: Quý III/2026.\n', 'deadline: Sớm nhất có thể\n'));
      const one = await run('--baseline', baseline, '-f', 'json');
      expect(one.code).toBe(1);
      expect(
        JSON.parse(one.out)
          .files[0].findings.filter((f: { baselined?: boolean }) => !f.baselined)
          .map((f: { ruleId: string }) => f.ruleId),
      ).toEqual(['deadline-readable']);

      writeFileSync(plan, readFileSync(plan, 'utf8').replace('kiểm soát kiểm soát', 'kiểm soát').replace('những nhiễu', 'nhũng nhiễu'));
      const fixed = await run('--baseline', baseline, '-f', 'json');
      const stale = JSON.parse(fixed.out).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'baseline-stale');
      expect(stale).toHaveLength(1);
      expect(stale[0].message).toContain('những nhiễu');
      expect(stale[0].location.file).toBe(baseline);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('in this repository', () => {
  it('plan-check diff plans/2026.yaml --base HEAD~1 works and leaves the work tree as it was', () => {
    const status = () => execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
    const before = status();
    // the built binary, as a process, in the repository itself
    const r = spawned(['diff', 'plans/2026.yaml', '--base', 'HEAD~1', '-f', 'json', '--as-of', '2026-11-22'], ROOT);
    expect(r.err).toBe('');
    expect(Array.isArray(JSON.parse(r.out).changes)).toBe(true);
    expect(status()).toBe(before);
  });
});
