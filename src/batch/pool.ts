import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../check.js';
import type { FileReport } from '../types.js';
import type { SerialisedError } from '../errors/serialise.js';

type Result = { report: FileReport } | { error: SerialisedError };

/** Worker threads (never more than files, nor than cores), each with its own rule engines; files are handed out as workers free up. */
export async function runPool(
  files: string[],
  jobs: number,
  options: CheckOptions,
  onDone: (index: number, r: Result) => void,
): Promise<void> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const serialisable = { ...options, ...(options.timestamp ? { timestamp: undefined } : {}) };
  let next = 0;
  const workers = Array.from(
    { length: Math.max(1, Math.min(jobs, files.length, availableParallelism())) },
    () => new Worker(workerUrl, { workerData: serialisable }),
  );
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= files.length) return resolve();
              const id = next++;
              w.postMessage({ id, file: files[id] });
            };
            w.on('message', (m: { id: number } & Result) => {
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
