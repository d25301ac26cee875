import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './cli.js';

/**
 * A temporary clone of this repository as a reader would have it: the git history (HEAD~1,
 * origin/main), the working tree exactly as it is now (uncommitted edits and new files included),
 * the current build (dist/, copied) and the installed packages (node_modules/: a folder of links,
 * so caches written there stay in the clone).
 */
export function repoCopy(prefix = 'plan-check-clone-'): string {
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), 'plan-check');
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git(tmpdir(), 'clone', '--quiet', '--no-checkout', ROOT, dir);
  git(dir, 'checkout', '--quiet', '--detach', git(ROOT, 'rev-parse', 'HEAD').trim());
  // A reader's fresh clone of main: nothing has changed since origin/main.
  git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  const list = (...args: string[]) =>
    git(ROOT, 'ls-files', '-z', ...args)
      .split('\0')
      .filter(Boolean);
  for (const gone of list('--deleted')) rmSync(join(dir, gone), { force: true });
  for (const f of list('--modified', '--others', '--exclude-standard')) {
    if (!existsSync(join(ROOT, f))) continue; // deleted: --modified lists it too
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.cache') symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}
