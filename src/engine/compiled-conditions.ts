import type { Engine } from 'json-rules-engine';
import { registerOperators } from '../rules/operators/index.js';
import type { Condition } from '../rules/ruleset-types.js';
import { parsePath, resolvePath, resolveSegments, type PathSegment } from './path.js';

/**
 * Rule conditions in json-rules-engine's format compiled once into plain functions.
 *
 * json-rules-engine (7.x) stays the reference semantics and this module follows it step by step,
 * without its promises, its per-run deep clone of the condition tree, its almanac and its events:
 * - a fact is one of the run's facts (the subject's own enumerable facts and `data`); a missing one
 *   throws "Undefined fact" (the engine runs with allowUndefinedFacts: false);
 * - a path is applied only to an object (or array) value; any other value is used as it is;
 * - a value `{ fact, path, params }` is read like a fact (value first, then fact, as the engine asks);
 * - operators are the ones the project registers (src/rules/operators), over json-rules-engine's
 *   defaults, with its decorators ("not:", "swap:", "someFact:" ...); an unknown one throws;
 * - all / any group their children by priority (highest first) and evaluate every child of a group,
 *   stopping between groups only (so a child that would throw throws here too); an empty list
 *   passes; a list of one is that child's raw result; `not` negates its child;
 * - a condition reference ({ condition }) throws: plan-check's engines define no shared conditions.
 *
 * `test` returns the rule result the engine would give; `trace` returns the evaluated tree shaped
 * like json-rules-engine's RuleResult.conditions (result, factResult, valueResult on what was
 * evaluated), from which a failure's location and values are read. tests/engine-differential.test.ts
 * holds both paths to identical results.
 */

/** What a compiled condition reads: one subject's facts and its rule set's data. */
export interface Scope {
  facts: Record<string, unknown>;
  data: unknown;
}

type OperatorFn = (fact: unknown, value: unknown) => unknown;

/** The engine's error for a fact the run does not have. */
export class UndefinedFactError extends Error {
  readonly code = 'UNDEFINED_FACT';
}

// ---------------------------------------------------------------- operators

interface Op {
  name: string;
  /** Operator.evaluate: validator(fact) && callback(fact, value). */
  evaluate: OperatorFn;
}

type Validator = (v: unknown) => boolean;
const always: Validator = () => true;
const numeric: Validator = (v) => Number.parseFloat(v as string).toString() !== 'NaN';

function op(name: string, cb: OperatorFn, validator: Validator = always): Op {
  return { name, evaluate: validator === always ? cb : (a, b) => validator(a) && cb(a, b) };
}

/** json-rules-engine's default operators (all re-registered by the project today). */
const DEFAULT_OPERATORS: Op[] = [
  op('equal', (a, b) => a === b),
  op('notEqual', (a, b) => a !== b),
  op('in', (a, b) => (b as unknown[]).indexOf(a) > -1),
  op('notIn', (a, b) => (b as unknown[]).indexOf(a) === -1),
  op('contains', (a, b) => (a as unknown[]).indexOf(b) > -1, Array.isArray),
  op('doesNotContain', (a, b) => (a as unknown[]).indexOf(b) === -1, Array.isArray),
  op('lessThan', (a, b) => (a as number) < (b as number), numeric),
  op('lessThanInclusive', (a, b) => (a as number) <= (b as number), numeric),
  op('greaterThan', (a, b) => (a as number) > (b as number), numeric),
  op('greaterThanInclusive', (a, b) => (a as number) >= (b as number), numeric),
];

type Next = (a: unknown, b: unknown) => unknown;
interface Decorator {
  cb: (a: unknown, b: unknown, next: Next) => unknown;
  validator: Validator;
}

