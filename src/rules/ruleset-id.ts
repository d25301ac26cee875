import type { Bilingual } from '../types.js';
import { bilingual } from '../messages/index.js';

/** A rule-set id: lower-case words of letters, digits and "-" (dots inside a word), joined by "/". */
const WORD = '[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)*';
export const RULESET_ID = new RegExp(`^${WORD}(?:/${WORD})*$`);

/**
 * What makes `id` unusable as a rule-set id, or undefined: it must name a file inside the rules
 * folder, so "..", ".", absolute paths and backslashes are refused before any file is touched.
 */
export function rulesetIdProblem(id: string): Bilingual | undefined {
  if (!id) return bilingual('rules.id.empty');
  if (id.includes('\\')) return bilingual('rules.id.backslash');
  if (id.startsWith('/') || /^[a-z]:/i.test(id)) return bilingual('rules.id.absolute');
  if (id.split('/').some((s) => s === '..' || s === '.')) return bilingual('rules.id.dots');
  if (!RULESET_ID.test(id)) return bilingual('rules.id.form');
  return undefined;
}
