import type { Message } from './define.js';

/**
 * A plan that does not match its schema (src/plan/validate-plan.ts). `where` is the field's path,
 * "plan.year", or the document root, named in each language; `type` is the type expected, in the
 * Vietnamese text named in Vietnamese ("số nguyên"), in the English one as the schema says ("integer").
 */
export const PLAN = {
  'plan.root': { vi: 'gốc tài liệu', en: 'document root' },
  'plan.required': { vi: 'Thiếu trường bắt buộc "{{field}}" tại {{where}}', en: 'Missing required field "{{field}}" at {{where}}' },
  'plan.unknownField': {
    vi: 'Trường "{{field}}" không có trong lược đồ kế hoạch (gõ sai tên?) tại {{where}}',
    en: 'Unknown field "{{field}}" at {{where}} (misspelt?)',
  },
  'plan.type': { vi: '{{where}} phải là {{type}}', en: '{{where}} must be {{type}}' },
  'plan.enum': { vi: '{{where}} phải là một trong: {{allowed}}', en: '{{where}} must be one of: {{allowed}}' },
  /** `form`: in Vietnamese the schema's description of the form, else the pattern; in English the pattern. */
  'plan.pattern': { vi: '{{where}} không đúng định dạng ({{form}})', en: '{{where}} is not in the expected form ({{form}})' },
  'plan.empty': { vi: '{{where}} không được để trống', en: '{{where}} must not be empty' },
  'plan.minimum': { vi: '{{where}} phải ≥ {{limit}}', en: '{{where}} must be >= {{limit}}' },
  'plan.maximum': { vi: '{{where}} phải ≤ {{limit}}', en: '{{where}} must be <= {{limit}}' },
  /**
   * None of the accepted shapes: `detail` is ": " and the schema's description of the shapes (or
   * plan.shapeUnknown) in Vietnamese, as the schema describes them in Vietnamese only; empty in English.
   */
  'plan.shape': { vi: '{{where}} không đúng dạng{{detail}}', en: '{{where}} does not have an accepted shape{{detail}}' },
  'plan.shapeUnknown': { vi: 'xem lược đồ', en: 'see the schema' },
  /** Any other schema problem: the validator's own (English) words. */
  'plan.other': { vi: '{{where}}: {{problem}}', en: '{{where}}: {{problem}}' },
  'plan.dateNotReal': { vi: 'Ngày {{date}} không tồn tại', en: 'Date {{date}} does not exist' },
  // the types of the schema, named in Vietnamese
  'plan.type.string': { vi: 'chuỗi văn bản', en: 'string' },
  'plan.type.integer': { vi: 'số nguyên', en: 'integer' },
  'plan.type.number': { vi: 'số', en: 'number' },
  'plan.type.boolean': { vi: 'true/false', en: 'boolean' },
  'plan.type.array': { vi: 'danh sách', en: 'array' },
  'plan.type.object': { vi: 'mục (khóa: giá trị)', en: 'object' },
  'plan.type.null': { vi: 'null', en: 'null' },
  'plan.type.or': { vi: ' hoặc ', en: ' or ' },
} as const satisfies Record<`plan.${string}`, Message>;