/** json-rules-engine's operator decorators ("someFact:contains" ...). */
const DECORATORS = new Map<string, Decorator>([
  ['someFact', { cb: (a, b, next) => (a as unknown[]).some((x) => next(x, b)), validator: Array.isArray }],
  ['someValue', { cb: (a, b, next) => (b as unknown[]).some((x) => next(a, x)), validator: always }],
  ['everyFact', { cb: (a, b, next) => (a as unknown[]).every((x) => next(x, b)), validator: Array.isArray }],
  ['everyValue', { cb: (a, b, next) => (b as unknown[]).every((x) => next(a, x)), validator: always }],
  ['swap', { cb: (a, b, next) => next(b, a), validator: always }],
  ['not', { cb: (a, b, next) => !next(a, b), validator: always }],
]);

/** Operators that cannot throw whatever they are given (see mayThrow below). */
const TOTAL_OPERATORS: ReadonlySet<string> = new Set([
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'nonEmptyText',
  'nonEmptyList',
  'isListedUnit',
  'dateInYear',
  'dateOnOrBefore',
  'dateOnOrAfter',
  'present',
  'emptyList',
]);

let operatorMap: Map<string, Op> | undefined;

/** The operators an engine of compile.ts has: the defaults, then the project's (registerOperators). */
function operators(): Map<string, Op> {
  if (operatorMap) return operatorMap;
  const map = new Map<string, Op>(DEFAULT_OPERATORS.map((o) => [o.name, o]));
  const collector = {
    addOperator(name: string, cb: OperatorFn) {
      map.set(name, { name, evaluate: cb });
    },
  };
  registerOperators(collector as unknown as Engine);
  return (operatorMap = map);
}

/** OperatorMap.get: a known operator, or decorators applied to one; null when unknown. */
function lookupOperator(name: string): Op | null {
  const map = operators();
  const decorators: Decorator[] = [];
  let opName = name;
  while (!map.has(opName)) {
    const i = opName.indexOf(':');
    if (i <= 0) return null;
    const d = DECORATORS.get(opName.slice(0, i));
    if (!d) return null;
    decorators.unshift(d);
    opName = opName.slice(i + 1);
  }
  let found = map.get(opName)!;
  for (const d of decorators) {
    const next = found.evaluate;
    const cb = d.cb;
    const v = d.validator;
    found = { name: '', evaluate: (a, b) => v(a) && cb(a, b, next) };
  }
  return found;
}

// ---------------------------------------------------------------- nodes

/** One condition compiled: its raw result as json-rules-engine's evaluateCondition returns it, and its trace. */
interface Node {
  /** The condition as written (what the engine's tree holds for a condition it did not reach). */
  raw: unknown;
  /** The priority json-rules-engine groups it by (prioritizeConditions). */
  priority: number;
  test: (s: Scope) => unknown;
  trace: (s: Scope) => Traced;
}

interface Traced {
  passes: unknown;
  tree: Record<string, unknown>;
}

interface Info {
  facts: Set<string>;
  /** Whether evaluating can throw for another reason than a missing fact. */
  mayThrow: boolean;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o: object, k: string) => Object.prototype.propertyIsEnumerable.call(o, k);

type Raw = Record<string, unknown>;

function booleanOperator(c: Raw): 'any' | 'all' | 'not' | undefined {
  if (hasOwn(c, 'any')) return 'any';
  if (hasOwn(c, 'all')) return 'all';
  if (hasOwn(c, 'not')) return 'not';
  return undefined;
}

/** The checks of json-rules-engine's Condition constructor, with its messages. */
function checkShape(c: unknown): asserts c is Raw {
  if (!c) throw new Error('Condition: constructor options required');
  const raw = c as Raw;
  const bool = booleanOperator(raw);
  if (bool) {
    const sub = raw[bool];
    if (bool !== 'not' && !Array.isArray(sub)) throw new Error(`"${bool}" must be an array`);
    if (bool === 'not' && Array.isArray(sub)) throw new Error(`"${bool}" cannot be an array`);
  } else if (!hasOwn(raw, 'condition')) {
    for (const k of ['fact', 'operator', 'value']) {
      if (!hasOwn(raw, k)) throw new Error(`Condition: constructor "${k}" property required`);
    }
  }
}

