import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { check, type CheckOptions } from '../check.js';
import { loadPlan } from '../plan/load-plan.js';
import { RuleSetCatalog } from '../rules/discover.js';
import { requirementsOf } from '../engine/subjects/requirement-subjects.js';
import type { Finding, Report } from '../types.js';
import { diffPlans, type Change } from './plan-diff.js';
import { diffFindings, type FindingsDiff } from './findings-diff.js';

export interface PlanDiff {
  before: { label: string; sha256: string };
  after: { label: string; sha256: string };
  changes: Change[];
  findings: FindingsDiff;
  /** The change introduces an error, or lowers a target below the parent's floor. */
  blocking: boolean;
}

/** Compares two versions of a plan: semantic changes and findings new, fixed, unchanged. */
export async function runDiff(
  before: { label: string; text: string },
  afterFile: string,
  options: CheckOptions = {},
): Promise<{ diff: PlanDiff; reports: [Report, Report] }> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-check-diff-'));
  try {
    const oldFile = join(dir, basename(afterFile));
    writeFileSync(oldFile, before.text);
    const lang = options.lang ?? 'vi';
    const oldReport = await check([oldFile], options);
    const newReport = await check([afterFile], options);
    const relabel = (fs: Finding[]) => fs.map((f) => ({ ...f, location: { ...f.location, file: before.label } }));
    const oldFindings = relabel(oldReport.files[0]!.findings);
    const oldPlan = loadPlan(oldFile, lang).plan;
    const newPlan = loadPlan(afterFile, lang).plan;
    const changes = oldPlan && newPlan ? diffPlans(oldPlan, newPlan, floorsFor(newPlan.plan.parent?.ruleset, options)) : [];
    const findings = diffFindings(oldFindings.filter((f) => !f.waiver), newReport.files[0]!.findings.filter((f) => !f.waiver));
    const blocking = findings.new.some((f) => f.severity === 'error') || changes.some((c) => c.kind === 'target-lowered' && c.belowFloor);
    return {
      diff: {
        before: { label: before.label, sha256: oldReport.files[0]!.sha256 },
        after: { label: afterFile, sha256: newReport.files[0]!.sha256 },
        changes,
        findings,
        blocking,
      },
      reports: [oldReport, newReport],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The parent plan's target floors, by metric. */
function floorsFor(ruleset: string | undefined, options: CheckOptions): Map<string, number> {
  const out = new Map<string, number>();
  if (!ruleset) return out;
  const rs = new RuleSetCatalog(options.rulesDir).parent(ruleset);
  if (!rs) return out;
  for (const { requirement } of requirementsOf([rs])) if (requirement.target) out.set(requirement.target.metric, requirement.target.min);
  return out;
}
