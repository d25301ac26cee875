import type { Message } from './define.js';

/** Reading and parsing a YAML file (src/yaml/): a file that cannot be used, and located parse problems. */
export const YAML = {
  // a file that cannot be used at all (read-source.ts)
  'yaml.source.directory': {
    vi: '"{{file}}" là một thư mục, không phải tệp kế hoạch',
    en: '"{{file}}" is a directory, not a plan file',
  },
  'yaml.source.notRegular': { vi: '"{{file}}" không phải là tệp thông thường', en: '"{{file}}" is not a regular file' },
  'yaml.source.notFound': { vi: 'Không tìm thấy tệp "{{file}}"', en: 'File not found: "{{file}}"' },
  'yaml.source.linkLoop': { vi: '"{{file}}" là liên kết tượng trưng vòng lặp', en: '"{{file}}" is a symbolic link loop' },
  'yaml.source.cannotRead': { vi: 'Không đọc được tệp "{{file}}" ({{code}})', en: 'Cannot read "{{file}}" ({{code}})' },
  'yaml.source.cannotReadUnknown': { vi: 'Không đọc được tệp "{{file}}" (lỗi)', en: 'Cannot read "{{file}}" (error)' },
  'yaml.source.tooLarge': {
    vi: 'Tệp "{{file}}" quá lớn ({{size}} MB, giới hạn {{limit}} MB); một kế hoạch không lớn đến vậy',
    en: 'File "{{file}}" is too large ({{size}} MB, limit {{limit}} MB); no plan is that large',
  },
  'yaml.source.notText': {
    vi: 'Tệp "{{file}}" không phải là văn bản (UTF-8/UTF-16); hãy lưu kế hoạch dưới dạng YAML UTF-8',
    en: 'File "{{file}}" is not text (UTF-8/UTF-16); save the plan as UTF-8 YAML',
  },
  // located problems (parse-located.ts)
  'yaml.duplicateKey': { vi: 'Khóa bị lặp lại trong cùng một mục', en: 'Duplicate key in the same mapping' },
  'yaml.multiDocument': {
    vi: 'Tệp chỉ được chứa một tài liệu YAML (bỏ dấu ---  thứ hai)',
    en: 'The file must hold a single YAML document (remove the second ---)',
  },
  /** `detail`: in Vietnamese, the error named in Vietnamese then the parser's own words; in English, the parser's words. */
  'yaml.syntax': { vi: 'Lỗi cú pháp YAML: {{detail}}', en: 'YAML syntax error: {{detail}}' },
  'yaml.unsafeKey': {
    vi: 'Khóa "{{key}}" không được phép (có thể dùng để tấn công); hãy xóa nó',
    en: 'Key "{{key}}" is not allowed (it can be used for prototype pollution); remove it',
  },
  'yaml.aliasLimit': {
    vi: 'Tệp dùng quá nhiều bí danh YAML (alias, giới hạn {{limit}}); có dấu hiệu "bom bí danh", tệp bị từ chối',
    en: 'Too many YAML aliases (limit {{limit}}); this looks like an alias bomb and the file is refused',
  },
  'yaml.cannotBuild': { vi: 'Không dựng được dữ liệu từ YAML: {{message}}', en: 'Cannot build data from YAML: {{message}}' },
  'yaml.empty': { vi: 'Tệp rỗng: chưa có nội dung kế hoạch', en: 'The file is empty: no plan content' },
  // The YAML parser's error codes, named. The Vietnamese reader gets the name before the parser's
  // (English) words; the English reader gets the parser's words alone, which say the same.
  'yaml.error.BAD_INDENT': { vi: 'thụt lề không đúng', en: 'bad indentation' },
  'yaml.error.BLOCK_AS_IMPLICIT_KEY': { vi: 'khối không thể làm khóa ngầm định', en: 'a block cannot be an implicit key' },
  'yaml.error.MISSING_CHAR': { vi: 'thiếu ký tự', en: 'a character is missing' },
  'yaml.error.MULTILINE_IMPLICIT_KEY': {
    vi: 'khóa ngầm định không được kéo dài nhiều dòng',
    en: 'an implicit key cannot span several lines',
  },
  'yaml.error.TAB_AS_INDENT': { vi: 'không dùng ký tự tab để thụt lề', en: 'tabs cannot indent' },
  'yaml.error.UNEXPECTED_TOKEN': { vi: 'ký hiệu không mong đợi', en: 'unexpected token' },
  'yaml.error.BAD_SCALAR_START': {
    vi: 'giá trị bắt đầu bằng ký tự không hợp lệ (hãy đặt trong dấu ngoặc kép)',
    en: 'the value starts with a character that is not allowed (put it in double quotes)',
  },
  'yaml.error.BAD_DIRECTIVE': { vi: 'chỉ thị không hợp lệ', en: 'invalid directive' },
  'yaml.error.BAD_DQ_ESCAPE': { vi: 'ký tự thoát không hợp lệ trong chuỗi ngoặc kép', en: 'invalid escape in a double-quoted string' },
  'yaml.error.BAD_ALIAS': { vi: 'bí danh không hợp lệ', en: 'invalid alias' },
  'yaml.error.BAD_COLLECTION_TYPE': { vi: 'kiểu tập hợp không hợp lệ', en: 'invalid collection type' },
  'yaml.error.DUPLICATE_KEY': { vi: 'khóa bị lặp', en: 'duplicate key' },
  'yaml.error.IMPOSSIBLE': { vi: 'cấu trúc không thể phân tích', en: 'a structure that cannot be parsed' },
  'yaml.error.KEY_OVER_1024_CHARS': { vi: 'khóa dài quá 1024 ký tự', en: 'a key longer than 1024 characters' },
  'yaml.error.TAG_RESOLVE_FAILED': { vi: 'không nhận dạng được thẻ (tag)', en: 'unknown tag' },
  'yaml.error.UNEXPECTED_SCALAR_AT_NODE_END': { vi: 'giá trị thừa ở cuối nút', en: 'an extra value at the end of a node' },
} as const satisfies Record<`yaml.${string}`, Message>;
