import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { outputKind, tempNameFor, writeFailure } from './output-file.js';
import { trackTemp, untrackTemp } from './pending-temp.js';

export interface Sink {
  color: boolean;
  write(text: string): void;
  close(): void;
}

const stdoutSink = (color: boolean): Sink => ({ color, write: (t) => void process.stdout.write(t), close: () => undefined });

/**
 * Where a format's output goes: stdout (no file, or "-"), a character device or FIFO written in
 * place, or a file written through an exclusively created temporary file renamed at the end, so
 * an interrupted run never leaves a half-written report, nor its temporary file.
 */
export function openSink(file: string | undefined, color: boolean): Sink {
  if (!file || outputKind(file) === 'stdout') return stdoutSink(color);
  const direct = outputKind(file) === 'direct';
  const tmp = direct ? file : tempNameFor(file);
  let fd: number;
  try {
    fd = openSync(tmp, direct ? 'w' : 'wx');
  } catch (err) {
    throw writeFailure(file, err);
  }
  if (!direct) trackTemp(tmp);
  return {
    color: false,
    write: (t) => {
      try {
        writeSync(fd, t);
      } catch (err) {
        throw writeFailure(file, err);
      }
    },
    close: () => {
      closeSync(fd);
      if (direct) return;
      try {
        renameSync(tmp, file);
      } catch (err) {
        throw writeFailure(file, err);
      }
      untrackTemp(tmp);
    },
  };
}
