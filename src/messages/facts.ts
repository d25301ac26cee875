import type { Message } from './define.js';

/** A rule's fact path that does not exist (src/facts/fact-paths.ts), refused when its rule set loads. */
export const FACTS = {
  'facts.unknown': {
    vi: 'Dữ kiện (fact) không xác định "{{fact}}"; các dữ kiện có: {{known}}',
    en: 'Unknown fact "{{fact}}"; known facts: {{known}}',
  },
  'facts.notOfKind': {
    vi: 'Quy tắc áp dụng cho "{{kind}}" không đọc được dữ kiện "{{fact}}"; các dữ kiện có: {{known}}',
    en: 'A rule applying to "{{kind}}" cannot read the fact "{{fact}}"; its facts: {{known}}',
  },
  'facts.noField': {
    vi: 'Dữ kiện "{{here}}" không có trường "{{field}}" (đường dẫn {{path}}); các trường có: {{known}}',
    en: 'The fact "{{here}}" has no field "{{field}}" (path {{path}}); its fields: {{known}}',
  },
} as const satisfies Record<`facts.${string}`, Message>;
