import type { Bilingual, Severity, Source } from '../types.js';

/**
 * The checks plan-check makes itself, outside any rule file: reading the input, loading the plan,
 * choosing the parent plan's rule set. They carry the metadata of a YAML rule (id, severity,
 * title, source, fix), so `plan-check rules docs` and `rules show` document them like any rule,
 * and they appear in the checklist like any rule. No reviewer may waive them.
 */
export interface BuiltInCheck {
  id: string;
  title: Bilingual;
  severity: Severity;
  /** The general fix (a finding may give a more precise one). */
  fix: Bilingual;
  source: Source;
  /** These checks establish that the file can be read and checked: never waivable. */
  waivable: false;
  /** When it runs: reading the file, loading the plan, choosing the parent rule set. */
  stage: 'input' | 'load' | 'parent';
}

const YAML_SOURCE: Source = { ref: 'YAML 1.2.2', title: 'Đặc tả YAML phiên bản 1.2.2', url: 'https://yaml.org/spec/1.2.2/' };
const SCHEMA_SOURCE: Source = { ref: 'plan.schema.json', title: 'Lược đồ kế hoạch của plan-check' };
const TOOL_SOURCE: Source = { ref: 'plan-check', title: 'Cách plan-check chọn bộ quy tắc của kế hoạch cấp trên (README)' };

export const BUILT_IN_CHECKS = {
  'input-readable': {
    id: 'input-readable',
    title: { vi: 'Tệp đọc được', en: 'The file can be read' },
    severity: 'error',
    waivable: false,
    stage: 'input',
    fix: {
      vi: 'Kiểm tra đường dẫn, quyền đọc, kích thước và mã hóa UTF-8 của tệp kế hoạch',
      en: "Check the plan file's path, read permission, size and UTF-8 encoding",
    },
    source: { ref: 'plan-check', title: 'Tệp kế hoạch đầu vào (README)' },
  },
  'yaml-syntax': {
    id: 'yaml-syntax',
    title: { vi: 'Tệp YAML đúng cú pháp', en: 'The YAML file is well formed' },
    severity: 'error',
    waivable: false,
    stage: 'load',
    fix: {
      vi: 'Sửa cú pháp tại vị trí báo lỗi: thụt lề bằng dấu cách, đặt văn bản có dấu ":" hoặc "#" trong ngoặc kép',
      en: 'Fix the syntax at the reported position: indent with spaces, quote text containing ":" or "#"',
    },
    source: YAML_SOURCE,
  },
  'yaml-duplicate-key': {
    id: 'yaml-duplicate-key',
    title: { vi: 'Không có khóa lặp lại', en: 'No duplicate keys' },
    severity: 'error',
    waivable: false,
    stage: 'load',
    fix: { vi: 'Xóa hoặc gộp khóa bị lặp; chỉ giữ một giá trị', en: 'Remove or merge the repeated key; keep a single value' },
    source: YAML_SOURCE,
  },
  'yaml-safe': {
    id: 'yaml-safe',
    title: {
      vi: 'Tệp không chứa cấu trúc nguy hiểm (bom bí danh, khóa __proto__)',
      en: 'No hostile structures (alias bombs, __proto__ keys)',
    },
    severity: 'error',
    waivable: false,
    stage: 'load',
    fix: {
      vi: 'Viết lại nội dung trực tiếp, không dùng bí danh (&, *) hay khóa đặc biệt',
      en: 'Write the content out plainly, without aliases (&, *) or special keys',
    },
    source: YAML_SOURCE,
  },
  'plan-schema': {
    id: 'plan-schema',
    title: {
      vi: 'Kế hoạch đúng lược đồ (trường, kiểu dữ liệu, giá trị cho phép)',
      en: 'The plan matches the schema (fields, types, allowed values)',
    },
    severity: 'error',
    waivable: false,
    stage: 'load',
    fix: {
      vi: 'Sửa trường theo lược đồ schema/plan.schema.json; trình soạn thảo có hỗ trợ YAML sẽ gợi ý khi gõ',
      en: 'Correct the field following schema/plan.schema.json; a YAML-aware editor suggests values while typing',
    },
    source: SCHEMA_SOURCE,
  },
  'parent-ruleset-known': {
    id: 'parent-ruleset-known',
    title: {
      vi: 'Kế hoạch cấp trên được kiểm tra theo bộ quy tắc của nó',
      en: "The parent plan's requirements are checked against its rule set",
    },
    severity: 'warning',
    waivable: false,
    stage: 'parent',
    fix: {
      vi: 'Ghi plan.parent.ruleset (bộ quy tắc trong thư mục rules/), hoặc bổ sung bộ quy tắc cho kế hoạch cấp trên',
      en: 'Set plan.parent.ruleset (a rule set in rules/), or add a rule set for the parent plan',
    },
    source: TOOL_SOURCE,
  },
  'parent-ruleset-match': {
    id: 'parent-ruleset-match',
    title: {
      vi: 'Kế hoạch ghi đúng bộ quy tắc của kế hoạch cấp trên mà nó thuộc phạm vi',
      en: 'The plan names the parent rule set it falls under',
    },
    severity: 'error',
    waivable: false,
    stage: 'parent',
    fix: { vi: 'Sửa plan.parent.ruleset thành bộ quy tắc được nêu', en: 'Set plan.parent.ruleset to the rule set named' },
    source: TOOL_SOURCE,
  },
} as const satisfies Record<string, BuiltInCheck>;

export type BuiltInCheckId = keyof typeof BUILT_IN_CHECKS;
