import { parentPort, workerData } from 'node:worker_threads';
import { Checker, type CheckOptions } from '../check.js';
import { InputError } from '../yaml/read-source.js';
import { RuleSetError } from '../errors/ruleset-error.js';

/** A worker thread: one Checker (one rule engine per rule set) for all the files it is given. */
const checker = new Checker(workerData as CheckOptions);
parentPort!.on('message', async (msg: { id: number; file: string }) => {
  try {
    parentPort!.postMessage({ id: msg.id, report: await checker.checkFile(msg.file) });
  } catch (err) {
    const kind = err instanceof InputError ? 'input' : err instanceof RuleSetError ? 'ruleset' : 'crash';
    parentPort!.postMessage({
      id: msg.id,
      error: { kind, message: (err as Error).message, messageEn: (err as InputError).messageEn, file: (err as InputError).file, stack: (err as Error).stack, ...(err instanceof RuleSetError ? { vi: err.vi, en: err.en, line: err.line, column: err.column, ruleId: err.ruleId } : {}) },
    });
  }
});
