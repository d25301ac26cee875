import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Sink {
  color: boolean;
  write(text: string): void;
  close(): void;
}

/**
 * Where a format's output goes: stdout, or a file written through a temporary file renamed at
 * the end, so an interrupted run never leaves a half-written report.
 */
export function openSink(file: string | undefined, color: boolean): Sink {
  if (!file) return { color, write: (t) => void process.stdout.write(t), close: () => undefined };
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  return {
    color: false,
    write: (t) => void writeSync(fd, t),
    close: () => {
      closeSync(fd);
      renameSync(tmp, file);
    },
  };
}
