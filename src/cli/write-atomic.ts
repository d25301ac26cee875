import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
