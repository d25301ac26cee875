import { isRealIsoDate } from '../../util/dates.js';

const isDate = (v: unknown): v is string => typeof v === 'string' && isRealIsoDate(v);

/** dateInYear: an ISO date falls in the given year. */
export function dateInYear(fact: unknown, year: unknown): boolean {
  return isDate(fact) && typeof year === 'number' && Number(fact.slice(0, 4)) === year;
}

/** dateOnOrBefore: an ISO date is no later than the given ISO date. */
export function dateOnOrBefore(fact: unknown, limit: unknown): boolean {
  return isDate(fact) && isDate(limit) && fact <= limit;
}

/** dateOnOrAfter: an ISO date is no earlier than the given ISO date. */
export function dateOnOrAfter(fact: unknown, limit: unknown): boolean {
  return isDate(fact) && isDate(limit) && fact >= limit;
}
