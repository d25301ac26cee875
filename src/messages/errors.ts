import type { Message } from './define.js';

/** Errors that stop the run (src/errors/). */
export const ERRORS = {
  /** What a broken configuration file is to the user (ConfigKind). */
  'errors.broken.ruleset': { vi: 'bộ quy tắc hỏng', en: 'broken rule set' },
  'errors.broken.registry': { vi: 'cơ sở dữ liệu văn bản hỏng', en: 'broken legal registry' },
  'errors.broken.waivers': { vi: 'tệp miễn trừ hỏng', en: 'broken waivers file' },
  'errors.broken.baseline': { vi: 'tệp baseline hỏng', en: 'broken baseline file' },
  'errors.broken.cache': { vi: 'tệp bộ nhớ đệm hỏng', en: 'broken cache file' },
  'errors.broken.vocabulary': { vi: 'danh mục chỉ tiêu hỏng', en: 'broken metric vocabulary' },
  /** After a position in a configuration file: the rule it is in. */
  'errors.inRule': { vi: ' (quy tắc {{ruleId}})', en: ' (rule {{ruleId}})' },
} as const satisfies Record<`errors.${string}`, Message>;
