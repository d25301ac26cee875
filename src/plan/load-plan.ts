import type { Finding, Location } from '../types.js';
import { readSource, DEFAULT_MAX_BYTES } from '../yaml/read-source.js';
import { parseLocated, type LocatedYaml } from '../yaml/parse-located.js';
import { locateInScalar, locatePointer, locateRange } from '../yaml/locate.js';
import { validatePlan } from './validate-plan.js';
import type { PlanData } from './plan-types.js';
import { LOAD_RULES, loadFindingRule, type LoadRuleId } from './load-rules.js';
import type { Lang } from '../types.js';
import { makeFinding } from '../results.js';

export interface LoadedPlan {
  file: string;
  sha256: string;
  src: LocatedYaml;
  /** The plan data when it parsed and matched the schema; otherwise undefined. */
  plan: PlanData | undefined;
  /** Problems found while loading (syntax, duplicate keys, schema), as findings. */
  findings: Finding[];
  /** Which loading checks ran, for the checklist. */
  loadChecks: LoadRuleId[];
  locate(pointer: string, atKey?: boolean): Location;
  /** Location of characters [start, end) of the text value at `pointer`. */
  locateSpan(pointer: string, value: string, start: number, end: number): Location;
}

/**
 * Reads, parses and validates a plan file. Throws InputError only when the file cannot be used
 * at all (missing, directory, binary, too large); everything else is a located finding.
 */
export function loadPlan(file: string, lang: Lang, maxBytes = DEFAULT_MAX_BYTES): LoadedPlan {
  const source = readSource(file, maxBytes);
  const src = parseLocated(source.text);
  const findings: Finding[] = [];
  const locate = (pointer: string, atKey = false) => locatePointer(file, src, pointer, atKey);

  for (const p of src.problems) {
    const rule = loadFindingRule(p.code);
    findings.push(
      makeFinding({
        ruleId: rule.id,
        severity: rule.severity,
        message: p.message[lang],
        location: locateRange(file, src, p.range),
        subject: { kind: 'plan', id: file },
        fix: rule.fix[lang],
      }),
    );
  }

  let plan: PlanData | undefined;
  const loadChecks: LoadRuleId[] = ['yaml-syntax', 'yaml-duplicate-key', 'yaml-safe'];
  if (src.data !== undefined) {
    loadChecks.push('plan-schema');
    const problems = validatePlan(src.data);
    const rule = LOAD_RULES['plan-schema'];
    for (const p of problems) {
      findings.push(
        makeFinding({
          ruleId: rule.id,
          severity: rule.severity,
          message: p.message[lang],
          location: locate(p.pointer, p.atKey),
          subject: { kind: 'plan', id: file },
          fix: rule.fix[lang],
        }),
      );
    }
    if (problems.length === 0 && !findings.some((f) => f.severity === 'error')) plan = src.data as PlanData;
  }
  const locateSpan = (pointer: string, value: string, start: number, end: number) => locateInScalar(file, src, pointer, value, start, end);
  return { file, sha256: source.sha256, src, plan, findings, loadChecks, locate, locateSpan };
}
