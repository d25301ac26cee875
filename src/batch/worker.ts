import { parentPort, workerData } from 'node:worker_threads';
import { Checker, type CheckOptions } from '../check.js';
import { serialiseError } from '../errors/serialise.js';

/** A worker thread: one Checker (one rule engine per rule set) for all the files it is given. */
const checker = new Checker(workerData as CheckOptions);
async function answer(msg: { id: number; file: string }): Promise<void> {
  try {
    parentPort!.postMessage({ id: msg.id, report: await checker.checkFile(msg.file) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: serialiseError(err) });
  }
}
parentPort!.on('message', (msg: { id: number; file: string }) => void answer(msg));
