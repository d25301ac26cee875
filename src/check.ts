import type { Check, FileReport, Finding, Lang, Report } from './types.js';
import { loadPlan, type LoadedPlan } from './plan/load-plan.js';
import { LOAD_RULES } from './plan/load-rules.js';
import { RuleSetCatalog } from './rules/discover.js';
import type { RuleSet } from './rules/ruleset-types.js';
import { compileRuleSet, type CompiledRuleSet } from './engine/compile.js';
import { buildSubjects } from './engine/subjects.js';
import { evaluate } from './engine/evaluate.js';
import { buildReport } from './report/build-report.js';
import { todayIso } from './plan/dates.js';
import { TOOL } from './tool.js';

export interface CheckOptions {
  lang?: Lang;
  /** Date the law and deadlines are judged on (ISO); default today. */
  asOf?: string;
  rulesDir?: string;
  /** Extra rule files or folders applied to every plan. */
  extraRules?: string[];
  maxBytes?: number;
}

const PARENT_RULESET_CHECK = {
  ruleId: 'parent-ruleset-known',
  title: { vi: 'Có bộ quy tắc cho kế hoạch cấp trên mà kế hoạch chọn', en: 'The parent plan rule set the plan selects exists' },
};

/** Checks plan files and returns the report. Throws InputError / RuleSetError for exit-2 conditions. */
export async function check(files: string[], options: CheckOptions = {}): Promise<Report> {
  const lang = options.lang ?? 'vi';
  const asOf = options.asOf ?? todayIso();
  const catalog = new RuleSetCatalog(options.rulesDir, options.extraRules);
  const always = catalog.always();
  const compiled = new Map<RuleSet, CompiledRuleSet>();
  const compile = (rs: RuleSet) => {
    let c = compiled.get(rs);
    if (!c) compiled.set(rs, (c = compileRuleSet(rs)));
    return c;
  };
  const reports: FileReport[] = [];
  for (const file of files) {
    const loaded = loadPlan(file, lang, options.maxBytes);
    reports.push(await checkLoaded(loaded, always, catalog, compile, asOf, lang));
  }
  return buildReport({ tool: TOOL, asOf, lang, files: reports });
}

async function checkLoaded(
  loaded: LoadedPlan,
  always: RuleSet[],
  catalog: RuleSetCatalog,
  compile: (rs: RuleSet) => CompiledRuleSet,
  asOf: string,
  lang: Lang,
): Promise<FileReport> {
  const checks: Check[] = loaded.loadChecks.map((id) => {
    const rule = LOAD_RULES[id];
    const findings = loaded.findings.filter((f) => f.ruleId === id);
    return { ruleId: id, title: rule.title[lang], status: findings.length ? 'fail' : 'pass', severity: rule.severity, ...(rule.source ? { source: rule.source } : {}), evaluated: 1, findings };
  });
  const findings: Finding[] = [...loaded.findings];
  const plan = loaded.plan;
  const rulesets = [...always];

  if (plan?.plan.parent?.ruleset) {
    const id = plan.plan.parent.ruleset;
    const parent = catalog.parent(id);
    if (parent) rulesets.push(parent);
    const f: Finding[] = parent
      ? []
      : [{
          ruleId: PARENT_RULESET_CHECK.ruleId,
          severity: 'warning',
          message: lang === 'vi'
            ? `Chưa có bộ quy tắc "${id}" của kế hoạch cấp trên: các yêu cầu của kế hoạch cấp trên chưa được kiểm tra`
            : `No rule set "${id}" for the parent plan: its requirements were not checked`,
          location: loaded.locate('/plan/parent/ruleset'),
          subject: { kind: 'plan', id: plan.plan.title },
          fix: lang === 'vi' ? 'Kiểm tra tên bộ quy tắc (thư mục rules/) hoặc bổ sung bộ quy tắc cho kế hoạch cấp trên' : 'Check the rule set name (folder rules/) or add a rule set for the parent plan',
        }];
    checks.push({ ruleId: PARENT_RULESET_CHECK.ruleId, title: PARENT_RULESET_CHECK.title[lang], status: f.length ? 'fail' : 'pass', severity: 'warning', evaluated: 1, findings: f });
    findings.push(...f);
  }

  if (plan) {
    const subjects = buildSubjects(plan, asOf, rulesets);
    const tallies = await evaluate(rulesets.map(compile), subjects, loaded.locate, lang);
    for (const t of tallies) {
      checks.push({
        ruleId: t.rule.id,
        title: t.rule.title[lang],
        status: t.findings.length ? 'fail' : t.evaluated ? 'pass' : 'not-applicable',
        severity: t.rule.severity,
        source: t.rule.source,
        evaluated: t.evaluated,
        findings: t.findings,
      });
      findings.push(...t.findings);
    }
  } else {
    // The plan could not be read as a plan: its rules were not evaluated.
    for (const rs of rulesets) {
      for (const rule of rs.rules) {
        checks.push({ ruleId: rule.id, title: rule.title[lang], status: 'not-applicable', severity: rule.severity, source: rule.source, evaluated: 0, findings: [] });
      }
    }
  }

  return {
    file: loaded.file,
    sha256: loaded.sha256,
    plan: plan ? { title: plan.plan.title, year: plan.plan.year, kind: plan.plan.kind } : {},
    rulesets: rulesets.map((r) => ({ id: r.id, version: r.version, sha256: r.sha256 })),
    checks,
    findings,
  };
}
