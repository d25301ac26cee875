import type { Bilingual, Severity, Source, SubjectKind } from '../types.js';

export type SubjectKindOfRule = SubjectKind;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; path?: string; operator: string; value: unknown; params?: Record<string, unknown> };

export interface RuleDef {
  id: string;
  title: Bilingual;
  severity: Severity;
  /** false: no reviewer's waiver may cover it (the signing gate's own rules). Default true. */
  waivable?: boolean;
  /** drafter: a hint for whoever writes the plan, left out of the reviewer's view. Default reviewer. */
  audience?: 'reviewer' | 'drafter';
  applies_to: SubjectKindOfRule;
  where?: Record<string, unknown>;
  when?: Condition;
  conditions: Condition;
  /** Path (in the subject fact) where a failure is located, when not the failing condition's path. */
  locate?: string;
  message: Bilingual;
  fix: Bilingual;
  source: Source;
  examples?: { valid?: unknown[]; invalid?: unknown[] };
}

export interface RuleSet {
  id: string;
  version: string;
  title: Bilingual;
  description?: Bilingual;
  provenance?: string;
  file: string;
  /** SHA-256 of the rule file. */
  sha256: string;
  data: Record<string, unknown>;
  requirements: Record<string, unknown>[];
  /** Which plans a parent rule set is for. */
  appliesTo?: { level?: string; province?: string; year?: number; kind?: string };
  /** The parent plan this rule set encodes (for parent rule sets). */
  parent?: { ref: string; date?: string; issuer?: string; title?: string; confidence?: 'C' | 'S' | 'I' };
  rules: RuleDef[];
}
