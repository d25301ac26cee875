import type { RuleResult } from 'json-rules-engine';
import type { Finding, Lang, Location } from '../types.js';
import type { RuleDef } from '../rules/ruleset-types.js';
import type { CompiledRuleSet } from './compile.js';
import { WHEN_SUFFIX } from './compile.js';
import type { Subject } from './subjects.js';
import { pathToPointer, parsePath } from './path.js';
import { renderMessage } from './render-message.js';

export interface RuleTally {
  ruleset: CompiledRuleSet;
  rule: RuleDef;
  /** Subjects the rule applied to. */
  evaluated: number;
  findings: Finding[];
}

interface LeafResult {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

/**
 * Runs every rule set over every subject, one engine at a time and one subject at a time
 * (never concurrently on one engine). Returns a tally per rule.
 */
export async function evaluate(
  compiled: CompiledRuleSet[],
  subjects: Subject[],
  locate: (pointer: string) => Location,
  lang: Lang,
): Promise<RuleTally[]> {
  const tallies = new Map<string, RuleTally>();
  for (const c of compiled) {
    for (const rule of c.ruleset.rules) tallies.set(key(c, rule.id), { ruleset: c, rule, evaluated: 0, findings: [] });
  }
  for (const c of compiled) {
    const data = c.ruleset.data;
    for (const subject of subjects) {
      const engine = c.engines.get(subject.kind as never);
      if (!engine) continue;
      const { results, failureResults } = await engine.run({ ...subject.facts, data });
      const notApplicable = new Set(failureResults.filter((r) => r.name.endsWith(WHEN_SUFFIX)).map((r) => r.name.slice(0, -WHEN_SUFFIX.length)));
      for (const r of results) {
        if (r.name.endsWith(WHEN_SUFFIX) || notApplicable.has(r.name)) continue;
        tallies.get(key(c, r.name))!.evaluated++;
      }
      for (const r of failureResults) {
        if (r.name.endsWith(WHEN_SUFFIX) || notApplicable.has(r.name)) continue;
        const tally = tallies.get(key(c, r.name))!;
        tally.evaluated++;
        tally.findings.push(toFinding(tally.rule, r, subject, locate, lang));
      }
    }
  }
  return [...tallies.values()];
}

function key(c: CompiledRuleSet, ruleId: string): string {
  return `${c.ruleset.id}\u0000${ruleId}`;
}

function toFinding(rule: RuleDef, result: RuleResult, subject: Subject, locate: (p: string) => Location, lang: Lang): Finding {
  const leaf = firstFailingLeaf(result.conditions as unknown);
  const pointer = failurePointer(rule, leaf, subject);
  const actual = leaf?.factResult;
  const expected = leaf?.valueResult;
  const vars = { ...subject.facts, actual: display(actual), expected: display(expected) };
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: renderMessage(rule.message[lang], vars),
    location: locate(pointer),
    subject: { kind: subject.kind, id: subject.id },
    ...(actual !== undefined ? { actual } : {}),
    ...(expected !== undefined && !Array.isArray(expected) ? { expected } : {}),
    fix: renderMessage(rule.fix[lang], vars),
    source: rule.source,
  };
}

function firstFailingLeaf(node: unknown): LeafResult | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as Record<string, unknown>;
  for (const k of ['all', 'any'] as const) {
    if (Array.isArray(n[k])) {
      for (const child of n[k] as unknown[]) {
        const c = child as { result?: boolean };
        if (c.result === false) {
          const leaf = firstFailingLeaf(child);
          if (leaf) return leaf;
        }
      }
      return undefined;
    }
  }
  if (n.not) return firstFailingLeaf(n.not) ?? (n.not as LeafResult);
  if (typeof n.fact === 'string') return n as unknown as LeafResult;
  return undefined;
}

/** Where a failure is: the rule's `locate` path, or the failing condition's fact and path. */
function failurePointer(rule: RuleDef, leaf: LeafResult | undefined, subject: Subject): string {
  if (rule.locate) return (subject.factPointers[subject.mainFact] ?? '') + mapFields(rule.locate, subject);
  if (!leaf) return subject.factPointers[subject.mainFact] ?? '';
  const base = subject.factPointers[leaf.fact] ?? subject.factPointers[subject.mainFact] ?? '';
  return base + (leaf.fact === subject.mainFact || leaf.fact in subject.factPointers ? mapFields(leaf.path, subject) : '');
}

/** "$.deadlineInfo.due" on a task is located at the task's "deadline" field. */
function mapFields(path: string | undefined, subject: Subject): string {
  if (!path) return '';
  const segs = parsePath(path);
  const first = segs[0];
  if (typeof first === 'string' && first in subject.fieldSources) {
    const real = subject.fieldSources[first]!;
    return real === '' ? '' : '/' + real;
  }
  return pathToPointer(path);
}

function display(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ');
  return v;
}
