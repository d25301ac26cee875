import type { Check, CheckStatus, Finding, Location, RequirementDetail, Severity, Source, SubjectKind, WaiverRef } from './types.js';

// The one place findings and checks are built, below every layer that builds them (plan loading,
// rules, the engine, review, the batch), so every finding and check has the same fields in the
// same order, and an absent field is left out rather than written as undefined.

export interface FindingFields {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  subject?: { kind: SubjectKind; id: string };
  actual?: unknown;
  expected?: unknown;
  fix?: string;
  source?: Source;
  waiver?: WaiverRef;
  baselined?: true;
  /** `drafter`: a hint for the plan's author, left out of the reviewer's view. */
  audience?: Finding['audience'];
}

/** A finding: what is wrong, where, on what subject, and how to fix it. */
export function makeFinding(f: FindingFields): Finding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    location: f.location,
    ...(f.subject ? { subject: f.subject } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.fix !== undefined ? { fix: f.fix } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.audience ? { audience: f.audience } : {}),
    ...(f.waiver ? { waiver: f.waiver } : {}),
    ...(f.baselined ? { baselined: f.baselined } : {}),
  };
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
