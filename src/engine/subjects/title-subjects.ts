import type { PlanData } from '../../plan/plan-types.js';
import { normText } from '../../text/normalise.js';
import type { RuleSet } from '../../rules/ruleset-types.js';
import { AT_SUBJECT, type Subject } from './subject.js';
import type { PlanContext } from './context.js';
import { dataList } from './ruleset-data.js';
import { collapseSpaces } from '../../util/linear-text.js';
import { msg } from '../../messages/index.js';

interface Abbreviation {
  term: string;
  expansions: string[];
}

/**
 * Subjects for the plan's title wherever it is printed besides the decision: each must carry the
 * decision title's words in order (abbreviations expanded) and name the locality.
 */
export function titleSubjects(plan: PlanData, context: PlanContext, rulesets: RuleSet[]): Subject[] {
  const titles = plan.plan.titles ?? {};
  const reference = titles.decision ?? plan.plan.title;
  const abbreviations = dataList<Abbreviation>(rulesets, 'abbreviations');
  const leadWords = dataList<string>(rulesets, 'titleLeadWords').map(normText);
  const words = (s: string) => tokens(expand(s, abbreviations), leadWords);
  const core = words(reference);
  const locality = normText(plan.plan.issuer.locality);
  const out: Subject[] = [];
  for (const field of ['article1', 'plan', 'appendix'] as const) {
    const text = titles[field];
    if (!text) continue;
    const gap = firstGap(core, words(text));
    const localityOk = normText(text).includes(locality);
    // a missing word of the locality's name is one defect, reported by title-locality alone
    const localityGap = !!gap && !localityOk && locality.split(/\s+/).includes(gap.missing);
    const title = {
      field,
      fieldVi: msg('vi', `engine.titleField.${field}`),
      fieldEn: msg('en', `engine.titleField.${field}`),
      text,
      reference,
      complete: !gap || localityGap,
      missing: gap?.missing ?? '',
      after: gap?.after ?? '',
      localityOk,
      locality: plan.plan.issuer.locality,
    };
    out.push({
      kind: 'title',
      id: field,
      mainFact: 'title',
      facts: { plan, context, title },
      factPointers: { plan: '', title: `/plan/titles/${field}` },
      fieldSources: AT_SUBJECT,
    });
  }
  return out;
}

const termRe = new Map<string, RegExp>();
function expand(s: string, abbreviations: Abbreviation[]): string {
  let out = s;
  for (const a of abbreviations) {
    if (!a.expansions[0] || !out.includes(a.term)) continue;
    let re = termRe.get(a.term);
    if (!re) termRe.set(a.term, (re = new RegExp(`(?<![\\p{L}])${a.term}(?![\\p{L}])`, 'gu')));
    out = out.replace(re, a.expansions[0]);
  }
  return out;
}

function tokens(s: string, leadWords: string[]): string[] {
  let t = collapseSpaces(normText(s).replace(/[^\p{L}\p{N}\s]/gu, ' ')).trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const w of leadWords) {
      if (w && t.startsWith(w + ' ')) {
        t = t.slice(w.length + 1);
        changed = true;
      }
    }
  }
  return t.split(' ').filter(Boolean);
}

/** The first word of `core` that `other` does not contain in order, with the word before it. */
function firstGap(core: string[], other: string[]): { missing: string; after: string } | undefined {
  let j = 0;
  for (let i = 0; i < core.length; i++) {
    const k = other.indexOf(core[i]!, j);
    if (k < 0) return { missing: core[i]!, after: core[i - 1] ?? '' };
    j = k + 1;
  }
  return undefined;
}
