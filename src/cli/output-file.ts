import { statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors/usage-error.js';

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
  role: { vi: string; en: string };
}

export const ROLE = {
  plan: { vi: 'kế hoạch', en: 'plan' },
  waivers: { vi: 'tệp miễn trừ', en: 'waivers file' },
  baseline: { vi: 'tệp baseline', en: 'baseline file' },
  rules: { vi: 'bộ quy tắc', en: 'rule set' },
  document: { vi: 'văn bản nhập', en: 'document imported' },
  output: { vi: 'tệp kết quả khác', en: 'another output' },
} as const;

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
    if (!dirStat)
      throw new UsageError(
        `không ghi được "${file}": thư mục "${dirname(file)}" không có (tạo thư mục trước)`,
        `cannot write "${file}": folder "${dirname(file)}" does not exist (create it first)`,
      );
    if (!dirStat.isDirectory())
      throw new UsageError(
        `không ghi được "${file}": "${dirname(file)}" không phải thư mục`,
        `cannot write "${file}": "${dirname(file)}" is not a folder`,
      );
    const st = statOrUndefined(file);
    if (st?.isDirectory()) throw new UsageError(`không ghi được "${file}": đó là một thư mục`, `cannot write "${file}": it is a folder`);
    if (st && !st.isFile())
      throw new UsageError(`không ghi được "${file}": không phải tệp thường`, `cannot write "${file}": not a regular file`);
    const clash = inputs.find((i) => sameFile(file, i.file));
    if (clash) {
      throw new UsageError(
        `${flag} "${file}" là ${clash.role.vi} mà lần chạy này đọc vào: không ghi đè lên đầu vào, chọn tệp khác`,
        `${flag} "${file}" is the ${clash.role.en} this run reads: an input is never overwritten, choose another file`,
      );
    }
    if (seen.some((s) => sameFile(s, file))) {
      throw new UsageError(
        `hai kết quả cùng ghi vào "${file}": mỗi định dạng một tệp riêng`,
        `two outputs go to "${file}": give each format its own file`,
      );
    }
    seen.push(file);
  }
}

/** A write that failed, said as what the user can act on (never an internal error). */
export function writeFailure(file: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException).code;
  const why: Record<string, [string, string]> = {
    ENOENT: [`thư mục "${dirname(file)}" không có`, `folder "${dirname(file)}" does not exist`],
    ENOTDIR: [`"${dirname(file)}" không phải thư mục`, `"${dirname(file)}" is not a folder`],
    EACCES: ['không có quyền ghi', 'permission denied'],
    EPERM: ['không có quyền ghi', 'permission denied'],
    EROFS: ['ổ đĩa chỉ đọc', 'read-only file system'],
    ENOSPC: ['ổ đĩa đầy', 'no space left on device'],
    EISDIR: ['đó là một thư mục', 'it is a folder'],
    EEXIST: [
      'tệp tạm đã bị tạo trước (có thể do người khác): dừng để an toàn',
      'the temporary file was created by someone else: stopped for safety',
    ],
  };
  const reason = code ? why[code] : undefined;
  if (!reason) return err as Error;
  return new UsageError(`không ghi được "${file}": ${reason[0]}`, `cannot write "${file}": ${reason[1]}`);
}
