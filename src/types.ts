/** Core types shared by every layer (load → validate → evaluate → report). Positions are 1-based. */

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export type Lang = 'vi' | 'en';

export interface Location {
  file: string;
  /** JSON Pointer into the plan document ("" is the whole document). */
  pointer: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Source {
  ref: string;
  title?: string;
  article?: string;
  url?: string;
}

/** The kinds of subject a rule applies to: those of the facts table (src/facts/subject-facts.ts). */
export type { SubjectKind } from './facts/subject-facts.js';
import type { SubjectKind } from './facts/subject-facts.js';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  subject?: { kind: SubjectKind; id: string };
  actual?: unknown;
  expected?: unknown;
  fix?: string;
  source?: Source;
  /** drafter: a hint for whoever writes the plan (rule metadata `audience`), left out of the reviewer's view. */
  audience?: 'drafter';
  /** Set when a reviewer's waiver covers the finding; a waived finding does not fail the run. */
  waiver?: WaiverRef;
  /** Set when the baseline (--baseline) already records the finding: shown as pre-existing, not counted for the exit code, never accepted by the signing gate. */
  baselined?: true;
}

/** The waiver (review.yaml) that covers a finding or a check. */
export interface WaiverRef {
  reason: string;
  approvedBy: string;
  reference: string;
  expires?: string;
}

/** A parent plan's requirement as the checklist shows it (for the compliance annex). */
export interface RequirementDetail {
  /** Position in the parent plan's rule set (the annex keeps this order). */
  index: number;
  kind: 'target' | 'task';
  metric?: string;
  required?: number;
  planValue?: number;
  /** Where the plan sets its value ("nhiệm vụ II.3.c"). */
  where?: string;
  /** Tasks that carry it out: linked with `implements`, else proposed by wording and metric. */
  tasks: string[];
  proposed: boolean;
  deadline?: string;
  evidence?: string[];
}

export type CheckStatus = 'pass' | 'fail' | 'waived' | 'not-applicable';

export interface Check {
  ruleId: string;
  /** The rule set the rule or requirement belongs to (absent for the tool's own checks). */
  ruleset?: string;
  title: string;
  status: CheckStatus;
  severity: Severity;
  source?: Source;
  /** How many subjects (tasks, targets, ...) the rule was evaluated on. */
  evaluated: number;
  findings: Finding[];
  /** For a parent plan's requirement: what the plan does about it. */
  requirement?: RequirementDetail;
  /** For a waived check: the waiver. */
  waiver?: WaiverRef;
  /** How many of its findings the baseline already records. */
  baselined?: number;
}

/** Who issues the plan and against what: for report headers and the annex. */
export interface PlanIdentity {
  title?: string;
  year?: number;
  kind?: string;
  issuer?: string;
  locality?: string;
  province?: string;
  documentForm?: string;
  documentNumber?: string | null;
  documentDate?: string | null;
  signer?: { name?: string | null; capacity?: string; title?: string };
  parent?: { ref: string; date: string; issuer?: string; title?: string };
}

export interface FileReport {
  file: string;
  sha256: string;
  plan: PlanIdentity;
  /** The date the law was judged on for this plan: its signing date, else the run's as-of date. */
  asOf?: string;
  /** The rule sets applied: id, version, the file actually loaded (relative to the working folder when inside it) and its SHA-256. */
  rulesets: { id: string; version: string; file?: string; sha256?: string }[];
  registry?: { sha256: string; documents: number };
  /** The waivers file applied, if any. */
  waivers?: { file: string; sha256: string };
  /** How many of its findings the baseline (--baseline) already records. */
  baselined?: number;
  checks: Check[];
  findings: Finding[];
}

export interface Summary {
  /** Findings not covered by a waiver, by severity. */
  error: number;
  warning: number;
  info: number;
  /** Findings covered by a waiver. */
  waivedFindings: number;
  /** Findings the baseline already records (--baseline): listed, not counted above. */
  baselinedFindings?: number;
  pass: number;
  fail: number;
  waived: number;
  notApplicable: number;
}

export interface Report {
  tool: { name: string; version: string };
  asOf: string;
  lang: Lang;
  /** Only with --timestamp: reports are otherwise byte-identical for the same inputs. */
  generatedAt?: string;
  /** Set by --for-signing: the verdict of the signing gate. */
  signing?: { ready: boolean; reasons: string[] };
  files: FileReport[];
  summary: Summary;
}

/** A message in both languages; the Vietnamese text is the default. */
export interface Bilingual {
  vi: string;
  en: string;
}
