import type { Finding } from '../types.js';

/** A finding's identity across versions: its rule and subject, never its line. */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.subject?.kind ?? ''}|${f.subject?.id ?? ''}|${f.location.pointer.replace(/\/\d+(?=\/|$)/g, '/#')}|${f.message}`;
}
