/** Public API of plan-check. */
export { check, type CheckOptions } from './check.js';
export { parseDeadline, type Deadline, type DeadlineKind } from './plan/deadline.js';
export { loadPlan } from './plan/load-plan.js';
export { loadRuleSet } from './rules/load-ruleset.js';
export { exitCodeFor } from './report/build-report.js';
export { format, FORMATS, type FormatName } from './report/formatters/index.js';
export type * from './types.js';
export { readDocument } from './import/read-document.js';
export { importBlocks, type ImportNote, type ImportResult } from './import/import-plan.js';
export { loadMetricVocabulary } from './import/metric-vocabulary.js';
export { planDocument } from './render/plan-document.js';
export { planDocx } from './render/plan-docx.js';
