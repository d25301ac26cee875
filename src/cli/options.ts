import { InvalidArgumentError } from 'commander';
import { isRealIsoDate } from '../util/dates.js';
import { both } from '../messages/index.js';
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
  if (v !== 'vi' && v !== 'en') throw invalid(...both('options.lang'));
  return v;
}

export function parseSeverity(v: string): Severity {
  if (v !== 'error' && v !== 'warning' && v !== 'info') throw invalid(...both('options.severity'));
  return v;
}

export function parseAudience(v: string): Audience {
  if (!(AUDIENCES as readonly string[]).includes(v)) throw invalid(...both('options.audience'));
  return v as Audience;
}

export function parseEngine(v: string): EngineChoice {
  if (v !== 'compiled' && v !== 'reference') throw invalid(...both('options.engine'));
  return v;
}

export function parseIsoDate(v: string): string {
  if (!isRealIsoDate(v)) throw invalid(...both('options.isoDate'));
  return v;
}

export function collectFormat(v: string, prev: FormatName[]): FormatName[] {
  if (!(FORMATS as readonly string[]).includes(v)) throw invalid(...both('options.oneOf', { allowed: FORMATS.join(', ') }));
  return [...prev, v as FormatName];
}

export function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

export function parseMegabytes(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw invalid(...both('options.megabytes'));
  return n * 1024 * 1024;
}

export function parsePositiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw invalid(...both('options.positiveInt'));
  return n;
}

/** A git revision: never something git would read as an option. */
export function parseGitRef(v: string): string {
  if (v === '' || v.startsWith('-')) {
    throw invalid(...both('options.gitRef'));
  }
  return v;
}
