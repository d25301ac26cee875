import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { check, type CheckOptions } from '../check.js';
import { loadPlan } from '../plan/load-plan.js';
import { RuleSetCatalog } from '../rules/discover.js';
import { chooseParentRuleSet } from '../rules/parent-ruleset.js';
import type { PlanData } from '../plan/plan-types.js';
import { requirementsOf } from '../rules/requirements.js';
import type { Finding, Report } from '../types.js';
import { diffPlans, needsReview, type Change } from './plan-diff.js';
import { diffFindings, type FindingsDiff } from './findings-diff.js';

export interface PlanDiff {
  before: { label: string; sha256: string };
  after: { label: string; sha256: string };
  changes: Change[];
  findings: FindingsDiff;
  /** The change introduces an error, lowers a target below the parent's floor, or removes or changes the parent plan. */
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
    const changes = oldPlan && newPlan ? diffPlans(oldPlan, newPlan, floorsFor(newPlan, options)) : [];
    const findings = diffFindings(
      oldFindings.filter((f) => !f.waiver),
      newReport.files[0]!.findings.filter((f) => !f.waiver),
    );
    const blocking =
      findings.new.some((f) => f.severity === 'error') ||
      changes.some((c) => (c.kind === 'target-lowered' && c.belowFloor) || needsReview(c));
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

/** The target floors, by metric, of the parent rule set the plan is checked against (as `check` chooses it). */
function floorsFor(plan: PlanData, options: CheckOptions): Map<string, number> {
  const out = new Map<string, number>();
  const rs = chooseParentRuleSet(plan, new RuleSetCatalog(options.rulesDir)).ruleset;
  if (!rs) return out;
  for (const { requirement } of requirementsOf([rs])) if (requirement.target) out.set(requirement.target.metric, requirement.target.min);
  return out;
}
