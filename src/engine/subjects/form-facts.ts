import type { Paragraph, PlanData } from '../../plan/plan-types.js';
import { normText, regex, toneOldStyle } from '../../text/normalise.js';
import { unitNames } from '../../rules/operators/is-listed-unit.js';
import type { RuleSet } from '../../rules/ruleset-types.js';
import { dataList } from './ruleset-data.js';

/** A part every plan has (rule-set data `planParts`): where its heading may be printed. */
interface PlanPart {
  id: string;
  vi: string;
  en: string;
  /** Patterns of a heading, an article title or the start of a paragraph or clause. */
  patterns: string[];
}

/**
 * Plan-wide facts on the form of the decision and the structure of the plan, for the fact
 * "context": whether the decision has an article on its effect, whether "Nơi nhận" has "Lưu: VT"
 * and the offices the parent plan's rule set names, which parts of a plan are missing, and the
 * unit named by "Theo đề nghị của". A fact is left out when the plan's YAML does not hold the part
 * it is read from (a plan encoded as its tasks only says nothing about its decision).
 */
export function formFacts(plan: PlanData, rulesets: RuleSet[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const articles = plan.decision?.articles ?? [];
  // each text normalised once, each pattern compiled once, however many patterns and texts
  const any = (patterns: string[], texts: string[]) => {
    const res = patterns.map((p) => regex(toneOldStyle(p)));
    return texts.some((t) => {
      const n = normText(t);
      return res.some((re) => re.test(n));
    });
  };

  if (articles.length) {
    const texts = articles.flatMap((a) => [a.title ?? '', a.text, ...(a.clauses ?? [])]);
    out.decisionArticlesEncoded = true;
    out.effectArticle = any(dataList<string>(rulesets, 'effectArticlePatterns'), texts);
  }

  const distribution = plan.distribution ?? [];
  if (distribution.length) {
    out.distributionArchived = any(dataList<string>(rulesets, 'archivePatterns'), distribution);
    const offices = dataList<string>(rulesets, 'receivingOffices');
    if (offices.length) {
      const lines = distribution.map(normText);
      const missing = offices.filter((o) => !lines.some((l) => l.includes(normText(o))));
      out.receivingOfficesMissing = missing;
      out.receivingOfficesMissingText = missing.join('; ');
    }
  }

  const prose = [...(plan.objectives ?? []), ...(plan.body ?? [])];
  if (articles.length || prose.length) {
    const headings = [
      ...prose.flatMap((p: Paragraph) => (typeof p === 'string' ? [p] : [p.heading ?? '', p.text])),
      ...articles.flatMap((a) => [a.title ?? '', a.text, ...(a.clauses ?? [])]),
      ...(plan.sections ?? []).map((s) => s.title),
    ].filter(Boolean);
    const missing = dataList<PlanPart>(rulesets, 'planParts').filter(
      (part) =>
        !(part.id === 'purpose' && (plan.objectives ?? []).length) &&
        !(part.id === 'tasks' && plan.tasks.length) &&
        !any(part.patterns, headings),
    );
    out.planPartsMissing = missing.map((p) => p.id);
    out.planPartsMissingVi = missing.map((p) => `"${p.vi}"`).join(', ');
    out.planPartsMissingEn = missing.map((p) => `"${p.en}"`).join(', ');
  }

  Object.assign(out, bodyTopicFacts(plan, rulesets));

  const proposer = plan.decision?.proposer;
  if (proposer) out.proposerUnit = proposerUnit(proposer, plan, dataList<string>(rulesets, 'headTitles'));
  return out;
}

/** A subject a plan's body may set a target on (rule-set data `bodyTargetTopics`). */
interface BodyTopic {
  id: string;
  vi: string;
  en: string;
  /** Patterns of the topic's words, in a body paragraph and in a task. */
  patterns: string[];
}

/**
 * Topics (rule-set data `bodyTargetTopics`: postal public service, online processing …) on which a
 * paragraph of the plan's body states a target (data `bodyTargetPatterns`: "Nâng cao tỷ lệ …", a
 * percentage) while no task of the appendix names the topic in its content, product or targets: a
 * target the plan sets and gives nobody to carry out. Left out when the plan encodes no body or no
 * task.
 */
function bodyTopicFacts(plan: PlanData, rulesets: RuleSet[]): Record<string, unknown> {
  const topics = dataList<BodyTopic>(rulesets, 'bodyTargetTopics');
  const aims = dataList<string>(rulesets, 'bodyTargetPatterns').map((p) => regex(toneOldStyle(p)));
  const body = plan.body ?? [];
  if (!topics.length || !aims.length || !body.length || !plan.tasks.length) return {};
  const paragraphs = body.map((p: Paragraph) => normText(typeof p === 'string' ? p : p.text));
  const headings = body.map((p: Paragraph) => (typeof p === 'string' ? '' : (p.heading ?? '')));
  const stated = paragraphs.map((t) => aims.some((re) => re.test(t)));
  const taskTexts = plan.tasks.map((t) => normText([t.content, t.product ?? '', ...(t.targets ?? []).map((x) => x.text ?? '')].join(' ')));
  const missing: { topic: BodyTopic; at: string }[] = [];
  for (const topic of topics) {
    const res = topic.patterns.map((p) => regex(toneOldStyle(p)));
    const i = paragraphs.findIndex((t, k) => stated[k] && res.some((re) => re.test(t)));
    if (i < 0 || taskTexts.some((t) => res.some((re) => re.test(t)))) continue;
    missing.push({ topic, at: headings[i]!.trim() });
  }
  const where = (m: { at: string }) => (m.at ? ` (${m.at})` : '');
  return {
    bodyTopicsWithoutTask: missing.map((m) => m.topic.id),
    bodyTopicsWithoutTaskVi: missing.map((m) => `"${m.topic.vi}"${where(m)}`).join('; '),
    bodyTopicsWithoutTaskEn: missing.map((m) => `"${m.topic.en}"${where(m)}`).join('; '),
  };
}

/**
 * The unit named by "Theo đề nghị của Giám đốc Trung tâm Phục vụ hành chính công phường": the
 * head's title is dropped, then the locality ("phường Nam Đồ Sơn") if the name is not listed with it.
 */
function proposerUnit(proposer: string, plan: PlanData, headTitles: string[]): string {
  let name = proposer.normalize('NFC').trim();
  for (const t of headTitles) {
    const m = regex(`^(?:${t})\\s+`).exec(name);
    if (m) {
      name = name.slice(m[0].length);
      break;
    }
  }
  const listed = unitNames(plan.units ?? []);
  const issuer = plan.plan.issuer;
  const tails = [issuer.type && `${issuer.type} ${issuer.locality}`, issuer.locality, issuer.type].filter((t): t is string => !!t);
  if (listed.has(normText(name))) return name;
  for (const tail of tails) {
    const cut = regex(`\\s+${tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).exec(name);
    if (cut && listed.has(normText(name.slice(0, cut.index)))) return name.slice(0, cut.index);
  }
  return name;
}
