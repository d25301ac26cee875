import type { Lang } from '../types.js';
import type { ImportNote } from './import-plan.js';
import { describePos, type SourcePos } from './source-blocks.js';

function where(file: string, pos: SourcePos | undefined, lang: Lang): string {
  if (!pos) return file;
  return pos.line !== undefined ? `${file}:${pos.line}` : `${file} (${describePos(pos, lang)})`;
}

const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The import's notes as lines for the terminal: what was not placed, and where it is in the source. */
export function formatImportNotes(file: string, notes: ImportNote[], lang: Lang): string[] {
  const vi = lang === 'vi';
  return notes.map((n) => {
    const at = where(file, n.pos, lang);
    switch (n.kind) {
      case 'unplaced':
        return vi ? `${at}: chưa xếp được vào kế hoạch: «${clip(n.text)}»` : `${at}: not placed in the plan: «${clip(n.text)}»`;
      case 'table-row-unplaced':
        return vi
          ? `${at}: hàng bảng không thuộc bảng nhiệm vụ nào (thiếu hàng tiêu đề STT): «${clip(n.text)}»`
          : `${at}: table row outside any task table (no STT header row): «${clip(n.text)}»`;
      case 'table-no-task':
        return vi
          ? `${at}: bảng ${n.table} có dạng bảng nhiệm vụ (cột số thứ tự, từ 3 cột) nhưng không nhiệm vụ nào được đọc: ${n.text === 'no-header' ? 'không có hàng tiêu đề STT' : 'không hàng nào là nhiệm vụ'}`
          : `${at}: table ${n.table} looks like a task table (a number column, 3 columns or more) but no task was read from it: ${n.text === 'no-header' ? 'no STT header row' : 'no row is a task'}`;
      case 'header-unknown':
        return vi
          ? `${at}: tiêu đề cột ${n.column} «${clip(n.text, 60)}» không ứng với cột nào đã biết (nội dung, chủ trì, phối hợp, thời hạn, sản phẩm); cột này không được đọc`
          : `${at}: the header of column ${n.column} «${clip(n.text, 60)}» names no known column (content, lead, partners, deadline, product); the column is not read`;
      case 'row-merged':
        return vi
          ? `${at}: hàng không số thứ tự được gộp vào nhiệm vụ ${n.task} phía trên`
          : `${at}: an unnumbered row was merged into task ${n.task} above`;
      case 'figure-unrecognised':
        return vi
          ? `${at}: nhiệm vụ ${n.task}: số liệu «${clip(n.text, 80)}» chưa nhận ra là chỉ tiêu nào (giữ trong nội dung; nếu là chỉ tiêu, thêm cách viết vào rules/vocabulary/metrics.yaml)`
          : `${at}: task ${n.task}: figure «${clip(n.text, 80)}» not recognised as a target (kept in the text; if it is one, add its wording to rules/vocabulary/metrics.yaml)`;
      case 'link-stale':
        return vi
          ? `${at}: liên kết nhiệm vụ ${n.task} với yêu cầu cấp trên (${n.text}) không còn khớp (số hoặc nội dung nhiệm vụ đã đổi); không áp dụng, cần gắn lại implements`
          : `${at}: the link of task ${n.task} to parent requirements (${n.text}) no longer fits (the task's number or wording changed); not applied, set implements again`;
      case 'missing':
        return vi
          ? `${at}: không tìm thấy ${n.text} trong văn bản; cần điền tay`
          : `${at}: no ${n.text} found in the document; fill it in by hand`;
    }
  });
}
