import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../check.js';
import type { Answer, Outcome, Task, WorkerSetup } from './worker-task.js';

/** What a pool's workers do besides checking (worker-task.ts): stream the output, store results in the cache. */
export interface PoolExtras extends Omit<WorkerSetup, 'options'> {
  /** Each file's hash (the cache's key), by index. */
  hashes?: (string | undefined)[];
}

/** Worker threads (never more than files, nor than cores), each with its own rule engines; files are handed out as workers free up. */
export async function runPool(
  files: string[],
  jobs: number,
  options: CheckOptions,
  onDone: (index: number, r: Outcome) => void,
  extras: PoolExtras = {},
): Promise<void> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const { hashes, ...rest } = extras;
  const setup: WorkerSetup = { options: { ...options, ...(options.timestamp ? { timestamp: undefined } : {}) }, ...rest };
  let next = 0;
  const workers = Array.from(
    { length: Math.max(1, Math.min(jobs, files.length, availableParallelism())) },
    () => new Worker(workerUrl, { workerData: setup }),
  );
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= files.length) return resolve();
              const id = next++;
              const sha256 = hashes?.[id];
              const task: Task = { id, file: files[id]!, ...(sha256 ? { sha256 } : {}) };
              w.postMessage(task);
            };
            w.on('message', (m: Answer) => {
              onDone(m.id, m);
              give();
            });
            w.on('error', reject);
            w.on('exit', (code) => (next < files.length && code !== 0 ? reject(new Error(`worker stopped (${code})`)) : undefined));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
