import type { PlanData } from '../../plan/plan-types.js';
import { sourceSpan, textFields, type TextField } from '../../plan/text-fields.js';
import { normText, regex } from '../../text/normalise.js';
import { stripInvisible } from '../../text/safe-text.js';
import type { RuleSet } from '../../rules/ruleset-types.js';
import type { Subject } from './subject.js';
import { FIELD_SOURCES } from '../../facts/subject-facts.js';
import type { PlanContext } from './context.js';
import { dataList } from './ruleset-data.js';
import { phraseVocabularyOf } from '../../rules/phrase-vocabulary.js';
import { diacriticSlips, type DiacriticSlip, type PhraseVocabulary } from '../../text/diacritics.js';
import { classOf, isSpaceCode, LETTER_CLASS } from '../../text/char-class.js';

interface Abbreviation {
  term: string;
  expansions: string[];
}

/** At most this many findings of one kind in one text. */
const MAX_PER_FIELD = 20;
/** Targets whose text is looked for among the printed texts (each look is a scan of the plan's prose). */
const MAX_COPY_CHECKS = 200;
interface Misspelling {
  pattern: string;
  suggestion: string;
}

/**
 * Subjects for words and phrases found in the plan's prose: the first use of each abbreviation,
 * repeated words, known misspellings and names of district-level bodies.
 */
