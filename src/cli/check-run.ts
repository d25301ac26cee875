/**
 * What a check run needs beyond the command definitions, loaded by program.ts with one dynamic
 * import: in the bundle (scripts/bundle.mjs) a check then loads one chunk of its own (plus the
 * code it shares with the batch worker) instead of one per module, and --version, --help and the
 * other commands load none of it.
 */
export { expandInputs } from '../batch/expand-inputs.js';
export { checkRunOutputs } from './run-outputs.js';
export { canStream, ReportWriter } from '../batch/report-writer.js';
export { openSink } from './sink.js';
export { runBatch } from '../batch/run-batch.js';
export { DEFAULT_CACHE_DIR } from '../batch/cache.js';
export { exitCodeFor } from '../report/build-report.js';
export { writeAtomic } from './write-atomic.js';
export { makeBaseline } from '../review/baseline.js';
