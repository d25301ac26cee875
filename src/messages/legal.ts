import type { Message } from './define.js';

/** The legal registry (src/legal/): a document's status on a date and how sure it is. */
export const LEGAL = {
  'legal.verdict.in-force': { vi: 'còn hiệu lực', en: 'in force' },
  'legal.verdict.expired': { vi: 'hết hiệu lực', en: 'no longer in force' },
  'legal.verdict.not-yet': { vi: 'chưa có hiệu lực', en: 'not yet in force' },
  'legal.verdict.unknown': { vi: 'chưa xác định hiệu lực', en: 'status unknown' },
  'legal.confidence.C': { vi: 'đã xác nhận', en: 'confirmed' },
  'legal.confidence.S': { vi: 'nguồn thứ cấp, chưa xác minh', en: 'secondary sources, unverified' },
  'legal.confidence.I': { vi: 'suy luận, chưa xác minh', en: 'inferred, unverified' },
} as const satisfies Record<`legal.${string}`, Message>;
