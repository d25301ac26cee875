import type { DocStatus, LegalDoc } from './registry-types.js';

/**
 * The status of a document on a date. Unknown stays unknown: a document whose registry entry says
 * "unknown", or that is not signed yet on the date, is never reported as in force.
 */
export function statusOn(doc: LegalDoc, asOf: string, lookup?: (ref: string) => LegalDoc | undefined): DocStatus {
  const split = splitAmendments(doc, asOf, lookup);
  const base = { confidence: doc.confidence, ...split };
  const none = { confidence: doc.confidence, amendments: [], amendmentsUndated: [] };
  // a document no longer in force needs no amendment cited beside it
  if (doc.ended && asOf >= doc.ended)
    return { verdict: 'expired', ended: doc.ended, ...none, confidence: doc.ended_confidence ?? doc.confidence };
  if (doc.status === 'repealed') return { verdict: 'expired', ...none };
  if (doc.signed && asOf < doc.signed) return { verdict: 'not-yet', ...base, confidence: doc.signed_confidence ?? doc.confidence };
  if (doc.in_force && asOf < doc.in_force) return { verdict: 'not-yet', ...base, confidence: doc.in_force_confidence ?? doc.confidence };
  if (doc.status === 'unknown') return { verdict: 'unknown', ...base };
  return { verdict: 'in-force', ...(doc.ended ? { ended: doc.ended } : {}), ...base };
}

type Amendment = NonNullable<LegalDoc['amended_by']>[number];

/**
 * An amendment counts from its own effective date: the `in_force` of the amending document's
 * registry entry, when that date is more than inferred (confidence C or S). An amendment whose
 * effective date is unknown (no entry, no `in_force`, or an inferred one) is neither in force
 * nor not: it goes to `amendmentsUndated`, never to the amendments a plan must cite. Without a
 * registry look-up (callers that only list), the relation's own date is used as before.
 */
function splitAmendments(
  doc: LegalDoc,
  asOf: string,
  lookup?: (ref: string) => LegalDoc | undefined,
): { amendments: Amendment[]; amendmentsUndated: Amendment[] } {
  const amendments: Amendment[] = [];
  const amendmentsUndated: Amendment[] = [];
  for (const a of doc.amended_by ?? []) {
    if (!lookup) {
      if (!a.date || a.date <= asOf) amendments.push(a);
      continue;
    }
    const entry = lookup(a.ref);
    const effective = entry?.in_force && (entry.in_force_confidence ?? entry.confidence) !== 'I' ? entry.in_force : undefined;
    if (effective) {
      if (effective <= asOf) amendments.push({ ...a, date: effective });
    } else if (!entry?.signed || entry.signed <= asOf) {
      // signed after the date: not an amendment yet, whatever its effective date
      amendmentsUndated.push(a);
    }
  }
  return { amendments, amendmentsUndated };
}
