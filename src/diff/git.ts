import { execFileSync } from 'node:child_process';
import { basename, dirname, relative, resolve } from 'node:path';
import { InputError } from '../errors/input-error.js';
import { both } from '../messages/index.js';

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const problem =
      String((err as { stderr?: string }).stderr ?? (err as Error).message)
        .trim()
        .split('\n')[0] ?? '';
    throw InputError.of(both('diff.git.failed', { args: args.join(' '), problem }), cwd);
  }
}

/** A revision given on the command line that git would read as an option ("--output=…"): refused. */
export class GitRefError extends InputError {}

/** Refuses a revision that git would take for an option; everything else is left to git to resolve. */
export function assertRefNotOption(ref: string): void {
  if (ref === '' || ref.startsWith('-')) {
    const [vi, en] = both('diff.git.refIsOption', { ref });
    throw new GitRefError(vi, ref, en);
  }
}

/**
 * The commit a revision names, resolved by git with every option ended first, so a revision is
 * only ever read as a revision.
 */
export function resolveCommit(ref: string, cwd: string): string {
  assertRefNotOption(ref);
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch {
    throw InputError.of(both('diff.git.noRevision', { ref }), ref);
  }
}

/** A file's content at a revision, read through git without touching the work tree. */
export function showAtRevision(file: string, ref: string): string {
  const dir = dirname(resolve(file));
  const commit = resolveCommit(ref, dir);
  return git(dir, ['show', '--no-textconv', '--end-of-options', `${commit}:./${basename(file)}`]);
}

/** Files changed since a revision (committed, staged or not), relative to the current folder. */
export function changedSince(ref: string, cwd = process.cwd()): string[] {
  assertRefNotOption(ref);
  const top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  const commit = resolveCommit(ref, top);
  const names = new Set([
    ...git(top, ['diff', '-z', '--name-only', '--diff-filter=ACMR', commit, '--']).split('\0'),
    ...git(top, ['ls-files', '-z', '--others', '--exclude-standard', '--']).split('\0'),
  ]);
  return [...names]
    .filter(Boolean)
    .map((n) => relative(cwd, resolve(top, n)))
    .sort();
}
