import type { Bilingual, Severity, Source } from '../types.js';
import type { ParseProblem } from '../yaml/parse-located.js';

/** The checks made while loading a plan; they appear in the checklist like any rule. */
export type LoadRuleId = 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-safe' | 'plan-schema';

export interface LoadRule {
  id: LoadRuleId;
  title: Bilingual;
  severity: Severity;
  fix: Bilingual;
  source?: Source;
  /** These checks establish that the file can be read as a plan: no reviewer may waive them. */
  waivable: false;
}

const SCHEMA_SOURCE: Source = { ref: 'plan.schema.json', title: 'Lược đồ kế hoạch của plan-check' };

export const LOAD_RULES: Record<LoadRuleId, LoadRule> = {
  'yaml-syntax': {
    id: 'yaml-syntax',
    title: { vi: 'Tệp YAML đúng cú pháp', en: 'The YAML file is well formed' },
    severity: 'error',
    waivable: false,
    fix: {
      vi: 'Sửa cú pháp tại vị trí báo lỗi: thụt lề bằng dấu cách, đặt văn bản có dấu ":" hoặc "#" trong ngoặc kép',
      en: 'Fix the syntax at the reported position: indent with spaces, quote text containing ":" or "#"',
    },
  },
  'yaml-duplicate-key': {
    id: 'yaml-duplicate-key',
    title: { vi: 'Không có khóa lặp lại', en: 'No duplicate keys' },
    severity: 'error',
    waivable: false,
    fix: { vi: 'Xóa hoặc gộp khóa bị lặp; chỉ giữ một giá trị', en: 'Remove or merge the repeated key; keep a single value' },
  },
  'yaml-safe': {
    id: 'yaml-safe',
    title: {
      vi: 'Tệp không chứa cấu trúc nguy hiểm (bom bí danh, khóa __proto__)',
      en: 'No hostile structures (alias bombs, __proto__ keys)',
    },
    severity: 'error',
    waivable: false,
    fix: {
      vi: 'Viết lại nội dung trực tiếp, không dùng bí danh (&, *) hay khóa đặc biệt',
      en: 'Write the content out plainly, without aliases (&, *) or special keys',
    },
  },
  'plan-schema': {
    id: 'plan-schema',
    title: {
      vi: 'Kế hoạch đúng lược đồ (trường, kiểu dữ liệu, giá trị cho phép)',
      en: 'The plan matches the schema (fields, types, allowed values)',
    },
    severity: 'error',
    waivable: false,
    fix: {
      vi: 'Sửa trường theo lược đồ schema/plan.schema.json; trình soạn thảo có hỗ trợ YAML sẽ gợi ý khi gõ',
      en: 'Correct the field following schema/plan.schema.json; a YAML-aware editor suggests values while typing',
    },
    source: SCHEMA_SOURCE,
  },
};

export function loadFindingRule(code: ParseProblem['code']): LoadRule {
  switch (code) {
    case 'yaml-duplicate-key':
      return LOAD_RULES['yaml-duplicate-key'];
    case 'yaml-unsafe-key':
    case 'yaml-alias-limit':
      return LOAD_RULES['yaml-safe'];
    case 'yaml-empty':
      return LOAD_RULES['plan-schema'];
    default:
      return LOAD_RULES['yaml-syntax'];
  }
}
