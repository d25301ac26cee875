import type { Lang } from '../types.js';
import { msg } from '../messages/index.js';

/** "1 lỗi, 2 cảnh báo, 0 thông tin, 1 được miễn trừ": the findings of a run (src/messages/report.ts). */
export function summaryCounts(lang: Lang, s: { error: number; warning: number; info: number; waivedFindings?: number }): string {
  const waived = s.waivedFindings ? msg(lang, 'report.counts.waived', { n: s.waivedFindings }) : '';
  return msg(lang, 'report.counts', { error: s.error, warning: s.warning, info: s.info }) + waived;
}

/** "3 đạt, 1 không đạt, 0 miễn trừ, 2 không áp dụng": the checklist items of a run. */
export function checkCounts(lang: Lang, s: { pass: number; fail: number; waived: number; notApplicable: number }): string {
  return msg(lang, 'report.checks', { pass: s.pass, fail: s.fail, waived: s.waived, notApplicable: s.notApplicable });
}
