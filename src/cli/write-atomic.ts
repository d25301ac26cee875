import { existsSync, renameSync, writeFileSync } from 'node:fs';
import type { Lang } from '../types.js';
import { UsageError } from '../errors/usage-error.js';
import { both } from '../messages/index.js';
import { outputKind, tempNameFor, writeFailure } from './output-file.js';
import { discardTemp, trackTemp, untrackTemp } from './pending-temp.js';

/** Stops (exit 2) before a command would replace a file the user did not ask to replace. */
export function refuseOverwrite(file: string | undefined, force: boolean | undefined, _lang: Lang = 'vi'): void {
  if (!file || force || outputKind(file) !== 'file' || !existsSync(file)) return;
  throw new UsageError(...both('cli.exists', { file }));
}

/**
 * Writes an output. "-" is stdout; a character device or FIFO (/dev/null, a pipe) is written in
 * place; a file is written to an unpredictably named temporary file created exclusively beside it
 * (a planted file or symlink of that name is never followed), then renamed over it: never a
 * half-written report, never a device replaced by a file, no temporary file left after a failure.
 */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  const kind = outputKind(file);
  if (kind === 'stdout') {
    process.stdout.write(content);
    return;
  }
  try {
    if (kind === 'direct') {
      writeFileSync(file, content);
      return;
    }
    const tmp = tempNameFor(file);
    trackTemp(tmp);
    try {
      writeFileSync(tmp, content, { flag: 'wx' });
      renameSync(tmp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') discardTemp(tmp); // never remove a file someone else planted
      throw err;
    } finally {
      untrackTemp(tmp);
    }
  } catch (err) {
    throw writeFailure(file, err);
  }
}
