import { stringify } from 'yaml';
import type { PlanData } from './plan-types.js';

/**
 * A plan as YAML, in the order a drafter reads it, with the editor's schema comment first (the
 * path to the schema as seen from the plan's folder).
 */
export function planYaml(plan: PlanData, schemaPath: string, headline: string[]): string {
  const head = [`# yaml-language-server: $schema=${schemaPath}`, ...headline.map((l) => `# ${l}`)].join('\n');
  return `${head}\n${stringify(plan, { lineWidth: 0, nullStr: 'null' })}`;
}
