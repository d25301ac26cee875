import { InvalidArgumentError } from 'commander';
import { isRealIsoDate } from '../plan/dates.js';
import { FORMATS, type FormatName } from '../report/formatters/index.js';
import type { Lang, Severity } from '../types.js';

export function parseLang(v: string): Lang {
  if (v !== 'vi' && v !== 'en') throw new InvalidArgumentError('phải là "vi" hoặc "en" (must be "vi" or "en")');
  return v;
}

export function parseSeverity(v: string): Severity {
  if (v !== 'error' && v !== 'warning' && v !== 'info') throw new InvalidArgumentError('phải là error, warning hoặc info');
  return v;
}

export function parseIsoDate(v: string): string {
  if (!isRealIsoDate(v)) throw new InvalidArgumentError('phải là ngày dạng YYYY-MM-DD, ví dụ 2026-03-15 (a date YYYY-MM-DD)');
  return v;
}

export function collectFormat(v: string, prev: FormatName[]): FormatName[] {
  if (!(FORMATS as readonly string[]).includes(v)) throw new InvalidArgumentError(`phải là một trong: ${FORMATS.join(', ')}`);
  return [...prev, v as FormatName];
}

export function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

export function parseMegabytes(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('phải là một số dương (megabyte)');
  return n * 1024 * 1024;
}

export function parsePositiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('phải là số nguyên dương (a positive integer)');
  return n;
}
