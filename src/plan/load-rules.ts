import type { ParseProblem } from '../yaml/parse-located.js';
import { BUILT_IN_CHECKS, type BuiltInCheck } from './built-in-checks.js';

/** The checks made while loading a plan (built-in checks, src/plan/built-in-checks.ts). */
export type LoadRuleId = 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-safe' | 'plan-schema';

export type LoadRule = BuiltInCheck & { id: LoadRuleId };

export const LOAD_RULES: Record<LoadRuleId, LoadRule> = {
  'yaml-syntax': BUILT_IN_CHECKS['yaml-syntax'],
  'yaml-duplicate-key': BUILT_IN_CHECKS['yaml-duplicate-key'],
  'yaml-safe': BUILT_IN_CHECKS['yaml-safe'],
  'plan-schema': BUILT_IN_CHECKS['plan-schema'],
};

export function loadFindingRule(code: ParseProblem['code']): LoadRule {
  switch (code) {
    case 'yaml-duplicate-key':
      return LOAD_RULES['yaml-duplicate-key'];
    case 'yaml-unsafe-key':
    case 'yaml-alias-limit':
      return LOAD_RULES['yaml-safe'];
    case 'yaml-empty':
      return LOAD_RULES['plan-schema'];
    default:
      return LOAD_RULES['yaml-syntax'];
  }
}
