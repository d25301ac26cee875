import type { RuleSet } from '../../rules/ruleset-types.js';

/** A named list from the `data` of every rule set in use, concatenated in rule-set order. */
export function dataList<T = unknown>(rulesets: RuleSet[], key: string): T[] {
  return rulesets.flatMap((rs) => (Array.isArray(rs.data[key]) ? (rs.data[key] as T[]) : []));
}

/** A named map from the `data` of every rule set in use; later rule sets override earlier ones. */
export function dataMap<T = unknown>(rulesets: RuleSet[], key: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const rs of rulesets) {
    const v = rs.data[key];
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, v);
  }
  return out;
}
