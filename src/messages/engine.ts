import type { Message } from './define.js';

/**
 * Facts given to rule messages in both languages (src/engine/subjects/): a rule's message picks
 * `{{fieldVi}}` or `{{fieldEn}}`.
 */
export const ENGINE = {
  'engine.titleField.plan': { vi: 'đầu Kế hoạch', en: 'the plan heading' },
  'engine.titleField.appendix': { vi: 'Phụ lục', en: 'the appendix' },
  'engine.titleField.article1': { vi: 'Điều 1 của Quyết định', en: 'article 1 of the decision' },
  'engine.endedUnknown': { vi: 'chưa rõ', en: 'an unknown date' },
  'engine.citation.date': { vi: 'ngày ban hành', en: 'date' },
  'engine.citation.issuer': { vi: 'cơ quan ban hành', en: 'issuing body' },
  'engine.citation.and': { vi: ' và ', en: ' and ' },
} as const satisfies Record<`engine.${string}`, Message>;
