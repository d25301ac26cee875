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

export type SubjectKind = 'plan' | 'task' | 'target' | 'unit-ref' | 'citation' | 'requirement' | 'title' | 'mention';

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
}

export type CheckStatus = 'pass' | 'fail' | 'waived' | 'not-applicable';

export interface Check {
  ruleId: string;
  title: string;
  status: CheckStatus;
  severity: Severity;
  source?: Source;
  /** How many subjects (tasks, targets, ...) the rule was evaluated on. */
  evaluated: number;
  findings: Finding[];
}

export interface FileReport {
  file: string;
  sha256: string;
  plan: { title?: string; year?: number; kind?: string };
  /** The date the law was judged on for this plan: its signing date, else the run's as-of date. */
  asOf?: string;
  rulesets: { id: string; version: string; sha256?: string }[];
  registry?: { sha256: string; documents: number };
  checks: Check[];
  findings: Finding[];
}

export interface Summary {
  error: number;
  warning: number;
  info: number;
  pass: number;
  fail: number;
  waived: number;
  notApplicable: number;
}

export interface Report {
  tool: { name: string; version: string };
  asOf: string;
  lang: Lang;
  files: FileReport[];
  summary: Summary;
}

/** A message in both languages; the Vietnamese text is the default. */
export interface Bilingual {
  vi: string;
  en: string;
}