function priorityOf(c: Raw, isBoolean: boolean): number {
  if (isBoolean) return parseInt(c.priority as string, 10) || 1;
  // a leaf's own priority, else its fact's: the engines define no facts of their own, so 1
  const own = hasOwn(c, 'priority') ? parseInt(c.priority as string, 10) : undefined;
  return own || 1;
}

function compileNode(raw: unknown, info: Info): Node {
  checkShape(raw);
  if (hasOwn(raw, 'condition')) return referenceNode(raw, info);
  const bool = booleanOperator(raw);
  if (bool === 'not') return notNode(raw, compileNode(raw.not, info));
  if (bool)
    return listNode(
      raw,
      bool,
      (raw[bool] as unknown[]).map((c) => compileNode(c, info)),
    );
  return leafNode(raw, info);
}

function referenceNode(raw: Raw, info: Info): Node {
  info.mayThrow = true;
  const fail = (): never => {
    throw new Error(`No condition ${String(raw.condition)} exists`);
  };
  return { raw, priority: priorityOf(raw, booleanOperator(raw) !== undefined), test: fail, trace: fail };
}

function notNode(raw: Raw, child: Node): Node {
  return {
    raw,
    priority: priorityOf(raw, true),
    test: (s) => !child.test(s),
    trace: (s) => {
      const t = child.trace(s);
      const passes = !t.passes;
      return { passes, tree: { ...raw, not: t.tree, result: passes } };
    },
  };
}

function listNode(raw: Raw, mode: 'all' | 'any', children: Node[]): Node {
  const list = compileList(mode, children);
  return {
    raw,
    priority: priorityOf(raw, true),
    test: (s) => list.test(s) === true,
    trace: (s) => {
      const t = list.trace(s);
      const passes = t.passes === true;
      return { passes, tree: { ...raw, [mode]: t.children, result: passes } };
    },
  };
}

interface CompiledList {
  test: (s: Scope) => unknown;
  trace: (s: Scope) => { passes: unknown; children: unknown[] };
}

/** prioritizeAndRun of json-rules-engine's Rule.evaluate. */
function compileList(mode: 'all' | 'any', children: Node[]): CompiledList {
  if (children.length === 0) return { test: () => true, trace: () => ({ passes: true, children: [] }) };
  if (children.length === 1) {
    const only = children[0]!;
    return {
      test: (s) => only.test(s),
      trace: (s) => {
        const t = only.trace(s);
        return { passes: t.passes, children: [t.tree] };
      },
    };
  }
  // groups of equal priority, highest first; each group's members keep their order
  const byPriority = new Map<number, number[]>();
  children.forEach((c, i) => byPriority.set(c.priority, [...(byPriority.get(c.priority) ?? []), i]));
  const groups = [...byPriority.keys()].sort((a, b) => b - a).map((p) => byPriority.get(p)!.map((i) => children[i]!));
  const every = mode === 'all';
  const testGroup = (group: Node[], s: Scope): boolean => {
    // every member is evaluated, as Promise.all does; then every / some
    let out = every;
    for (const c of group) {
      if ((c.test(s) === true) !== every) out = !every;
    }
    return out;
  };
  const test =
    groups.length === 1
      ? (s: Scope) => testGroup(groups[0]!, s)
      : (s: Scope) => {
          let r = every;
          for (const g of groups) {
            if (r !== every) break;
            r = testGroup(g, s);
          }
          return r;
        };
  const trace = (s: Scope) => {
    const trees = new Map<Node, unknown>();
    let r = every;
    for (const g of groups) {
      if (r !== every) break;
      let out = every;
      for (const c of g) {
        const t = c.trace(s);
        trees.set(c, t.tree);
        if ((t.passes === true) !== every) out = !every;
      }
      r = out;
    }
    // conditions of groups never reached stay as written (no result)
    return { passes: r, children: children.map((c) => (trees.has(c) ? trees.get(c) : c.raw)) };
  };
  return { test, trace };
}

