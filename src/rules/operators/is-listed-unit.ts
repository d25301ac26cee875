import { normText } from '../../text/normalise.js';

type UnitEntry = string | { name?: unknown; short?: unknown; aliases?: unknown };

const byList = new WeakMap<object, Set<string>>();

/** All the names a unit list accepts (names, short names, aliases), normalised; once per list. */
export function unitNames(units: unknown): Set<string> {
  if (Array.isArray(units)) {
    const hit = byList.get(units);
    if (hit) return hit;
  }
  const names = new Set<string>();
  if (!Array.isArray(units)) return names;
  byList.set(units, names);
  for (const u of units as UnitEntry[]) {
    if (typeof u === 'string') names.add(normText(u));
    else if (u && typeof u === 'object') {
      for (const n of [u.name, u.short, ...(Array.isArray(u.aliases) ? (u.aliases as unknown[]) : [])]) {
        if (typeof n === 'string') names.add(normText(n));
      }
    }
  }
  return names;
}

/** isListedUnit: the unit name is one of the listed units (value: a unit list, usually a fact). */
export function isListedUnit(fact: unknown, units: unknown): boolean {
  if (typeof fact !== 'string') return false;
  return unitNames(units).has(normText(fact));
}
