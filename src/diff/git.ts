import { execFileSync } from 'node:child_process';
import { basename, dirname, relative, resolve } from 'node:path';
import { InputError } from '../yaml/read-source.js';

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const msg = String((err as { stderr?: string }).stderr ?? (err as Error).message).trim().split('\n')[0];
    throw new InputError(`git ${args.join(' ')}: ${msg}`, cwd, `git ${args.join(' ')}: ${msg}`);
  }
}

/** A file's content at a revision, read through git without touching the work tree. */
export function showAtRevision(file: string, ref: string): string {
  const dir = dirname(resolve(file));
  return git(dir, ['show', `${ref}:./${basename(file)}`]);
}

/** Files changed since a revision (committed, staged or not), relative to the current folder. */
export function changedSince(ref: string, cwd = process.cwd()): string[] {
  const top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  const names = new Set([
    ...git(top, ['diff', '--name-only', '--diff-filter=ACMR', ref]).split('\n'),
    ...git(top, ['ls-files', '--others', '--exclude-standard']).split('\n'),
  ]);
  return [...names].filter(Boolean).map((n) => relative(cwd, resolve(top, n))).sort();
}
