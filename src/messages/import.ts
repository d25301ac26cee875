import type { Message } from './define.js';

/** Importing a plan document (src/import/): where a piece of the source is, what was not placed. */
export const IMPORT = {
  'import.pos.line': { vi: 'dòng {{line}}', en: 'line {{line}}' },
  'import.pos.row': { vi: 'bảng {{table}}, hàng {{row}}', en: 'table {{table}}, row {{row}}' },
  'import.pos.paragraph': { vi: 'đoạn {{paragraph}}', en: 'paragraph {{paragraph}}' },
  'import.unplaced': { vi: '{{at}}: chưa xếp được vào kế hoạch: «{{text}}»', en: '{{at}}: not placed in the plan: «{{text}}»' },
  'import.table-row-unplaced': {
    vi: '{{at}}: hàng bảng không thuộc bảng nhiệm vụ nào (thiếu hàng tiêu đề STT): «{{text}}»',
    en: '{{at}}: table row outside any task table (no STT header row): «{{text}}»',
  },
  'import.figure-unrecognised': {
    vi: '{{at}}: nhiệm vụ {{task}}: số liệu «{{text}}» chưa nhận ra là chỉ tiêu nào (giữ trong nội dung; nếu là chỉ tiêu, thêm cách viết vào rules/vocabulary/metrics.yaml)',
    en: '{{at}}: task {{task}}: figure «{{text}}» not recognised as a target (kept in the text; if it is one, add its wording to rules/vocabulary/metrics.yaml)',
  },
  'import.link-stale': {
    vi: '{{at}}: liên kết nhiệm vụ {{task}} với yêu cầu cấp trên ({{text}}) không còn khớp (số hoặc nội dung nhiệm vụ đã đổi); không áp dụng, cần gắn lại implements',
    en: "{{at}}: the link of task {{task}} to parent requirements ({{text}}) no longer fits (the task's number or wording changed); not applied, set implements again",
  },
  'import.missing': {
    vi: '{{at}}: không tìm thấy {{text}} trong văn bản; cần điền tay',
    en: '{{at}}: no {{text}} found in the document; fill it in by hand',
  },
} as const satisfies Record<`import.${string}`, Message>;
