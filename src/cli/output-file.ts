import { statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors/usage-error.js';
import { both, msg, type MessageKey } from '../messages/index.js';

/**
 * How an output is written: `stdout` for "-", `direct` for character devices, FIFOs and the
 * system's /dev and /proc files (written in place, never replaced), `file` for everything else
 * (a temporary file beside it, renamed over it at the end).
 */
export type OutputKind = 'stdout' | 'direct' | 'file';

const statOrUndefined = (file: string): Stats | undefined => {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
};

const inSystemFolder = (file: string) => process.platform !== 'win32' && /^\/(dev|proc)(\/|$)/.test(resolve(file));

export function outputKind(file: string): OutputKind {
  if (file === '-') return 'stdout';
  if (inSystemFolder(file)) return 'direct';
  const st = statOrUndefined(file);
  return st && (st.isCharacterDevice() || st.isFIFO()) ? 'direct' : 'file';
}

/** A fresh, unpredictable name beside `file` for its temporary copy. */
export function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file).slice(0, 100)}.${randomBytes(9).toString('hex')}.tmp`);
}

/** An input of the run, by what it is to the user (for the message). */
export interface RunInput {
  file: string;
  role: (typeof ROLE)[keyof typeof ROLE];
}

/** What an input is to the user, for the message (src/messages/output.ts). */
export const ROLE = {
  plan: 'output.role.plan',
  waivers: 'output.role.waivers',
  baseline: 'output.role.baseline',
  rules: 'output.role.rules',
  document: 'output.role.document',
  output: 'output.role.output',
} as const satisfies Record<string, MessageKey>;

/** The same file, whatever the spelling: same device and inode when it exists, same absolute path otherwise. */
function sameFile(a: string, b: string): boolean {
  const sa = statOrUndefined(a);
  const sb = statOrUndefined(b);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return resolve(a) === resolve(b);
}

/**
 * Stops (exit 2) before any work when an output cannot be written or would destroy an input:
 * its folder is missing, it is a folder, it is one of the run's inputs, or two outputs are one file.
 */
export function checkOutputs(outputs: readonly (string | undefined)[], inputs: readonly RunInput[], flag = '-o'): void {
  const seen: string[] = [];
  for (const file of outputs) {
    if (!file || outputKind(file) !== 'file') continue;
    const dir = dirname(resolve(file));
    const dirStat = statOrUndefined(dir);
    if (!dirStat) throw new UsageError(...both('output.noFolder', { file, dir: dirname(file) }));
    if (!dirStat.isDirectory()) throw new UsageError(...both('output.parentNotFolder', { file, dir: dirname(file) }));
    const st = statOrUndefined(file);
    if (st?.isDirectory()) throw new UsageError(...both('output.isFolder', { file }));
    if (st && !st.isFile()) throw new UsageError(...both('output.notRegular', { file }));
    const clash = inputs.find((i) => sameFile(file, i.file));
    if (clash) {
      throw new UsageError(
        msg('vi', 'output.isInput', { flag, file, role: msg('vi', clash.role) }),
        msg('en', 'output.isInput', { flag, file, role: msg('en', clash.role) }),
      );
    }
    if (seen.some((s) => sameFile(s, file))) {
      throw new UsageError(...both('output.twice', { file }));
    }
    seen.push(file);
  }
}

/** A write that failed, said as what the user can act on (never an internal error). */
export function writeFailure(file: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException).code;
  const dir = dirname(file);
  const why: Record<string, () => [vi: string, en: string]> = {
    ENOENT: () => both('output.why.ENOENT', { dir }),
    ENOTDIR: () => both('output.why.ENOTDIR', { dir }),
    EACCES: () => both('output.why.EACCES'),
    EPERM: () => both('output.why.EACCES'),
    EROFS: () => both('output.why.EROFS'),
    ENOSPC: () => both('output.why.ENOSPC'),
    EISDIR: () => both('output.why.EISDIR'),
    EEXIST: () => both('output.why.EEXIST'),
  };
  const reason = code && Object.hasOwn(why, code) ? why[code]!() : undefined;
  if (!reason) return err as Error;
  return new UsageError(
    msg('vi', 'output.writeFailed', { file, reason: reason[0] }),
    msg('en', 'output.writeFailed', { file, reason: reason[1] }),
  );
}
