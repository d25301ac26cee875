/** Public API of plan-check. */
export { check, type CheckOptions } from './check.js';
export { parseDeadline, type Deadline, type DeadlineKind } from './plan/deadline.js';
export { loadPlan } from './plan/load-plan.js';
export { loadRuleSet } from './rules/load-ruleset.js';
export { exitCodeFor } from './report/build-report.js';
export { format, FORMATS, type FormatName } from './report/formatters/index.js';
export type * from './types.js';
