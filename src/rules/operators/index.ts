import { Engine } from 'json-rules-engine';
import { nonEmptyText } from './non-empty-text.js';
import { nonEmptyList } from './non-empty-list.js';
import { matchesAnyPattern, matchesNoPattern } from './matches-any-pattern.js';
import { isListedUnit } from './is-listed-unit.js';
import { dateInYear, dateOnOrAfter, dateOnOrBefore } from './dates.js';
import { present } from './present.js';
import { emptyList } from './empty-list.js';

type Evaluator = (fact: unknown, value: unknown) => boolean;

/** The operators plan-check adds; rule sets may name only these and the guarded built-ins. */
export const CUSTOM_OPERATORS: Record<string, Evaluator> = {
  nonEmptyText,
  nonEmptyList,
  matchesAnyPattern,
  matchesNoPattern,
  isListedUnit,
  dateInYear,
  dateOnOrBefore,
  dateOnOrAfter,
  present,
  emptyList,
};

/**
 * json-rules-engine's built-ins, re-registered so that a missing value (undefined or null) never
 * passes: notEqual(undefined, "x") is true in the original, a silent pass on a missing field.
 */
const BUILT_INS: Record<string, Evaluator> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
  lessThan: (a, b) => typeof a === 'number' && typeof b === 'number' && a < b,
  lessThanInclusive: (a, b) => typeof a === 'number' && typeof b === 'number' && a <= b,
  greaterThan: (a, b) => typeof a === 'number' && typeof b === 'number' && a > b,
  greaterThanInclusive: (a, b) => typeof a === 'number' && typeof b === 'number' && a >= b,
};

export const OPERATOR_NAMES: ReadonlySet<string> = new Set([...Object.keys(CUSTOM_OPERATORS), ...Object.keys(BUILT_INS)]);

/** Registers every operator on an engine, built-ins guarded against missing values. */
export function registerOperators(engine: Engine): void {
  for (const [name, fn] of Object.entries(BUILT_INS)) {
    engine.addOperator(name, (a: unknown, b: unknown) => a !== undefined && a !== null && fn(a, b));
  }
  for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) {
    engine.addOperator(name, (a: unknown, b: unknown) => fn(a, b));
  }
}
