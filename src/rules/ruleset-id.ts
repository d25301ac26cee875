import type { Bilingual } from '../types.js';

/** A rule-set id: lower-case words of letters, digits and "-" (dots inside a word), joined by "/". */
const WORD = '[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)*';
export const RULESET_ID = new RegExp(`^${WORD}(?:/${WORD})*$`);

/**
 * What makes `id` unusable as a rule-set id, or undefined: it must name a file inside the rules
 * folder, so "..", ".", absolute paths and backslashes are refused before any file is touched.
 */
export function rulesetIdProblem(id: string): Bilingual | undefined {
  if (!id) return { vi: 'mã bộ quy tắc trống', en: 'the rule set id is empty' };
  if (id.includes('\\')) return { vi: 'không được chứa dấu "\\"', en: 'it must not contain "\\"' };
  if (id.startsWith('/') || /^[a-z]:/i.test(id)) return { vi: 'không được là đường dẫn tuyệt đối', en: 'it must not be an absolute path' };
  if (id.split('/').some((s) => s === '..' || s === '.'))
    return {
      vi: 'không được chứa ".." hay "." (ra ngoài thư mục rules/)',
      en: 'it must not contain ".." or "." (outside the rules/ folder)',
    };
  if (!RULESET_ID.test(id))
    return {
      vi: 'chỉ gồm chữ thường không dấu, số, "-", "." và "/" giữa các phần',
      en: 'only lower-case letters, digits, "-", "." and "/" between parts',
    };
  return undefined;
}
