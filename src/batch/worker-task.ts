import { Checker, type CheckOptions } from '../check.js';
import { serialiseError, type SerialisedError } from '../errors/serialise.js';
import { normaliseFile } from '../report/build-report.js';
import type { FileReport } from '../types.js';
import { ResultCache } from './cache.js';
import { compact } from './compact.js';
import { fileChunks, specKey, type StreamSpec } from './file-chunks.js';

/** What a batch worker is started with. */
export interface WorkerSetup {
  options: CheckOptions;
  /**
   * The batch streams its output: the worker writes each file's part of it (fileChunks) and sends
   * that text with the file's reduced result (compact) instead of the whole result.
   */
  stream?: StreamSpec;
  /** Folder of the result cache: the worker stores each result it streams itself. */
  cacheDir?: string;
}

/** A file to check; sha256: its hash read before (the cache's key), when the run has a cache. */
export interface Task {
  id: number;
  file: string;
  sha256?: string;
}

/** What became of a file: its whole result, or (streaming) its output and its reduced result, or the error. */
export type Outcome = { report: FileReport } | { chunks: string[]; compact: FileReport } | { error: SerialisedError };
/** A worker's answer for one file. */
export type Answer = Outcome & { id: number };

/**
 * What a batch worker does with each file it is given, apart from the thread around it
 * (src/batch/worker.ts), so that tests can run the same work on their own thread.
 */
export function workerTask(setup: WorkerSetup): (task: Task) => Promise<Answer> {
  const checker = new Checker(setup.options);
  const stream = setup.stream;
  const cache = stream && setup.cacheDir ? new ResultCache(setup.cacheDir, checker.fingerprint()) : undefined;
  const spec = stream && specKey(stream);
  return async ({ id, file, sha256 }) => {
    try {
      const report = await checker.checkFile(file);
      if (!stream) return { id, report };
      const full = normaliseFile(report);
      const out = { id, chunks: fileChunks(full, stream), compact: compact(full) };
      if (cache && sha256) {
        cache.put(file, sha256, full);
        cache.putOutput(file, sha256, spec as string, out.compact, out.chunks);
      }
      return out;
    } catch (err) {
      return { id, error: serialiseError(err) };
    }
  };
}
