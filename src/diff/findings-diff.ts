import type { Finding } from '../types.js';
import { findingKey } from '../review/finding-key.js';

export interface FindingsDiff {
  new: Finding[];
  fixed: Finding[];
  unchanged: Finding[];
}

/** Findings of the new version against the old: new, fixed and unchanged, matched by key (as multisets). */
export function diffFindings(before: Finding[], after: Finding[]): FindingsDiff {
  const pool = new Map<string, Finding[]>();
  for (const f of before) pool.set(findingKey(f), [...(pool.get(findingKey(f)) ?? []), f]);
  const out: FindingsDiff = { new: [], fixed: [], unchanged: [] };
  for (const f of after) {
    const list = pool.get(findingKey(f));
    if (list?.length) {
      list.shift();
      out.unchanged.push(f);
    } else out.new.push(f);
  }
  for (const list of pool.values()) out.fixed.push(...list);
  return out;
}
