import { InvalidArgumentError } from 'commander';
import { isRealIsoDate } from '../util/dates.js';
import { FORMATS, type FormatName } from '../report/formatters/format-names.js';
import type { Lang, Severity } from '../types.js';
import { AUDIENCES, type Audience } from '../report/audience.js';
import type { EngineChoice } from '../engine/compile.js';

/** Between the Vietnamese and the English text of an invalid-argument message (see commander-errors.ts). */
export const LANG_SEPARATOR = '\n';

/** An option value refused, in both languages; the error translator picks the run's one. */
export function invalid(vi: string, en: string): InvalidArgumentError {
  return new InvalidArgumentError(`${vi}${LANG_SEPARATOR}${en}`);
}

export function parseLang(v: string): Lang {
  if (v !== 'vi' && v !== 'en') throw invalid('phải là "vi" hoặc "en"', 'must be "vi" or "en"');
  return v;
}

export function parseSeverity(v: string): Severity {
  if (v !== 'error' && v !== 'warning' && v !== 'info') throw invalid('phải là error, warning hoặc info', 'must be error, warning or info');
  return v;
}

export function parseAudience(v: string): Audience {
  if (!(AUDIENCES as readonly string[]).includes(v))
    throw invalid('phải là "reviewer" (người thẩm định) hoặc "drafter" (người soạn thảo)', 'must be "reviewer" or "drafter"');
  return v as Audience;
}

export function parseEngine(v: string): EngineChoice {
  if (v !== 'compiled' && v !== 'reference')
    throw invalid(
      'phải là "compiled" (mặc định) hoặc "reference" (json-rules-engine, để đối chiếu)',
      'must be "compiled" (default) or "reference" (json-rules-engine, for audit)',
    );
  return v;
}

export function parseIsoDate(v: string): string {
  if (!isRealIsoDate(v)) throw invalid('phải là ngày dạng YYYY-MM-DD, ví dụ 2026-03-15', 'must be a date YYYY-MM-DD, e.g. 2026-03-15');
  return v;
}

export function collectFormat(v: string, prev: FormatName[]): FormatName[] {
  if (!(FORMATS as readonly string[]).includes(v))
    throw invalid(`phải là một trong: ${FORMATS.join(', ')}`, `must be one of: ${FORMATS.join(', ')}`);
  return [...prev, v as FormatName];
}

export function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

export function parseMegabytes(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw invalid('phải là một số dương (megabyte)', 'must be a positive number (megabytes)');
  return n * 1024 * 1024;
}

export function parsePositiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw invalid('phải là số nguyên dương', 'must be a positive integer');
  return n;
}

/** A git revision: never something git would read as an option. */
export function parseGitRef(v: string): string {
  if (v === '' || v.startsWith('-')) {
    throw invalid(
      'phải là phiên bản git (tên nhánh, thẻ hoặc mã commit), không bắt đầu bằng "-"',
      'must be a git revision (branch, tag or commit), never starting with "-"',
    );
  }
  return v;
}
