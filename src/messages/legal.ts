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
  // a broken registry file (registry.ts)
  'legal.registry.listedTwice': {
    vi: 'Văn bản {{ref}} có hai mục (mục kia ở {{other}})',
    en: 'Document {{ref}} is listed twice (also at {{other}})',
  },
  /** `problem`: a hint below, or the validator's own (English) words. */
  'legal.registry.invalid': {
    vi: 'Cơ sở dữ liệu văn bản không hợp lệ: {{where}} {{problem}}',
    en: 'Invalid registry entry: {{where}} {{problem}}',
  },
  'legal.registry.needsUrl': {
    vi: 'độ tin cậy C cần `source_url`: địa chỉ của chính văn bản trên cổng pháp luật hoặc Công báo',
    en: 'confidence C needs `source_url`: the address of the document itself on a law portal or the Official Gazette',
  },
  'legal.registry.noSource': {
    vi: 'thiếu nguồn theo dõi được: thêm `source_url` (địa chỉ công khai) hoặc `cited_in` (kế hoạch đã ký trích dẫn văn bản)',
    en: 'no source a reviewer can follow: add `source_url` (a public address) or `cited_in` (a signed plan that cites it)',
  },
} as const satisfies Record<`legal.${string}`, Message>;
