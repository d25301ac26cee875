import { validatorFor } from '../util/validators.js';
import { parseConfigSource, readConfigSource } from '../yaml/read-config.js';
import type { LocatedYaml } from '../yaml/parse-located.js';
import { locatePointer } from '../yaml/locate.js';
import { OPERATOR_NAMES } from './operators/index.js';
import { factPathProblem } from '../facts/fact-paths.js';
import { RuleSetError } from '../errors/ruleset-error.js';
import { both } from '../messages/index.js';
import type { Condition, RuleDef, RuleSet } from './ruleset-types.js';
import { MAIN_FACT } from '../facts/subject-facts.js';
import { compiledEntry } from '../yaml/compiled-config.js';

const rulesetValidator = () => validatorFor('ruleset');

/**
 * Loads and checks one rule-set file. Anything wrong (syntax, schema, unknown operator or fact,
 * missing message, duplicate rule id) throws RuleSetError with the file, line and rule. A file
 * whose bytes were compiled at build time (a shipped rule set, unedited) is taken from there.
 */
export function loadRuleSet(file: string): RuleSet {
  const { text, sha256 } = readConfigSource(file);
  const data = compiledEntry<Record<string, unknown>>('ruleset', sha256) ?? checkedRuleSetData(file, text);
  return ruleSetOf(data, file, sha256);
}

/** loadRuleSet from the YAML itself, whatever was compiled (for the build and its tests). */
export function loadRuleSetFromYaml(file: string): RuleSet {
  const { text, sha256 } = readConfigSource(file);
  return ruleSetOf(checkedRuleSetData(file, text), file, sha256);
}

/** The data of a rule-set file, parsed and checked: what the build compiles. */
export function checkedRuleSetData(file: string, text: string): Record<string, unknown> {
  const src = parseConfigSource(file, text);
  const data = src.data as Record<string, unknown>;
  const validate = rulesetValidator();
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    // The most specific error: the deepest path, preferring "required" (a missing message, say).
    const e = [...errors].sort(
      (a, b) => b.instancePath.length - a.instancePath.length || Number(b.keyword === 'required') - Number(a.keyword === 'required'),
    )[0]!;
    const loc = locatePointer(file, src, e.instancePath);
    const ruleId = ruleIdAt(data, e.instancePath);
    const params = e.params as { missingProperty?: string; additionalProperty?: string };
    const where = e.instancePath || '/';
    const [vi, en] =
      e.keyword === 'required'
        ? both('rules.invalid.missingField', { field: String(params.missingProperty) })
        : e.keyword === 'additionalProperties'
          ? both('rules.invalid.unknownField', { field: String(params.additionalProperty), where })
          : both('rules.invalid.other', { where, problem: e.message ?? '' });
    throw new RuleSetError(vi, en, file, loc.line, loc.column, ruleId);
  }

  ((data.requirements as { id: string; kind: string; target?: unknown }[] | undefined) ?? []).forEach((r, i) => {
    if (r.kind === 'target' && !r.target) {
      const loc = locatePointer(file, src, `/requirements/${i}`);
      throw new RuleSetError(...both('rules.targetMissing', { id: r.id }), file, loc.line, loc.column, r.id);
    }
  });

  const rules = (data.rules as RuleDef[] | undefined) ?? [];
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    const prev = seen.get(rule.id);
    if (prev !== undefined) {
      const loc = locatePointer(file, src, `/rules/${i}/id`);
      throw new RuleSetError(...both('rules.duplicateRuleId', { id: rule.id, first: prev + 1 }), file, loc.line, loc.column, rule.id);
    }
    seen.set(rule.id, i);
    const where = { file, src, data: (data.data as Record<string, unknown> | undefined) ?? {} };
    checkCondition(rule.conditions, `/rules/${i}/conditions`, rule, where);
    if (rule.when) checkCondition(rule.when, `/rules/${i}/when`, rule, where);
    // `where` fields and the `locate` path are read on the subject's own fact
    const main = MAIN_FACT[rule.applies_to];
    for (const key of Object.keys(rule.where ?? {})) checkPath(main, `$.${key}`, `/rules/${i}/where/${key}`, rule, where, true);
    if (rule.locate) checkPath(main, rule.locate, `/rules/${i}/locate`, rule, where);
  });
  return data;
}

function ruleSetOf(data: Record<string, unknown>, file: string, sha256: string): RuleSet {
  const rules = (data.rules as RuleDef[] | undefined) ?? [];
  return {
    id: data.id as string,
    version: data.version as string,
    title: data.title as RuleSet['title'],
    ...(data.description ? { description: data.description as RuleSet['title'] } : {}),
    ...(typeof data.provenance === 'string' ? { provenance: data.provenance } : {}),
    file,
    sha256,
    data: (data.data as Record<string, unknown>) ?? {},
    requirements: (data.requirements as Record<string, unknown>[]) ?? [],
    ...(data.parent ? { parent: data.parent as RuleSet['parent'] } : {}),
    ...(data.applies_to ? { appliesTo: data.applies_to as RuleSet['appliesTo'] } : {}),
    rules,
  };
}

interface At {
  file: string;
  src: LocatedYaml;
  /** The rule set's own data (what the fact "data" holds). */
  data: Record<string, unknown>;
}

function checkCondition(c: Condition, pointer: string, rule: RuleDef, at: At): void {
  if ('all' in c) return c.all.forEach((x, i) => checkCondition(x, `${pointer}/all/${i}`, rule, at));
  if ('any' in c) return c.any.forEach((x, i) => checkCondition(x, `${pointer}/any/${i}`, rule, at));
  if ('not' in c) return checkCondition(c.not, `${pointer}/not`, rule, at);
  if (!OPERATOR_NAMES.has(c.operator)) {
    const loc = locatePointer(at.file, at.src, `${pointer}/operator`);
    throw new RuleSetError(
      ...both('rules.unknownOperator', { operator: c.operator, known: [...OPERATOR_NAMES].join(', ') }),
      at.file,
      loc.line,
      loc.column,
      rule.id,
    );
  }
  checkPath(c.fact, c.path, pointer, rule, at);
  if (isFactRef(c.value)) checkPath(c.value.fact, c.value.path, `${pointer}/value`, rule, at);
}

/**
 * A fact and path a rule reads must exist for the kind of subject it applies to (the facts
 * contract, src/facts/): a misspelt path would otherwise load and never apply.
 */
function checkPath(fact: string, path: string | undefined, pointer: string, rule: RuleDef, at: At, atKey = false): void {
  const problem = factPathProblem(rule.applies_to, fact, path, at.data);
  if (!problem) return;
  const place = atKey
    ? pointer
    : problem.atFact
      ? `${pointer}/fact`
      : path === undefined || pointer.endsWith('/locate')
        ? pointer
        : `${pointer}/path`;
  const loc = locatePointer(at.file, at.src, place, atKey);
  throw new RuleSetError(problem.vi, problem.en, at.file, loc.line, loc.column, rule.id);
}

function isFactRef(v: unknown): v is { fact: string; path?: string } {
  return v !== null && typeof v === 'object' && typeof (v as { fact?: unknown }).fact === 'string';
}

function ruleIdAt(data: Record<string, unknown>, pointer: string): string | undefined {
  const m = /^\/rules\/(\d+)/.exec(pointer);
  if (!m) return undefined;
  const rule = (data.rules as { id?: unknown }[] | undefined)?.[Number(m[1])];
  return typeof rule?.id === 'string' ? rule.id : undefined;
}
