import type { Report } from '../../types.js';
import { formatJson } from './json.js';
import { formatTerminal } from './terminal.js';

export const FORMATS = ['text', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  color: boolean;
}

/** Formatters are pure functions of the report. */
export function format(name: FormatName, report: Report, options: FormatOptions): string {
  switch (name) {
    case 'json':
      return formatJson(report);
    case 'text':
      return formatTerminal(report, options);
  }
}
