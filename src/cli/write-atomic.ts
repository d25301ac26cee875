import { existsSync, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../types.js';
import { UsageError } from './usage-error.js';

/** Stops (exit 2) before a command would replace a file the user did not ask to replace. */
export function refuseOverwrite(file: string | undefined, force: boolean | undefined, lang: Lang = 'vi'): void {
  if (!file || force || !existsSync(file)) return;
  throw new UsageError(lang === 'vi' ? `"${file}" đã có; dùng --force để ghi đè` : `"${file}" exists; use --force to overwrite`);
}

/** Writes a file atomically: a temporary file beside it, then a rename. Never a half-written report. */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content, typeof content === 'string' ? 'utf8' : undefined);
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* the temporary file was never created */
    }
    throw err;
  }
}
