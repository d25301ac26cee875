import { isAbsolute, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import type { Check, FileReport, Finding, Lang, PlanIdentity, Report } from './types.js';
import type { PlanData } from './plan/plan-types.js';
import { loadPlan, type LoadedPlan } from './plan/load-plan.js';
import { RuleSetCatalog, DEFAULT_RULES_DIR } from './rules/discover.js';
import type { RuleSet } from './rules/ruleset-types.js';
import { compileRuleSet, type CompiledRuleSet, type EngineChoice } from './engine/compile.js';
import { buildSubjects } from './engine/subjects/index.js';
import { evaluate } from './engine/evaluate.js';
import { buildReport } from './report/build-report.js';
import { todayIso } from './util/dates.js';
import { loadRegistry, type Registry } from './legal/registry.js';
import { parentDocs } from './rules/parent-docs.js';
import { TOOL } from './tool.js';
import { packageRoot } from './util/package-root.js';
import { applyWaivers, loadWaivers } from './review/waivers.js';
import { unwaivableRuleIds } from './review/waivable.js';
import { forAudience, type Audience } from './report/audience.js';
import { chooseParentRuleSet } from './rules/parent-ruleset.js';
import { signingVerdict } from './review/signing.js';
import { applyBaseline, readBaseline } from './review/baseline.js';
import { evaluatedChecks, loadChecks, notEvaluatedChecks, parentChecks } from './check/checklist.js';
import { phraseVocabularyFiles, phraseVocabularySha256 } from './rules/phrase-vocabulary.js';

export interface CheckOptions {
  lang?: Lang;
  /** Date the law is judged on for unsigned drafts (ISO); default today. A signed plan uses its date. */
  asOf?: string;
  rulesDir?: string;
  /** Extra rule files or folders applied to every plan. */
  extraRules?: string[];
  /** Folder of the legal-document registry; default rules/legal. */
  registryDir?: string;
  maxBytes?: number;
  /** A reviewer's waivers file (review.yaml). */
  waivers?: string;
  /** Apply the signing gate (rules/signing/) and report whether the plan is ready for signature. */
  forSigning?: boolean;
  /** Add the generation time to the report (reports are otherwise byte-identical). */
  timestamp?: Date;
  /** Report only findings absent from this baseline file (written by --write-baseline). */
  baseline?: string;
  /** Whose view: reviewer leaves drafter hints out. Default reviewer with forSigning, drafter otherwise. */
  audience?: Audience;
  /** How conditions are evaluated: compiled (default) or reference (json-rules-engine, for audit). */
  engine?: EngineChoice;
}

/** What a run needs besides the plans: rule sets, compiled once, and the registry. */
class Toolkit {
  readonly catalog: RuleSetCatalog;
  readonly always: RuleSet[];
  readonly registry: Registry;
  private readonly compiled = new Map<RuleSet, CompiledRuleSet>();
  private readonly engine: EngineChoice;

  constructor(options: CheckOptions) {
    this.engine = options.engine ?? 'compiled';
    const rulesDir = options.rulesDir ?? DEFAULT_RULES_DIR;
    this.catalog = new RuleSetCatalog(rulesDir, [
      ...(options.extraRules ?? []),
      ...(options.forSigning ? [join(rulesDir, 'signing')] : []),
    ]);
    this.always = this.catalog.always();
    this.registry = loadRegistry(options.registryDir ?? join(options.rulesDir ?? DEFAULT_RULES_DIR, 'legal'));
  }

  compile(rs: RuleSet): CompiledRuleSet {
    let c = this.compiled.get(rs);
    if (!c) this.compiled.set(rs, (c = compileRuleSet(rs, this.engine)));
    return c;
  }
}

/**
 * Checks one plan file after another with rule sets compiled once: the unit of work of a run,
 * and of each worker thread in a batch.
 */
export class Checker {
  readonly lang: Lang;
  readonly asOf: string;
  private readonly kit: Toolkit;
  private readonly waivers: ReturnType<typeof loadWaivers> | undefined;
  private readonly baseline: ReturnType<typeof readBaseline> | undefined;
  private readonly unwaivable: Set<string>;

  constructor(readonly options: CheckOptions = {}) {
    this.lang = options.lang ?? 'vi';
    this.asOf = options.asOf ?? todayIso();
    this.kit = new Toolkit(options);
    this.waivers = options.waivers ? loadWaivers(options.waivers) : undefined;
    this.baseline = options.baseline ? readBaseline(options.baseline) : undefined;
    this.unwaivable = this.waivers ? unwaivableRuleIds([...this.kit.catalog.all(), ...this.kit.always]) : new Set();
  }

  /** What a cached result depends on besides the plan itself. */
  fingerprint(): string {
    return JSON.stringify({
      tool: TOOL,
      asOf: this.asOf,
      lang: this.lang,
      rules: this.kit.catalog.all().map((r) => r.sha256),
      extra: this.kit.always.map((r) => r.sha256),
      registry: this.kit.registry.sha256,
      phrases: phraseVocabularyFiles([...this.kit.catalog.all(), ...this.kit.always]).map(phraseVocabularySha256),
      waivers: this.waivers?.sha256 ?? null,
      baseline: this.baseline ? createHash('sha256').update(this.baseline.text).digest('hex') : null,
      forSigning: !!this.options.forSigning,
      audience: audienceOf(this.options),
      maxBytes: this.options.maxBytes ?? null,
      // the engines give identical results; kept apart so that an audit run never reads the other's
      engine: this.options.engine ?? 'compiled',
    });
  }

  async checkFile(file: string): Promise<FileReport> {
    const loaded = loadPlan(file, this.lang, this.options.maxBytes);
    const result = await checkLoaded(loaded, this.kit, this.asOf, this.lang);
    // for signing, the gate judges every finding (a registry gap still blocks); the view is cut in finishReport
    const viewed = this.options.forSigning ? result : forAudience(result, audienceOf(this.options));
    const waived = this.waivers ? applyWaivers(viewed, this.waivers, this.asOf, this.lang, this.unwaivable) : viewed;
    return this.baseline ? applyBaseline(waived, this.options.baseline!, this.baseline, this.lang) : waived;
  }
}

/** The audience a run reports for: as given, else reviewer when checking for signing, else drafter. */
export function audienceOf(options: CheckOptions): Audience {
  return options.audience ?? (options.forSigning ? 'reviewer' : 'drafter');
}

/** Assembles the report of a run from its files' results. */
export function finishReport(files: FileReport[], options: CheckOptions): Report {
  const lang = options.lang ?? 'vi';
  const build = (list: FileReport[]) =>
    buildReport({
      tool: TOOL,
      asOf: options.asOf ?? todayIso(),
      lang,
      files: list,
      ...(options.timestamp ? { generatedAt: options.timestamp.toISOString() } : {}),
    });
  const report = build(files);
  if (!options.forSigning) return report;
  // the gate on every finding; the report as the audience sees it
  const signing = signingVerdict(report, lang);
  return { ...build(files.map((f) => forAudience(f, audienceOf(options)))), signing };
}

/** Checks plan files one after another and returns the report. Throws InputError / RuleSetError for exit-2 conditions. */
export async function check(files: string[], options: CheckOptions = {}): Promise<Report> {
  const checker = new Checker(options);
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checker.checkFile(file));
  return finishReport(reports, options);
}