/** Reads a fact (with its path) the way the engine's almanac does. */
function factReader(name: unknown, path: unknown, info: Info): (s: Scope) => unknown {
  const fact = typeof name === 'string' ? name : undefined;
  if (fact !== undefined && fact !== 'data') info.facts.add(fact);
  if (fact === undefined) info.mayThrow = true; // never a fact of the run
  const read =
    fact === 'data'
      ? (s: Scope) => s.data
      : (s: Scope) => {
          if (fact === undefined || !isEnumerable(s.facts, fact)) throw new UndefinedFactError(`Undefined fact: ${String(name)}`);
          return s.facts[fact];
        };
  if (!path) return read;
  let segs: readonly PathSegment[] | undefined;
  if (typeof path === 'string') {
    try {
      segs = parsePath(path);
    } catch {
      segs = undefined;
    }
  }
  if (!segs) info.mayThrow = true;
  const known = segs;
  return known
    ? (s) => {
        const v = read(s);
        return v != null && typeof v === 'object' ? resolveSegments(v, known) : v;
      }
    : (s) => {
        const v = read(s);
        return v != null && typeof v === 'object' ? resolvePath(v, path as string) : v;
      };
}

function leafNode(raw: Raw, info: Info): Node {
  const name = raw.operator as string;
  const found = lookupOperator(name);
  if (!found || !TOTAL_OPERATORS.has(name)) info.mayThrow = true;
  const value = raw.value;
  const fact = factReader(raw.fact, raw.path, info);
  const rhs: (s: Scope) => unknown =
    value != null && typeof value === 'object' && hasOwn(value, 'fact')
      ? factReader((value as Raw).fact, (value as Raw).path, info)
      : () => value;
  const evaluate = (s: Scope): [unknown, unknown, unknown] => {
    if (!found) throw new Error(`Unknown operator: ${name}`);
    const right = rhs(s);
    const left = fact(s);
    return [found.evaluate(left, right), left, right];
  };
  return {
    raw,
    priority: priorityOf(raw, false),
    test: found
      ? (s) => {
          const right = rhs(s);
          return found.evaluate(fact(s), right);
        }
      : (s) => evaluate(s)[0],
    trace: (s) => {
      const [result, factResult, valueResult] = evaluate(s);
      return { passes: result, tree: { ...raw, factResult, valueResult, result } };
    },
  };
}

// ---------------------------------------------------------------- rules

/** A rule's conditions (or applicability) compiled. */
export interface CompiledConditions {
  /** The rule's result as json-rules-engine gives it (false: failed). */
  test: (s: Scope) => unknown;
  /** The evaluated condition tree, as json-rules-engine's RuleResult.conditions. */
  trace: (s: Scope) => unknown;
  /** Facts read (besides data): a subject lacking one makes the engine throw. */
  facts: readonly string[];
  /** Whether evaluating may throw for another reason than a missing fact. */
  mayThrow: boolean;
}

/** Compiles the top of a rule's conditions (already wrapped in all/any/not by compile.ts). */
export function compileConditions(top: Condition): CompiledConditions {
  const raw = top as unknown as Raw;
  if (!hasOwn(raw, 'all') && !hasOwn(raw, 'any') && !hasOwn(raw, 'not') && !hasOwn(raw, 'condition'))
    throw new Error('"conditions" root must contain a single instance of "all", "any", "not", or "condition"');
  const info: Info = { facts: new Set(), mayThrow: false };
  checkShape(raw);
  const bool = booleanOperator(raw);
  let test: (s: Scope) => unknown;
  let trace: (s: Scope) => unknown;
  if (bool === 'any' || bool === 'all') {
    // the rule's own result is the list's raw result (Rule.evaluate: processResult(result))
    const list = compileList(
      bool,
      (raw[bool] as unknown[]).map((c) => compileNode(c, info)),
    );
    test = list.test;
    trace = (s) => ({ ...raw, [bool]: list.trace(s).children });
  } else if (bool === 'not') {
    const child = compileNode(raw.not, info);
    test = (s) => !child.test(s);
    trace = (s) => ({ ...raw, not: child.trace(s).tree });
  } else {
    const ref = referenceNode(raw, info);
    test = ref.test;
    trace = ref.trace;
  }
  return { test, trace, facts: [...info.facts], mayThrow: info.mayThrow };
}
