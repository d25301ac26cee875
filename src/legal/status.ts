import type { DocStatus, LegalDoc } from './registry-types.js';

/**
 * The status of a document on a date. Unknown stays unknown: a document whose registry entry says
 * "unknown", or that is not signed yet on the date, is never reported as in force.
 */
export function statusOn(doc: LegalDoc, asOf: string): DocStatus {
  const amendments = (doc.amended_by ?? []).filter((a) => !a.date || a.date <= asOf);
  const base = { confidence: doc.confidence, amendments };
  if (doc.ended && asOf >= doc.ended) return { verdict: 'expired', ended: doc.ended, ...base, confidence: doc.ended_confidence ?? doc.confidence };
  if (doc.status === 'repealed') return { verdict: 'expired', ...base };
  if (doc.signed && asOf < doc.signed) return { verdict: 'not-yet', ...base, confidence: doc.signed_confidence ?? doc.confidence };
  if (doc.in_force && asOf < doc.in_force) return { verdict: 'not-yet', ...base, confidence: doc.in_force_confidence ?? doc.confidence };
  if (doc.status === 'unknown') return { verdict: 'unknown', ...base };
  return { verdict: 'in-force', ...(doc.ended ? { ended: doc.ended } : {}), ...base };
}

export const CONFIDENCE_LABEL = {
  vi: { C: 'đã xác nhận', S: 'nguồn thứ cấp, chưa xác minh', I: 'suy luận, chưa xác minh' },
  en: { C: 'confirmed', S: 'secondary sources, unverified', I: 'inferred, unverified' },
} as const;

export const VERDICT_LABEL = {
  vi: { 'in-force': 'còn hiệu lực', expired: 'hết hiệu lực', 'not-yet': 'chưa có hiệu lực', unknown: 'chưa xác định hiệu lực' },
  en: { 'in-force': 'in force', expired: 'no longer in force', 'not-yet': 'not yet in force', unknown: 'status unknown' },
} as const;
