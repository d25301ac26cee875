import type { FileReport } from '../types.js';

const SEVERITIES = new Set(['error', 'warning', 'info']);
const STATUSES = new Set(['pass', 'fail', 'waived', 'not-applicable']);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function isFinding(x: unknown): boolean {
  if (!isObject(x) || !isString(x.ruleId) || !isString(x.message) || !SEVERITIES.has(x.severity as string)) return false;
  const l = x.location;
  if (!isObject(l) || !isString(l.file) || !isString(l.pointer) || !isCount(l.line) || !isCount(l.column)) return false;
  if (x.waiver !== undefined && !isObject(x.waiver)) return false;
  if (x.baselined !== undefined && x.baselined !== true) return false;
  return x.subject === undefined || (isObject(x.subject) && isString(x.subject.kind) && isString(x.subject.id));
}

function isCheck(x: unknown): boolean {
  return (
    isObject(x) &&
    isString(x.ruleId) &&
    isString(x.title) &&
    STATUSES.has(x.status as string) &&
    SEVERITIES.has(x.severity as string) &&
    isCount(x.evaluated) &&
    Array.isArray(x.findings) &&
    x.findings.every(isFinding)
  );
}

/** A cache entry read back from disk is trusted only if it has the shape of a file's result. */
export function isFileReport(x: unknown): x is FileReport {
  return (
    isObject(x) &&
    isString(x.file) &&
    isString(x.sha256) &&
    isObject(x.plan) &&
    Array.isArray(x.rulesets) &&
    x.rulesets.every((r) => isObject(r) && isString(r.id) && isString(r.version)) &&
    Array.isArray(x.checks) &&
    x.checks.every(isCheck) &&
    Array.isArray(x.findings) &&
    x.findings.every(isFinding) &&
    (x.asOf === undefined || isString(x.asOf)) &&
    (x.plan.title === undefined || isString(x.plan.title))
  );
}
