import type { Message } from './define.js';

/** Plan diffs (src/diff/): changes of meaning and findings between two versions. */
export const DIFF = {
  'diff.task': { vi: 'Nhiệm vụ {{task}}', en: 'Task {{task}}' },
  'diff.floor': { vi: ' (mức tối thiểu của cấp trên: {{floor}}%{{below}})', en: ' (parent floor {{floor}}%{{below}})' },
  'diff.floor.below': { vi: ', THẤP HƠN', en: ', BELOW IT' },
  'diff.task-added': { vi: '{{task}}: thêm mới — {{after}}', en: '{{task}}: added — {{after}}' },
  'diff.task-removed': { vi: '{{task}}: bị xóa — {{before}}', en: '{{task}}: removed — {{before}}' },
  'diff.task-renumbered': { vi: 'Nhiệm vụ {{from}} đổi số thành {{task}}', en: 'Task {{from}} renumbered as {{task}}' },
  'diff.later': { vi: ' (MUỘN HƠN)', en: ' (LATER)' },
  'diff.earlier': { vi: ' (sớm hơn)', en: ' (earlier)' },
  /** The name of a task field that changed (English keeps the field's own name). */
  'diff.field.content': { vi: 'nội dung', en: 'content' },
  'diff.field.lead': { vi: 'cơ quan chủ trì', en: 'lead' },
  'diff.field.partners': { vi: 'cơ quan phối hợp', en: 'partners' },
  'diff.field.deadline': { vi: 'thời hạn', en: 'deadline' },
  'diff.field.product': { vi: 'sản phẩm', en: 'product' },
  'diff.field.section': { vi: 'mục', en: 'section' },
  'diff.field.implements': { vi: 'yêu cầu cấp trên', en: 'implements' },
  'diff.target': { vi: 'Chỉ tiêu {{metric}}{{task}}', en: 'Target {{metric}}{{task}}' },
  'diff.target-added': { vi: '{{target}}: thêm {{after}}%{{floor}}', en: '{{target}}: added {{after}}%{{floor}}' },
  'diff.target-removed': { vi: '{{target}}: bị xóa (trước {{before}}%)', en: '{{target}}: removed (was {{before}}%)' },
  'diff.target-raised': {
    vi: '{{target}}: nâng {{before}}% → {{after}}%{{floor}}',
    en: '{{target}}: raised {{before}}% → {{after}}%{{floor}}',
  },
  'diff.target-lowered': {
    vi: '{{target}}: HẠ {{before}}% → {{after}}%{{floor}}',
    en: '{{target}}: LOWERED {{before}}% → {{after}}%{{floor}}',
  },
  'diff.legal-basis-added': { vi: 'Căn cứ thêm: {{after}}', en: 'Legal basis added: {{after}}' },
  'diff.legal-basis-removed': { vi: 'Căn cứ bị xóa: {{before}}', en: 'Legal basis removed: {{before}}' },
  'diff.identity-changed': {
    vi: 'Thông tin văn bản {{field}}: "{{before}}" → "{{after}}"',
    en: 'Document {{field}}: "{{before}}" → "{{after}}"',
  },
  'diff.changes': { vi: 'Thay đổi về nội dung', en: 'Changes of meaning' },
  'diff.noChange': { vi: 'không có thay đổi về nội dung', en: 'no semantic change' },
  'diff.noChange.md': { vi: 'Không có thay đổi về nội dung.', en: 'No semantic change.' },
  'diff.new': { vi: 'Vấn đề mới', en: 'New findings' },
  'diff.fixed': { vi: 'Vấn đề đã khắc phục', en: 'Fixed findings' },
  'diff.unchanged': { vi: 'Vấn đề giữ nguyên: {{n}}', en: 'Unchanged findings: {{n}}' },
  'diff.blocked': {
    vi: 'KHÔNG ĐẠT: thay đổi gây lỗi mới, hạ chỉ tiêu dưới mức của cấp trên, hoặc bỏ, đổi kế hoạch cấp trên (cần rà soát).',
    en: 'BLOCKED: the change introduces an error, lowers a target below the parent floor, or removes or changes the parent plan (needs review).',
  },
  'diff.blocked.md': {
    vi: '> **Không đạt:** thay đổi gây lỗi mới, hạ chỉ tiêu dưới mức của kế hoạch cấp trên, hoặc bỏ, đổi kế hoạch cấp trên (cần rà soát).',
    en: '> **Blocked:** the change introduces an error, lowers a target below the parent floor, or removes or changes the parent plan (needs review).',
  },
  // reading a plan at a git revision (git.ts)
  /** git's own (English) first line of error, after the command that failed: the same in both languages. */
  'diff.git.failed': { vi: 'git {{args}}: {{problem}}', en: 'git {{args}}: {{problem}}' },
  'diff.git.refIsOption': {
    vi: '"{{ref}}" không phải phiên bản git (tên nhánh, thẻ hoặc mã commit không bắt đầu bằng "-")',
    en: '"{{ref}}" is not a git revision (a branch, tag or commit never starts with "-")',
  },
  'diff.git.noRevision': { vi: 'không có phiên bản git "{{ref}}"', en: 'no git revision "{{ref}}"' },
} as const satisfies Record<`diff.${string}`, Message>;
