import type { Report } from '../../types.js';

/** The JSON contract (DESIGN.md): one object, stable field names, 1-based positions. */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
