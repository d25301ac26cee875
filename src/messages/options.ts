import type { Message } from './define.js';

/** A command-line option value refused (src/cli/options.ts): what the value must be. */
export const OPTIONS = {
  'options.lang': { vi: 'phải là "vi" hoặc "en"', en: 'must be "vi" or "en"' },
  'options.severity': { vi: 'phải là error, warning hoặc info', en: 'must be error, warning or info' },
  'options.audience': {
    vi: 'phải là "reviewer" (người thẩm định) hoặc "drafter" (người soạn thảo)',
    en: 'must be "reviewer" or "drafter"',
  },
  'options.engine': {
    vi: 'phải là "compiled" (mặc định) hoặc "reference" (json-rules-engine, để đối chiếu)',
    en: 'must be "compiled" (default) or "reference" (json-rules-engine, for audit)',
  },
  'options.isoDate': { vi: 'phải là ngày dạng YYYY-MM-DD, ví dụ 2026-03-15', en: 'must be a date YYYY-MM-DD, e.g. 2026-03-15' },
  'options.oneOf': { vi: 'phải là một trong: {{allowed}}', en: 'must be one of: {{allowed}}' },
  'options.megabytes': { vi: 'phải là một số dương (megabyte)', en: 'must be a positive number (megabytes)' },
  'options.positiveInt': { vi: 'phải là số nguyên dương', en: 'must be a positive integer' },
  'options.gitRef': {
    vi: 'phải là phiên bản git (tên nhánh, thẻ hoặc mã commit), không bắt đầu bằng "-"',
    en: 'must be a git revision (branch, tag or commit), never starting with "-"',
  },
} as const satisfies Record<`options.${string}`, Message>;