async function checkLoaded(loaded: LoadedPlan, kit: Toolkit, asOf: string, lang: Lang): Promise<FileReport> {
  const checks: Check[] = loadChecks(loaded, lang);
  const findings: Finding[] = [...loaded.findings];
  const plan = loaded.plan;
  const rulesets = [...kit.always];

  if (plan) {
    const choice = chooseParentRuleSet(plan, kit.catalog);
    if (choice.ruleset) rulesets.push(choice.ruleset);
    const parent = parentChecks(choice, plan, loaded, lang);
    checks.push(...parent);
    findings.push(...parent.flatMap((c) => c.findings));
  }

  const effectiveAsOf = plan?.plan.document.date ?? asOf;
  if (plan) {
    const registry = kit.registry.withExtra(parentDocs(rulesets));
    const subjects = buildSubjects(plan, asOf, rulesets, registry);
    const tallies = await evaluate(
      rulesets.map((rs) => kit.compile(rs)),
      subjects,
      loaded,
      lang,
    );
    const evaluated = evaluatedChecks(plan, rulesets, tallies, subjects, lang);
    checks.push(...evaluated);
    findings.push(...evaluated.flatMap((c) => c.findings));
  } else {
    // The plan could not be read as a plan: its rules were not evaluated.
    checks.push(...notEvaluatedChecks(rulesets, lang));
  }

  return {
    file: loaded.file,
    sha256: loaded.sha256,
    asOf: effectiveAsOf,
    plan: plan ? identityOf(plan) : {},
    rulesets: rulesets.map((r) => ({ id: r.id, version: r.version, file: shownPath(r.file), sha256: r.sha256 })),
    registry: { sha256: kit.registry.sha256, documents: kit.registry.docs.length },
    checks,
    findings,
  };
}

function identityOf(plan: PlanData): PlanIdentity {
  const p = plan.plan;
  return {
    title: p.title,
    year: p.year,
    kind: p.kind,
    issuer: p.issuer.name,
    locality: p.issuer.locality,
    ...(p.issuer.province ? { province: p.issuer.province } : {}),
    documentForm: p.document.form,
    documentNumber: p.document.number === null ? null : String(p.document.number),
    documentDate: p.document.date,
    ...(p.document.signer ? { signer: p.document.signer } : {}),
    ...(p.parent ? { parent: { ref: p.parent.ref, date: p.parent.date, ...(p.parent.issuer ? { issuer: p.parent.issuer } : {}) } } : {}),
  };
}

/**
 * A rule-set file as a report shows it: relative to the package for the shipped rules (so reports
 * do not depend on where the tool is installed or run from), otherwise as loaded; "/" separated.
 */
function shownPath(file: string): string {
  const rel = relative(packageRoot, file);
  const shown = isAbsolute(file) && rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  return shown.split(sep).join('/');
}
