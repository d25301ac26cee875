import type { Report } from '../../types.js';
import { formatJson } from './json.js';
import { formatTerminal } from './terminal.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import { formatGithub } from './github.js';
import { formatMarkdown } from './markdown.js';
import { formatHtml } from './html.js';

import type { FormatName } from './format-names.js';

export { FORMATS, type FormatName } from './format-names.js';

export interface FormatOptions {
  color: boolean;
  /** Text checklist: every passed item on its own line (--all). */
  all?: boolean;
}

/** Formatters are pure functions of the report. */
export function format(name: FormatName, report: Report, options: FormatOptions): string {
  switch (name) {
    case 'json':
      return formatJson(report);
    case 'text':
      return formatTerminal(report, options);
    case 'sarif':
      return formatSarif(report);
    case 'junit':
      return formatJunit(report);
    case 'github':
      return formatGithub(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report);
  }
}
