import type { Check, CheckStatus, Finding, RequirementDetail, Severity, Source } from './types.js';

// The one place findings and checks are built, below every layer that builds them (plan loading,
// rules, the engine, review, the batch), so every finding and check has the same fields in the
// same order, and an absent field is left out rather than written as undefined.

/** The fields of a finding are those of the Finding type itself: one list, so none can be dropped. */
export type FindingFields = Finding;

/** The order of a finding's fields; a field of Finding missing here fails to compile (below). */
const FINDING_FIELDS = [
  'ruleId',
  'severity',
  'message',
  'location',
  'subject',
  'actual',
  'expected',
  'fix',
  'source',
  'audience',
  'waiver',
  'baselined',
] as const satisfies readonly (keyof Finding)[];
const _everyFindingField: Exclude<keyof Finding, (typeof FINDING_FIELDS)[number]> extends never ? true : never = true;

/** A finding: what is wrong, where, on what subject, and how to fix it (absent fields left out). */
export function makeFinding(f: FindingFields): Finding {
  const out: Record<string, unknown> = {};
  for (const k of FINDING_FIELDS) if (f[k] !== undefined) out[k] = f[k];
  return out as unknown as Finding;
}

export interface CheckFields {
  ruleId: string;
  /** The rule set the rule comes from (groups passed items in the checklist). */
  ruleset?: string;
  title: string;
  severity: Severity;
  /** How many subjects the rule was evaluated on. */
  evaluated: number;
  findings: Finding[];
  /** Default: `fail` with findings, else `pass` when evaluated on something, else `not-applicable`. */
  status?: CheckStatus;
  source?: Source;
  requirement?: RequirementDetail;
}

/** A checklist item: one rule (or parent requirement) and the findings it gave. */
export function makeCheck(c: CheckFields): Check {
  return {
    ruleId: c.ruleId,
    ...(c.ruleset ? { ruleset: c.ruleset } : {}),
    title: c.title,
    status: c.status ?? (c.findings.length ? 'fail' : c.evaluated ? 'pass' : 'not-applicable'),
    severity: c.severity,
    ...(c.source ? { source: c.source } : {}),
    evaluated: c.evaluated,
    findings: c.findings,
    ...(c.requirement ? { requirement: c.requirement } : {}),
  };
}
