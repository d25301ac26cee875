import type { PlanData } from '../../plan/plan-types.js';
import { formatVnDate } from '../../util/dates.js';

/** Plan-wide facts every rule may read as the fact "context". */
export interface PlanContext {
  year: number;
  /** Signing date, when the plan is signed (ISO). */
  signingDate: string | null;
  /** Earliest possible signing date of a draft whose date line gives a month ("ngày tháng 01 năm 2026"). */
  signingDateEarliest: string | null;
  /** The date the law is judged on: the signing date, else the --as-of date. */
  asOf: string;
  hasUnits: boolean;
  /** Units of the issuing body and named external bodies, as one list for membership checks. */
  knownUnits: unknown[];
  /** True for plans of the two-level local government (from 1 July 2025). */
  twoLevelGovernment: boolean;
  [key: string]: unknown;
}

export function planContext(plan: PlanData, asOf: string): PlanContext {
  const doc = plan.plan.document;
  let earliest: string | null = doc.date;
  if (!earliest && doc.date_text) {
    const m = /tháng\s+(\d{1,2})\s+năm\s+(\d{4})/.exec(doc.date_text);
    if (m) earliest = `${m[2]}-${String(Number(m[1])).padStart(2, '0')}-01`;
  }
  const units = plan.units ?? [];
  const effective = doc.date ?? asOf;
  return {
    year: plan.plan.year,
    signingDate: doc.date,
    signingDateEarliest: earliest,
    asOf: effective,
    asOfVn: formatVnDate(effective),
    hasUnits: units.length > 0,
    knownUnits: [...units, ...(plan.external_units ?? [])],
    twoLevelGovernment: plan.plan.year >= 2026 || (doc.date ?? '') >= '2025-07-01',
  };
}
