import type { Message } from './define.js';

/** Checking many plans (src/batch/). */
export const BATCH = {
  'batch.input-readable.title': { vi: 'Tệp đọc được', en: 'The file can be read' },
} as const satisfies Record<`batch.${string}`, Message>;
