import { parentPort, workerData } from 'node:worker_threads';
import { serialiseError } from '../errors/serialise.js';
import { workerTask, type Task, type WorkerSetup } from './worker-task.js';

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
