import type { Message } from './define.js';

/** Review (src/review/): waivers, baseline, the signing gate. */
export const REVIEW = {
  // signing gate: why a plan is not ready for signature
  'review.signing.errors': {
    vi: '{{file}}: còn {{n}} lỗi chưa được miễn trừ{{pre}}',
    en: '{{file}}: {{n}} unwaived {{n|error|errors}}{{pre}}',
  },
  'review.signing.warnings': {
    vi: '{{file}}: còn {{n}} cảnh báo chưa được miễn trừ{{pre}}',
    en: '{{file}}: {{n}} unwaived {{n|warning|warnings}}{{pre}}',
  },
  'review.signing.unknown': {
    vi: '{{file}}: {{n}} văn bản trích dẫn chưa xác định hiệu lực',
    en: '{{file}}: {{n}} cited {{n|document|documents}} of unknown status',
  },
  /** After review.signing.errors or .warnings: how many the baseline already records. */
  'review.signing.preExisting': { vi: ' ({{n}} đã có từ trước)', en: ' ({{n}} pre-existing)' },
  // baseline
  'review.baseline-stale': {
    vi: 'Mục baseline đã được khắc phục, có thể xóa: [{{ruleId}}] {{message}}',
    en: 'Baseline entry is fixed and can be removed: [{{ruleId}}] {{message}}',
  },
  'review.baseline-stale.fix': {
    vi: 'Chạy lại với --write-baseline để cập nhật tệp baseline',
    en: 'Run again with --write-baseline to refresh the baseline',
  },
  'review.baseline-stale.title': { vi: 'Baseline không còn mục đã khắc phục', en: 'The baseline holds no fixed entries' },
  // waivers
  'review.waivers.title': {
    vi: 'Các miễn trừ của người rà soát còn hạn, đúng tệp và đều được dùng',
    en: 'Reviewer waivers are current, for this file, and all used',
  },
  /** After a waiver's rule: the task it is limited to. */
  'review.waiver.task': { vi: ' (nhiệm vụ {{task}})', en: ' (task {{task}})' },
  'review.waiver-plan-mismatch': {
    vi: 'Miễn trừ được cấp cho một phiên bản khác của kế hoạch (SHA-256 {{granted}}…, tệp hiện tại {{current}}…): không áp dụng',
    en: 'The waivers were granted for another version of the plan (SHA-256 {{granted}}…, this file {{current}}…): not applied',
  },
  'review.waiver-plan-mismatch.fix': {
    vi: 'Người rà soát xem lại thay đổi và cấp lại miễn trừ cho phiên bản này',
    en: 'The reviewer checks the change and grants the waivers again for this version',
  },
  'review.waiver-not-allowed': {
    vi: 'Không được miễn trừ quy tắc "{{rule}}": quy tắc này xác định tệp đọc được là kế hoạch hoặc là điều kiện trình ký; vấn đề vẫn được tính',
    en: 'Rule "{{rule}}" cannot be waived: it establishes that the file can be read as a plan, or is a condition of the signing gate; its findings still count',
  },
  'review.waiver-not-allowed.fix': {
    vi: 'Xóa miễn trừ này và sửa kế hoạch cho hết vấn đề',
    en: 'Remove this waiver and fix the plan',
  },
  'review.waiver-expired': {
    vi: 'Miễn trừ "{{rule}}"{{task}} đã hết hạn ngày {{expires:date}}: không áp dụng',
    en: 'Waiver "{{rule}}"{{task}} expired on {{expires}}: not applied',
  },
  'review.waiver-expired.fix': {
    vi: 'Gia hạn (sửa expires) hoặc xử lý vấn đề trong kế hoạch',
    en: 'Extend it (edit expires) or fix the plan',
  },
  'review.waiver-unused': {
    vi: 'Miễn trừ "{{rule}}"{{task}} không ứng với vấn đề nào của kế hoạch',
    en: 'Waiver "{{rule}}"{{task}} matches no finding of the plan',
  },
  'review.waiver-unused.fix': {
    vi: 'Xóa miễn trừ không còn cần, hoặc sửa mã quy tắc, nhiệm vụ cho đúng',
    en: 'Remove the waiver, or correct its rule or task',
  },
  // a broken waivers or baseline file (waivers.ts, baseline.ts)
  /** `what`: in Vietnamese, a missing field named (review.waivers.missingField), else the validator's words; in English, the validator's words. */
  'review.waivers.invalid': { vi: 'Tệp miễn trừ không hợp lệ: {{what}}', en: 'Invalid waivers file: {{what}}' },
  'review.waivers.missingField': { vi: 'thiếu trường "{{field}}"', en: 'missing field "{{field}}"' },
  'review.baseline.unreadable': {
    vi: 'Tệp baseline "{{file}}" không đọc được: {{reason}}',
    en: 'Cannot read baseline "{{file}}": {{reason}}',
  },
} as const satisfies Record<`review.${string}`, Message>;
