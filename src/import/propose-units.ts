import type { PlanData, Task } from '../plan/plan-types.js';
import { normText } from '../text/normalise.js';

/**
 * A first units list: the named units (not groups such as "Các phòng chuyên môn…") that lead or
 * partner at least two tasks. A name seen once is more often a typo than a unit; the checker
 * then reports it against this list.
 */
export function proposeUnits(tasks: Task[]): PlanData['units'] {
  const count = new Map<string, { name: string; n: number }>();
  for (const t of tasks)
    for (const u of [...(t.lead ?? []), ...(t.partners ?? [])]) {
      if (/^(các|những)\s/iu.test(u)) continue;
      const key = normText(u);
      const e = count.get(key) ?? { name: u, n: 0 };
      e.n++;
      count.set(key, e);
    }
  return [...count.values()].filter((e) => e.n >= 2).map((e) => e.name);
}
