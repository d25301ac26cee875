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
  'import.table-no-task': {
    vi: '{{at}}: bảng {{table}} có dạng bảng nhiệm vụ (cột số thứ tự, từ 3 cột) nhưng không nhiệm vụ nào được đọc: {{reason}}',
    en: '{{at}}: table {{table}} looks like a task table (a number column, 3 columns or more) but no task was read from it: {{reason}}',
  },
  'import.table-no-task.no-header': { vi: 'không có hàng tiêu đề STT', en: 'no STT header row' },
  'import.table-no-task.no-task-row': { vi: 'không hàng nào là nhiệm vụ', en: 'no row is a task' },
  'import.header-unknown': {
    vi: '{{at}}: tiêu đề cột {{column}} «{{text}}» không ứng với cột nào đã biết (nội dung, chủ trì, phối hợp, thời hạn, sản phẩm); cột này không được đọc',
    en: '{{at}}: the header of column {{column}} «{{text}}» names no known column (content, lead, partners, deadline, product); the column is not read',
  },
  'import.row-merged': {
    vi: '{{at}}: hàng không số thứ tự được gộp vào nhiệm vụ {{task}} phía trên',
    en: '{{at}}: an unnumbered row was merged into task {{task}} above',
  },
  'import.figure-unrecognised': {
    vi: '{{at}}: nhiệm vụ {{task}}: số liệu «{{text}}» chưa nhận ra là chỉ tiêu nào (giữ trong nội dung; nếu là chỉ tiêu, thêm cách viết vào rules/vocabulary/metrics.yaml)',
    en: '{{at}}: task {{task}}: figure «{{text}}» not recognised as a target (kept in the text; if it is one, add its wording to rules/vocabulary/metrics.yaml)',
  },
  'import.figure-doubtful.ofTask': { vi: 'nhiệm vụ {{task}}', en: 'task {{task}}' },
  'import.figure-doubtful.ofPlan': { vi: 'mục tiêu, chỉ tiêu của kế hoạch', en: "the plan's objectives and targets" },
  'import.figure-doubtful.bound': {
    vi: '{{at}}: {{subject}}: số liệu «{{text}}» không rõ là mức tối thiểu, tối đa hay một khoảng; không ghi thành chỉ tiêu (giữ trong nội dung), cần ghi tay nếu là chỉ tiêu',
    en: '{{at}}: {{subject}}: figure «{{text}}» is not clearly a floor, a ceiling or a range; not made a target (kept in the text), write it by hand if it is one',
  },
  'import.figure-doubtful.metric': {
    vi: '{{at}}: {{subject}}: số liệu «{{text}}» nêu nhiều chỉ tiêu ({{metrics}}), không rõ là của chỉ tiêu nào; không ghi thành chỉ tiêu (giữ trong nội dung), cần ghi tay',
    en: '{{at}}: {{subject}}: figure «{{text}}» names several indicators ({{metrics}}) and it is unclear which it sets; not made a target (kept in the text), write it by hand',
  },
  'import.link-stale': {
    vi: '{{at}}: liên kết nhiệm vụ {{task}} với yêu cầu cấp trên ({{text}}) không còn khớp (số hoặc nội dung nhiệm vụ đã đổi); không áp dụng, cần gắn lại implements',
    en: "{{at}}: the link of task {{task}} to parent requirements ({{text}}) no longer fits (the task's number or wording changed); not applied, set implements again",
  },
  'import.missing': {
    vi: '{{at}}: không tìm thấy {{text}} trong văn bản; cần điền tay',
    en: '{{at}}: no {{text}} found in the document; fill it in by hand',
  },
  // a document refused (read-document.ts)
  'import.doc.oldWord': {
    vi: '"{{file}}" là tệp Word cũ (.doc); hãy mở bằng Word hoặc LibreOffice và lưu thành .docx',
    en: '"{{file}}" is an old Word file (.doc); open it in Word or LibreOffice and save it as .docx',
  },
  'import.doc.notFound': { vi: 'Không tìm thấy tệp "{{file}}"', en: 'File not found: "{{file}}"' },
  'import.doc.tooLarge': { vi: 'Tệp "{{file}}" quá lớn (giới hạn {{limit}} MB)', en: '"{{file}}" is too large (limit {{limit}} MB)' },
  'import.doc.damaged': {
    vi: '"{{file}}" không phải tệp Word (.docx) hợp lệ hoặc đã hỏng',
    en: '"{{file}}" is not a valid Word (.docx) file, or it is damaged',
  },
  'import.doc.unzipsTooLarge': {
    vi: '"{{file}}" giải nén ra quá lớn (hơn {{limit}} MB); từ chối đọc',
    en: '"{{file}}" unpacks to more than {{limit}} MB; refused',
  },
  // a broken metric vocabulary (metric-vocabulary.ts); `field` is the field's own name (id, words)
  'import.vocabulary.badEntry': { vi: 'mục {{n}}: {{field}}', en: 'entry {{n}}: {{field}}' },
  'import.vocabulary.noList': { vi: 'thiếu danh sách metrics', en: 'no metrics list' },
} as const satisfies Record<`import.${string}`, Message>;
