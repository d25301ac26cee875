import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { outputKind, tempNameFor, writeFailure } from './output-file.js';
import { trackTemp, untrackTemp } from './pending-temp.js';
import type { Sink } from '../report/sink.js';

export type { Sink };

const stdoutSink = (color: boolean): Sink => ({ color, write: (t) => void process.stdout.write(t), close: () => undefined });

/**
 * Where a format's output goes: stdout (no file, or "-"), a character device or FIFO written in
 * place, or a file written through an exclusively created, unpredictably named temporary file
 * renamed at the end. The temporary file is created at the first write, so a run that fails or is
 * interrupted before writing leaves nothing, and one interrupted while writing has it removed.
 */
export function openSink(file: string | undefined, color: boolean): Sink {
  if (!file || outputKind(file) === 'stdout') return stdoutSink(color);
  const direct = outputKind(file) === 'direct';
  let tmp: string | undefined;
  let fd: number | undefined;
  const open = (): number => {
    if (fd !== undefined) return fd;
    tmp = direct ? file : tempNameFor(file);
    try {
      if (!direct) trackTemp(tmp);
      fd = openSync(tmp, direct ? 'w' : 'wx');
    } catch (err) {
      untrackTemp(tmp);
      throw writeFailure(file, err);
    }
    return fd;
  };
  return {
    color: false,
    write: (t) => {
      const target = open();
      try {
        writeSync(target, t);
      } catch (err) {
        throw writeFailure(file, err);
      }
    },
    close: () => {
      closeSync(open());
      if (direct) return;
      try {
        renameSync(tmp!, file);
      } catch (err) {
        throw writeFailure(file, err);
      }
      untrackTemp(tmp!);
    },
  };
}
