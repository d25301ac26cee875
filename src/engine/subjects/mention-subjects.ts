import type { PlanData } from '../../plan/plan-types.js';
import { textFields, type TextField } from '../../plan/text-fields.js';
import { normText, regex } from '../../rules/operators/text.js';
import type { RuleSet } from '../../rules/ruleset-types.js';
import type { Subject } from './subject.js';
import type { PlanContext } from './context.js';
import { dataList } from './ruleset-data.js';

interface Abbreviation { term: string; expansions: string[] }
interface Misspelling { pattern: string; suggestion: string }

/**
 * Subjects for words and phrases found in the plan's prose: the first use of each abbreviation,
 * repeated words, known misspellings and names of district-level bodies.
 */
export function mentionSubjects(plan: PlanData, context: PlanContext, rulesets: RuleSet[]): Subject[] {
  const fields = textFields(plan);
  const out: Subject[] = [];
  const add = (field: TextField, start: number, end: number, mention: Record<string, unknown>) =>
    out.push({
      kind: 'mention',
      id: field.taskId ?? field.pointer,
      mainFact: 'mention',
      facts: { plan, context, mention: { text: field.text.slice(start, end), ...(field.taskId ? { taskId: field.taskId } : {}), ...mention } },
      factPointers: { plan: '', mention: field.pointer },
      fieldSources: { text: '', defined: '', knownMisspelling: '', allowed: '', historical: '', kind: '' },
      span: [start, end],
    });

  // First use of each abbreviation: spelled out there, "thủ tục hành chính (TTHC)"?
  for (const a of dataList<Abbreviation>(rulesets, 'abbreviations')) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${a.term}(?![\\p{L}\\p{N}])`, 'u');
    for (const f of fields) {
      const m = re.exec(f.text);
      if (!m) continue;
      add(f, m.index, m.index + a.term.length, { kind: 'abbreviation', term: a.term, expansion: a.expansions[0] ?? '', defined: spelledOut(f.text, m.index, a) });
      break;
    }
  }

  // Known misspellings of administrative vocabulary (a reviewer-editable list).
  const misspelt: [TextField, number, number][] = [];
  for (const s of dataList<Misspelling>(rulesets, 'misspellings')) {
    const re = new RegExp(s.pattern, 'gu');
    for (const f of fields) {
      for (const m of f.text.matchAll(re)) {
        misspelt.push([f, m.index!, m.index! + m[0].length]);
        add(f, m.index!, m.index! + m[0].length, { kind: 'misspelling', suggestion: s.suggestion, knownMisspelling: true });
      }
    }
  }

  // Repeated words of two syllables or more ("kiểm soát kiểm soát"); a repeated syllable is
  // ordinary Vietnamese ("phân công công việc") and is not reported.
  const allowed = new Set(dataList<string>(rulesets, 'repeatAllowed').map(normText));
  for (const f of fields) {
    for (const m of f.text.matchAll(/(?<![\p{L}])(\p{L}+(?:\s\p{L}+)+?)\s+\1(?![\p{L}])/gu)) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (misspelt.some(([g, a, b]) => g === f && a < end && start < b)) continue;
      add(f, start, end, { kind: 'repeat', words: m[1], allowed: allowed.has(normText(m[0])) });
    }
  }

  // District-level bodies, abolished from 1 July 2025.
  for (const p of dataList<string>(rulesets, 'districtPatterns')) {
    for (const f of fields) {
      for (const m of f.text.matchAll(new RegExp(p, 'giu'))) {
        const around = f.text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 40);
        add(f, m.index!, m.index! + m[0].length, { kind: 'district', historical: regex('\\(cũ\\)|trước đây|trước khi sắp xếp|trước sắp xếp|trước ngày 01/7/2025').test(around) });
      }
    }
  }
  return out;
}

/** Is the abbreviation at `index` written as "<expansion> (TERM)" or "(viết tắt là TERM)" after its expansion? */
function spelledOut(text: string, index: number, a: Abbreviation): boolean {
  const before = text.slice(Math.max(0, index - 160), index);
  const m = /\(\s*\*?\s*(?:(?:viết tắt|gọi tắt)(?:\s+là)?\s*:?\s*)?$/u.exec(before);
  if (!m) return false;
  const preceding = normText(before.slice(0, m.index).replace(/[\s*_]+$/u, ''));
  return a.expansions.some((e) => preceding.endsWith(normText(e)));
}
