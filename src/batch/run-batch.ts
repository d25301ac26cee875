import { availableParallelism } from 'node:os';
import { Checker, finishReport, type CheckOptions } from '../check.js';
import type { FileReport, Report } from '../types.js';
import { InputError } from '../errors/input-error.js';
import { ResultCache, contentHash } from './cache.js';
import { runPool } from './pool.js';
import { reviveError, serialiseError } from '../errors/serialise.js';
import { Progress } from './progress.js';
import { unreadableReport } from '../check/unreadable.js';
import { compact } from './compact.js';
import { markNormalised, normaliseFile } from '../report/build-report.js';
import { fileChunks, specKey, type StreamSpec } from './file-chunks.js';
import type { Outcome } from './worker-task.js';

export interface BatchOptions extends CheckOptions {
  jobs?: number;
  /** Folder of the result cache; undefined: no cache. */
  cacheDir?: string;
  progress?: boolean;
  /** Rethrow an unreadable file (a run on a single file exits 2 with its message). */
  rethrowInputErrors?: boolean;
  /** Called with each file's result (in report form) in the order of the files, as soon as it can be. */
  onFile?: (index: number, report: FileReport) => void;
  /** false: keep only what the run's summary needs, for batches too large to hold whole. */
  keepReports?: boolean;
  /**
   * The output a batch streams, file by file in the order of the files: each file's text in every
   * format of the spec (fileChunks). With keepReports false the workers write it themselves and
   * send only that text and the reduced result, so that the parent thread only writes.
   */
  stream?: { spec: StreamSpec; write: (index: number, chunks: string[]) => void };
  /** SHA-256 of files already read in this run (expandInputs' hashes): with a cache, not read again to be hashed. */
  hashes?: Map<string, string>;
}

export interface BatchResult {
  report: Report;
  /** Some files could not be read (exit 2). */
  unreadable: number;
  cache?: { hits: number; misses: number };
}

/**
 * Checks many plans: cached results first, the rest in worker threads (one rule engine per rule
 * set per worker), results in the order of the files whatever the order they finish in.
 */
export async function runBatch(files: string[], options: BatchOptions): Promise<BatchResult> {
  const lang = options.lang ?? 'vi';
  const results = new Array<FileReport | undefined>(files.length);
  const checker = new Checker(options); // validates rule sets (exit 2 early) and gives the fingerprint
  const cache = options.cacheDir ? new ResultCache(options.cacheDir, checker.fingerprint()) : undefined;
  const progress = new Progress(files.length);
  const hashes: (string | undefined)[] = [];
  const todo: number[] = [];
  let unreadable = 0;
  let nextOut = 0;
  const stream = options.stream;
  const chunks = new Array<string[] | undefined>(stream ? files.length : 0);
  const emit = () => {
    while (nextOut < files.length && results[nextOut]) {
      if (stream) {
        stream.write(nextOut, chunks[nextOut]!);
        chunks[nextOut] = undefined;
      }
      options.onFile?.(nextOut, results[nextOut]!);
      if (options.keepReports === false) results[nextOut] = compact(results[nextOut]!);
      nextOut++;
    }
  };
  const spec = stream && cache ? specKey(stream.spec) : undefined;
  /** A file's result in report form, and its output when the batch streams (stored in the cache when `stored`). */
  const take = (i: number, full: FileReport, stored = false) => {
    results[i] = full;
    if (!stream) return;
    chunks[i] = fileChunks(full, stream.spec);
    if (stored && spec) cache!.putOutput(files[i]!, hashes[i]!, spec, compact(full), chunks[i]);
  };

  files.forEach((file, i) => {
    if (!cache) return todo.push(i);
    hashes[i] = options.hashes?.get(file) ?? contentHash(file);
    if (!hashes[i]) return todo.push(i); // the checker reports it
    // streaming the same formats as a run before: its output, read as it was written
    const out = spec && options.keepReports === false ? cache.getOutput(file, hashes[i]!, spec) : undefined;
    if (out) {
      results[i] = out.compact;
      chunks[i] = out.chunks;
      progress.tick(file);
      emit();
      return;
    }
    const hit = cache.get(file, hashes[i]!);
    if (hit) {
      take(i, normaliseFile(hit), true);
      progress.tick(file);
      emit();
    } else todo.push(i);
  });

  const settle = (i: number, r: Outcome) => {
    if ('report' in r) {
      const stored = !!cache && !!hashes[i];
      take(i, normaliseFile(r.report), stored);
      if (stored) cache!.put(files[i]!, hashes[i]!, results[i]!);
    } else if ('chunks' in r) {
      // checked, rendered and stored in the cache by the worker: its output and reduced result
      results[i] = markNormalised(r.compact);
      chunks[i] = r.chunks;
    } else {
      const err = reviveError(r.error);
      if (!(err instanceof InputError)) throw err;
      unreadable++;
      take(i, normaliseFile(unreadableReport(files[i]!, err, lang)));
    }
    progress.tick(files[i]!);
    emit();
  };

  const jobs = jobsFor(options.jobs);
  if (jobs === 1 || todo.length <= 1) {
    for (const i of todo) {
      // Let signal handlers run between files (Ctrl-C removes a pending output's temp file).
      await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        settle(i, { report: await checker.checkFile(files[i]!) });
      } catch (err) {
        if (!(err instanceof InputError) || options.rethrowInputErrors) throw err;
        settle(i, { error: serialiseError(err) });
      }
    }
  } else {
    let failure: Error | undefined;
    const {
      onFile: _onFile,
      keepReports: _keep,
      progress: _progress,
      cacheDir: _cache,
      jobs: _jobs,
      rethrowInputErrors: _rethrow,
      hashes: _hashes,
      timestamp: _ts,
      ...forWorkers
    } = options;
    const { stream: _stream, ...checkOptions } = forWorkers;
    // the workers write the output themselves only when the parent keeps reduced results anyway
    const workersStream = stream && options.keepReports === false;
    await runPool(
      todo.map((i) => files[i]!),
      jobs,
      checkOptions,
      (k, r) => {
        try {
          settle(todo[k]!, r);
        } catch (err) {
          failure ??= err as Error; // settle throws Errors only (revived worker errors, or rule-set errors)
        }
      },
      workersStream ? { stream: stream.spec, ...(cache ? { cacheDir: cache.dir, hashes: todo.map((i) => hashes[i]) } : {}) } : {},
    );
    if (failure) throw failure;
  }
  progress.finish();
  return {
    report: finishReport(results as FileReport[], options),
    unreadable,
    ...(cache ? { cache: { hits: cache.hits, misses: cache.misses } } : {}),
  };
}

/** Worker threads to start: as asked, never more than the machine's cores (more only costs memory). */
export function jobsFor(requested: number | undefined, cores = availableParallelism()): number {
  return Math.max(1, Math.min(requested ?? cores, cores));
}
