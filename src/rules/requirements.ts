import type { Source } from '../types.js';
import type { RuleSet } from './ruleset-types.js';

/** A requirement of a parent plan, as written in its rule set. */
export interface Requirement {
  id: string;
  title: string;
  kind: 'target' | 'task';
  target?: { metric: string; min: number; unit?: string; baseline_year?: number };
  metric?: string;
  deadline?: string;
  match?: { all?: string[]; any?: string[]; none?: string[] };
  source: Source;
  evidence?: string[];
  /** C read in the parent document, S seen consistently in plans citing it, I inferred (one plan only). */
  confidence?: 'C' | 'S' | 'I';
}

export function requirementsOf(rulesets: RuleSet[]): { ruleset: RuleSet; requirement: Requirement }[] {
  return rulesets.flatMap((rs) => (rs.requirements as unknown as Requirement[]).map((requirement) => ({ ruleset: rs, requirement })));
}
