import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { serialiseError } from '../errors/serialise.js';
import { workerTask, type Task, type WorkerSetup } from './worker-task.js';

// A worker checks hundreds of plans with the same few large functions (subject building, citations),
// which V8's optimising compiler recompiles with everything they call inlined, once per worker and
// again after each deoptimisation: without inlining those compiles cost far less and the plans are
// checked as fast (corpus of 300 plans on 2 workers: 0.87× the CPU, `npm run bench`; issue 14).
// V8's flags are the process's: set before this worker's first compile of checking code.
setFlagsFromString('--no-turbo-inlining');

/** A worker thread: one Checker (one rule engine per rule set) for all the files it is given (worker-task.ts). */
const answer = workerTask(workerData as WorkerSetup);
parentPort!.on(
  'message',
  (task: Task) =>
    void answer(task).then((a) => {
      try {
        parentPort!.postMessage(a);
      } catch (err) {
        parentPort!.postMessage({ id: task.id, error: serialiseError(err) });
      }
    }),
);