export function mentionSubjects(plan: PlanData, context: PlanContext, rulesets: RuleSet[]): Subject[] {
  const fields = withUnitColumns(plan, withTitles(plan, textFields(plan)));
  // One pass over the whole text tells which patterns occur at all; most never do.
  const whole = fields.map((f) => f.text).join('\n');
  const occurs = (re: RegExp) => {
    re.lastIndex = 0;
    const found = re.test(whole);
    re.lastIndex = 0; // matchAll starts where test stopped
    return found;
  };
  // ... and one pass of all the patterns of a list together tells whether any does
  const anyOccurs = (patterns: string[], flags: string) => {
    const re = combined(patterns, flags);
    return !re || occurs(re);
  };
  const out: Subject[] = [];
  const add = (field: TextField, start: number, end: number, mention: Record<string, unknown>) =>
    out.push({
      kind: 'mention',
      id: field.taskId ?? field.pointer,
      mainFact: 'mention',
      facts: {
        plan,
        context,
        mention: { text: field.text.slice(start, end), ...(field.taskId ? { taskId: field.taskId } : {}), ...mention },
      },
      factPointers: { plan: '', mention: field.pointer },
      fieldSources: FIELD_SOURCES.mention,
      span: sourceSpan(field, start, end),
    });

  // First use of each abbreviation: spelled out there, "thủ tục hành chính (TTHC)"?
  for (const a of dataList<Abbreviation>(rulesets, 'abbreviations')) {
    if (!whole.includes(a.term)) continue;
    const re = compiled(`(?<![\\p{L}\\p{N}])${a.term}(?![\\p{L}\\p{N}])`, 'u');
    for (const f of fields) {
      const m = re.exec(f.text);
      if (!m) continue;
      add(f, m.index, m.index + a.term.length, {
        kind: 'abbreviation',
        term: a.term,
        expansion: a.expansions[0] ?? '',
        defined: spelledOut(f.text, m.index, a),
      });
      break;
    }
  }

  // A target's text that copies a printed sentence (the body's "Phấn đấu …") is the same defect:
  // reported where it is printed, not again at the copy.
  const printed = fields
    .filter((f) => f.part !== 'target')
    .map((f) => f.text)
    .join('\n');
  const copies = new Set(
    fields
      .filter((f) => f.part === 'target')
      .slice(0, MAX_COPY_CHECKS)
      .filter((f) => printed.includes(f.text.trim())),
  );
  // Misspellings that are not a diacritic's slip (a word missing or out of order, "truyền truyền"):
  // a reviewer-editable list.
  const misspelt = new Map<TextField, [number, number][]>();
  const misspellings = dataList<Misspelling>(rulesets, 'misspellings');
  const someMisspelt = anyOccurs(
    misspellings.map((s) => s.pattern),
    'gu',
  );
  for (const s of someMisspelt ? misspellings : []) {
    const re = compiled(s.pattern, 'gu');
    if (!occurs(re)) continue;
    for (const f of fields) {
      if (copies.has(f)) continue;
      for (const m of firstMatches(re, f.text, MAX_PER_FIELD)) {
        const spans = misspelt.get(f) ?? [];
        misspelt.set(f, spans);
        spans.push([m.index!, m.index! + m[0].length]);
        add(f, m.index!, m.index! + m[0].length, { kind: 'misspelling', suggestion: s.suggestion, knownMisspelling: true });
      }
    }
  }

  // A slip of a diacritic that still spells real syllables ("đơn đốc", "Công Dịch vụ công"): found
  // by method, from the phrase vocabulary of the domain (rules/vocabulary/phrases.json).
  const vocabulary = phraseVocabularyOf(rulesets);
  if (vocabulary)
    for (const f of fields) {
      if (copies.has(f)) continue;
      const spans = misspelt.get(f) ?? [];
      for (const slip of slipsOf(f.text, vocabulary).slice(0, MAX_PER_FIELD)) {
        if (spans.some(([a, b]) => a < slip.end && slip.start < b)) continue;
        spans.push([slip.start, slip.end]);
        misspelt.set(f, spans);
        add(f, slip.start, slip.end, { kind: 'misspelling', suggestion: slip.suggestion, knownMisspelling: true });
      }
    }

  // Repeated words of two syllables or more ("kiểm soát kiểm soát"); a repeated syllable is
  // ordinary Vietnamese ("phân công công việc") and is not reported.
  const allowed = new Set(dataList<string>(rulesets, 'repeatAllowed').map(normText));
  for (const f of fields) {
    // a handful per text is enough to show the fault; a pasted run of thousands is one problem
    for (const [start, end, words] of repeatsOf(f.text).slice(0, MAX_PER_FIELD)) {
      if ((misspelt.get(f) ?? []).some(([a, b]) => a < end && start < b)) continue;
      add(f, start, end, { kind: 'repeat', words, allowed: allowed.has(normText(f.text.slice(start, end))) });
    }
  }

  // District-level bodies, abolished from 1 July 2025.
  const districtPatterns = dataList<string>(rulesets, 'districtPatterns');
  for (const p of anyOccurs(districtPatterns, 'giu') ? districtPatterns : []) {
    const re = compiled(p, 'giu');
    if (!occurs(re)) continue;
    for (const f of fields) {
      for (const m of firstMatches(re, f.text, MAX_PER_FIELD)) {
        const around = f.text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 40);
        add(f, m.index!, m.index! + m[0].length, {
          kind: 'district',
          historical: regex('\\(cũ\\)|trước đây|trước khi sắp xếp|trước sắp xếp|trước ngày 01/7/2025').test(around),
        });
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
  if (a.expansions.some((e) => preceding.endsWith(normText(e)))) return true;
  // spelt out in other words ("Chỉ số năng lực cạnh tranh của phường (DDCI)"): a name of two
  // words or more right before the parenthesis counts as its definition
  return /\p{L}+[ \t]+\p{L}+$/u.test(preceding);
}

/**
 * The texts of the plan in document order with its printed titles: the decision's title first, the
 * plan's title before its first paragraph, the appendix title before the appendix (sections and
 * tasks). Titles are text a reader meets, so an abbreviation is first used, or spelt out, there.
 */
function withTitles(plan: PlanData, fields: readonly TextField[]): TextField[] {
  const titles = plan.plan.titles ?? {};
  const field = (key: 'decision' | 'plan' | 'appendix', part: TextField['part']): TextField[] => {
    const text = titles[key];
    if (typeof text !== 'string' || !text.trim()) return [];
    const clean = stripInvisible(text);
    return [{ pointer: `/plan/titles/${key}`, text: clean.text, part, ...(clean.kept ? { kept: clean.kept } : {}) }];
  };
  const before = (parts: TextField['part'][]) => {
    const i = fields.findIndex((f) => parts.includes(f.part));
    return i < 0 ? fields.length : i;
  };
  const out = [...fields];
  const appendixAt = before(['section', 'task', 'distribution']);
  out.splice(appendixAt, 0, ...field('appendix', 'section'));
  out.splice(before(['objectives', 'body', 'target', 'section', 'task', 'distribution']), 0, ...field('plan', 'objectives'));
  return [...field('decision', 'decision'), ...out];
}

/**
 * The lead and partners columns of each task, after the task's other texts: every column of the
 * appendix is text a reader meets ("liên có quan" in a partners cell is a typo like any other).
 */
function withUnitColumns(plan: PlanData, fields: TextField[]): TextField[] {
  const columns = new Map<string, TextField[]>();
  plan.tasks.forEach((task, i) => {
    const list: TextField[] = [];
    for (const role of ['lead', 'partners'] as const) {
      (task[role] ?? []).forEach((name, j) => {
        if (typeof name !== 'string' || !name.trim()) return;
        const clean = stripInvisible(name);
        list.push({
          pointer: `/tasks/${i}/${role}/${j}`,
          text: clean.text,
          part: 'task',
          taskId: task.id,
          ...(clean.kept ? { kept: clean.kept } : {}),
        });
      });
    }
    if (list.length) columns.set(`/tasks/${i}/`, list);
  });
  if (!columns.size) return fields;
  const out: TextField[] = [];
  const taskOf = (f: TextField | undefined) => (f ? /^\/tasks\/\d+\//.exec(f.pointer)?.[0] : undefined);
  fields.forEach((f, k) => {
    out.push(f);
    const mine = taskOf(f);
    if (mine && taskOf(fields[k + 1]) !== mine) {
      out.push(...(columns.get(mine) ?? []));
      columns.delete(mine);
    }
  });
  for (const rest of columns.values()) out.push(...rest);
  return out;
}

/**
 * The two scans of a text (diacritic slips, repeated words) depend on the text alone (and the
 * vocabulary): plans of one province share most of their paragraphs (legal bases, the province's
 * tasks copied by each commune), so a worker checking many plans scans each paragraph once. The
 * results are shared and never changed by their users. Bounded by the characters held.
 */
const MAX_MEMO_CHARS = 4_000_000;
let memoChars = 0;
const slipMemo = new WeakMap<PhraseVocabulary, Map<string, DiacriticSlip[]>>();
const repeatMemo = new Map<string, [number, number, string][]>();

function remember<T>(memo: Map<string, T>, text: string, value: T): T {
  if (memoChars + text.length > MAX_MEMO_CHARS) {
    repeatMemo.clear();
    memoChars = 0;
    memoGeneration++;
  }
  memoChars += text.length;
  memo.set(text, value);
  return value;
}
/** Bumped when the memos are emptied (each vocabulary's memo is then emptied at its next use). */
let memoGeneration = 0;
const slipMemoGeneration = new WeakMap<PhraseVocabulary, number>();

function slipsOf(text: string, vocabulary: PhraseVocabulary): DiacriticSlip[] {
  let memo = slipMemo.get(vocabulary);
  if (!memo || slipMemoGeneration.get(vocabulary) !== memoGeneration) {
    slipMemo.set(vocabulary, (memo = new Map<string, DiacriticSlip[]>()));
    slipMemoGeneration.set(vocabulary, memoGeneration);
  }
  return memo.get(text) ?? remember(memo, text, diacriticSlips(text, vocabulary));
}

function repeatsOf(text: string): [number, number, string][] {
  return repeatMemo.get(text) ?? remember(repeatMemo, text, repeatedPhrases(text));
}

/**
 * Phrases of 2 to 4 words written twice in a row ("kiểm soát kiểm soát"), found on a word list in
 * linear time rather than with a backtracking expression. The text is read once, character by
 * character, into runs of letters and whether only white space follows each (no object per word).
 */
export function repeatedPhrases(text: string): [number, number, string][] {
  const count = letterRuns(text);
  const { starts, ends, spaced } = RUNS;
  const same = (a: number, b: number) => {
    const la = ends[a]! - starts[a]!;
    if (la !== ends[b]! - starts[b]!) return false;
    for (let x = starts[a]!, y = starts[b]!, e = ends[a]!; x < e; x++, y++) if (text.charCodeAt(x) !== text.charCodeAt(y)) return false;
    return true;
  };
  const out: [number, number, string][] = [];
  for (let i = 0; i < count; i++) {
    for (let n = 2; n <= 4 && i + 2 * n <= count; n++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = same(i + k, i + n + k);
      // the words must be separated by white space only
      for (let k = i; k < i + 2 * n - 1 && ok; k++) ok = spaced[k] === 1;
      if (ok) {
        const last = i + 2 * n - 1;
        out.push([starts[i]!, ends[last]!, text.slice(starts[i]!, ends[i + n - 1]!)]);
        i += 2 * n - 1;
        break;
      }
    }
  }
  return out;
}

/** The runs of letters of the last text read by letterRuns; spaced[k]: only white space between run k and run k + 1. */
const RUNS = { starts: new Int32Array(256), ends: new Int32Array(256), spaced: new Uint8Array(256) };

/** Maximal runs of letters (\p{L}+) of a text into RUNS; returns their number. */
function letterRuns(text: string): number {
  const len = text.length;
  let n = 0;
  let i = 0;
  let gapSpaces = true; // the characters since the last run are all white space
  while (i < len) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
    const step = cp > 0xffff ? 2 : 1;
    if (classOf(cp) !== LETTER_CLASS) {
      if (gapSpaces && !isSpaceCode(cp)) gapSpaces = false;
      i += step;
      continue;
    }
    if (n > 0) RUNS.spaced[n - 1] = gapSpaces ? 1 : 0;
    const start = i;
    i += step;
    while (i < len) {
      let d = text.charCodeAt(i);
      if (d >= 0xd800 && d <= 0xdbff) d = text.codePointAt(i)!;
      if (classOf(d) !== LETTER_CLASS) break;
      i += d > 0xffff ? 2 : 1;
    }
    if (n === RUNS.starts.length) {
      const starts = new Int32Array(2 * n);
      const ends = new Int32Array(2 * n);
      const spaced = new Uint8Array(2 * n);
      starts.set(RUNS.starts);
      ends.set(RUNS.ends);
      spaced.set(RUNS.spaced);
      Object.assign(RUNS, { starts, ends, spaced });
    }
    RUNS.starts[n] = start;
    RUNS.ends[n] = i;
    RUNS.spaced[n] = 0;
    n++;
    gapSpaces = true;
  }
  return n;
}

/**
 * The first `max` matches of a global expression in `text`, as matchAll finds them, without
 * matchAll's copy of the expression per call (one call per pattern and text).
 */
function firstMatches(re: RegExp, text: string, max: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = re.exec(text))) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/** The index after `i`, a whole code point on with the u flag (as matchAll advances past an empty match). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

const regexCache = new Map<string, RegExp>();
/** Patterns from rule-set data, compiled once per process. */
function compiled(pattern: string, flags: string): RegExp {
  const key = `${flags}/${pattern}`;
  let re = regexCache.get(key);
  if (!re) regexCache.set(key, (re = new RegExp(pattern, flags)));
  return re;
}

const combinedCache = new Map<string, RegExp | null>();
/**
 * The patterns as one alternation (matches where any of them does), compiled once per process;
 * null where they cannot be joined safely (a back-reference or a named group, whose meaning the
 * joining would change, or a pattern that does not compile): then each is tried alone.
 */
function combined(patterns: string[], flags: string): RegExp | null {
  const key = `${flags}/${patterns.join('\u0000')}`;
  let re = combinedCache.get(key);
  if (re === undefined) {
    re = null;
    for (const p of patterns) compiled(p, flags); // a pattern that does not compile fails here, as alone
    if (!patterns.some((p) => /\\[1-9k]|\(\?</.test(p.replace(/\(\?<[=!]/g, '')))) {
      try {
        re = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags);
      } catch {
        re = null;
      }
    }
    combinedCache.set(key, re);
  }
  return re;
}
