import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertRefNotOption, changedSince, GitRefError, resolveCommit, showAtRevision } from '../src/diff/git.js';
import { InputError } from '../src/errors/input-error.js';
import { tempDir } from './helpers/temp.js';

/**
 * The git helpers of `diff --base` and `--changed-since`, called in process on a small repository
 * of the test's own (tests/git-refs.test.ts covers the same through the built command line).
 */
const t = tempDir('plan-check-git-');
const repo = t.dir;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error('nothing thrown');
};

beforeAll(() => {
  git('init', '-q');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  // A textconv driver that would change what `git show` prints, were it used.
  git('config', 'diff.shout.textconv', 'tr a-z A-Z <');
  writeFileSync(join(repo, '.gitattributes'), '*.yaml diff=shout\n');
  mkdirSync(join(repo, 'sub'));
  t.write('plan.yaml', 'version: one\n');
  t.write('kept.yaml', 'kept\n');
  t.write('gone.yaml', 'gone\n');
  t.write('sub/inner.yaml', 'inner: one\n');
  git('add', '.');
  git('commit', '-qm', 'v1');
  git('tag', 'v1');
  // Since v1: one file changed, one staged, one new and untracked, one deleted, one ignored.
  t.write('plan.yaml', 'version: two\n');
  t.write('sub/inner.yaml', 'inner: two\n');
  git('add', 'sub/inner.yaml');
  t.write('kế hoạch mới.yaml', 'new\n');
  rmSync(join(repo, 'gone.yaml'));
  t.write('.gitignore', 'ignored.yaml\n');
  t.write('ignored.yaml', 'ignored\n');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('assertRefNotOption', () => {
  it('refuses an empty revision and one git would read as an option, in both languages', () => {
    for (const ref of ['', '-x', '--output=victim.txt']) {
      const err = thrown(() => assertRefNotOption(ref));
      expect(err).toBeInstanceOf(GitRefError);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toBe(`"${ref}" không phải phiên bản git (tên nhánh, thẻ hoặc mã commit không bắt đầu bằng "-")`);
      expect((err as InputError).messageEn).toBe(`"${ref}" is not a git revision (a branch, tag or commit never starts with "-")`);
      expect((err as InputError).file).toBe(ref);
    }
  });

  it('lets any other name through, a dash inside included', () => {
    for (const ref of ['main', 'v1', 'HEAD~1', 'feature-x', 'a-']) expect(() => assertRefNotOption(ref)).not.toThrow();
  });
});

describe('resolveCommit', () => {
  it('gives the full commit id of a tag or HEAD', () => {
    const head = git('rev-parse', 'HEAD');
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    expect(resolveCommit('HEAD', repo)).toBe(head);
    expect(resolveCommit('v1', repo)).toBe(head);
  });

  it('refuses an unknown name and a tree, naming the revision', () => {
    for (const ref of ['no-such-branch', 'HEAD^{tree}']) {
      const err = thrown(() => resolveCommit(ref, repo)) as InputError;
      expect(err).toBeInstanceOf(InputError);
      expect(err.message).toBe(`không có phiên bản git "${ref}"`);
      expect(err.messageEn).toBe(`no git revision "${ref}"`);
    }
    expect(thrown(() => resolveCommit('-q', repo))).toBeInstanceOf(GitRefError);
  });
});

describe('showAtRevision', () => {
  it('reads the committed text, not the work tree, and without the textconv driver', () => {
    expect(showAtRevision(join(repo, 'plan.yaml'), 'v1')).toBe('version: one\n');
    expect(showAtRevision(join(repo, 'sub', 'inner.yaml'), 'HEAD')).toBe('inner: one\n');
  });

  it('a file the revision does not hold: an InputError that quotes git, on one line', () => {
    const err = thrown(() => showAtRevision(join(repo, 'kế hoạch mới.yaml'), 'v1')) as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/^git show --no-textconv --end-of-options [0-9a-f]{40}:\.\/kế hoạch mới\.yaml: \S/);
    expect(err.message).not.toContain('\n');
    expect(err.messageEn).toBe(err.message);
    expect(err.file).toBe(repo);
  });

  it('an unknown revision is refused before git show runs', () => {
    expect((thrown(() => showAtRevision(join(repo, 'plan.yaml'), 'nope')) as InputError).message).toBe('không có phiên bản git "nope"');
  });
});

describe('changedSince', () => {
  it('changed, staged and new files, sorted; deleted and ignored ones left out', () => {
    expect(changedSince('v1', repo)).toEqual(['.gitignore', 'kế hoạch mới.yaml', 'plan.yaml', 'sub/inner.yaml']);
  });

  it('names are relative to the folder asked from', () => {
    expect(changedSince('v1', join(repo, 'sub'))).toEqual(['../.gitignore', '../kế hoạch mới.yaml', '../plan.yaml', 'inner.yaml']);
  });

  it('an option-like revision is refused before git runs; outside a repository git is quoted', () => {
    expect(thrown(() => changedSince('--output=x', repo))).toBeInstanceOf(GitRefError);
    const outside = tempDir('plan-check-nogit-');
    try {
      const err = thrown(() => changedSince('HEAD', outside.dir)) as InputError;
      expect(err).toBeInstanceOf(InputError);
      expect(err.message).toMatch(/^git rev-parse --show-toplevel: \S/);
    } finally {
      rmSync(outside.dir, { recursive: true, force: true });
    }
  });
});
