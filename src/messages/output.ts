import type { Message } from './define.js';

/** Where a run writes (src/cli/output-file.ts): an output that cannot be written or would destroy an input. */
export const OUTPUT = {
  'output.noFolder': {
    vi: 'không ghi được "{{file}}": thư mục "{{dir}}" không có (tạo thư mục trước)',
    en: 'cannot write "{{file}}": folder "{{dir}}" does not exist (create it first)',
  },
  'output.parentNotFolder': {
    vi: 'không ghi được "{{file}}": "{{dir}}" không phải thư mục',
    en: 'cannot write "{{file}}": "{{dir}}" is not a folder',
  },
  'output.isFolder': { vi: 'không ghi được "{{file}}": đó là một thư mục', en: 'cannot write "{{file}}": it is a folder' },
  'output.notRegular': { vi: 'không ghi được "{{file}}": không phải tệp thường', en: 'cannot write "{{file}}": not a regular file' },
  /** `role`: what the input is to the user (output.role.*), in the same language. */
  'output.isInput': {
    vi: '{{flag}} "{{file}}" là {{role}} mà lần chạy này đọc vào: không ghi đè lên đầu vào, chọn tệp khác',
    en: '{{flag}} "{{file}}" is the {{role}} this run reads: an input is never overwritten, choose another file',
  },
  'output.twice': {
    vi: 'hai kết quả cùng ghi vào "{{file}}": mỗi định dạng một tệp riêng',
    en: 'two outputs go to "{{file}}": give each format its own file',
  },
  'output.role.plan': { vi: 'kế hoạch', en: 'plan' },
  'output.role.waivers': { vi: 'tệp miễn trừ', en: 'waivers file' },
  'output.role.baseline': { vi: 'tệp baseline', en: 'baseline file' },
  'output.role.rules': { vi: 'bộ quy tắc', en: 'rule set' },
  'output.role.document': { vi: 'văn bản nhập', en: 'document imported' },
  'output.role.output': { vi: 'tệp kết quả khác', en: 'another output' },
  // a write that failed (writeFailure); `reason` is one of output.why.*
  'output.writeFailed': { vi: 'không ghi được "{{file}}": {{reason}}', en: 'cannot write "{{file}}": {{reason}}' },
  'output.why.ENOENT': { vi: 'thư mục "{{dir}}" không có', en: 'folder "{{dir}}" does not exist' },
  'output.why.ENOTDIR': { vi: '"{{dir}}" không phải thư mục', en: '"{{dir}}" is not a folder' },
  'output.why.EACCES': { vi: 'không có quyền ghi', en: 'permission denied' },
  'output.why.EROFS': { vi: 'ổ đĩa chỉ đọc', en: 'read-only file system' },
  'output.why.ENOSPC': { vi: 'ổ đĩa đầy', en: 'no space left on device' },
  'output.why.EISDIR': { vi: 'đó là một thư mục', en: 'it is a folder' },
  'output.why.EEXIST': {
    vi: 'tệp tạm đã bị tạo trước (có thể do người khác): dừng để an toàn',
    en: 'the temporary file was created by someone else: stopped for safety',
  },
} as const satisfies Record<`output.${string}`, Message>;
