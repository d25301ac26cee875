import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { textFields } from '../plan/text-fields.js';
import type { PlanData } from '../plan/plan-types.js';
import { diacriticSlips, PhraseVocabulary, type PhraseSource, syllables, syllableKey, SPELLING_THRESHOLDS } from '../text/diacritics.js';
import { phraseSources, phraseVocabularyOf } from './phrase-sources.js';

/** A real typo of an example plan (VERDICTS.md): the file, the text's JSON pointer, the words written. */
export interface KnownTypo {
  file: string;
  pointer: string;
  written: string;
}

export interface SpellingFigures {
  /** Findings on the example plans, and those that are real typos. */
  precision: { findings: number; real: number; wrong: string[] };
  /** Typo variants made from correct sentences, and those found with the right correction. */
  recall: { variants: number; found: number; missed: string[] };
}

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const MARKS = ['\u0302', '\u0306', '\u031b'];

/** Every syllable one diacritic away: a tone dropped, changed or added; a vowel mark dropped; đ as d. */
export function oneDiacriticAway(syllable: string): string[] {
  const d = syllable.normalize('NFD');
  const out = new Set<string>();
  const tone = [...d].findIndex((ch) => TONES.includes(ch));
  if (tone >= 0) {
    const chars = [...d];
    out.add([...chars.slice(0, tone), ...chars.slice(tone + 1)].join(''));
    for (const t of TONES) if (t !== chars[tone]) out.add([...chars.slice(0, tone), t, ...chars.slice(tone + 1)].join(''));
  } else {
    const chars = [...d];
    let at = chars.findIndex((ch) => /[aeiouy]/i.test(ch));
    if (at >= 0) {
      while (MARKS.includes(chars[at + 1] ?? '')) at++; // after the vowel's own mark (ô + ́ = ố)
      for (const t of TONES) out.add([...chars.slice(0, at + 1), t, ...chars.slice(at + 1)].join(''));
    }
  }
  for (const m of MARKS) if (d.includes(m)) out.add(d.replace(m, ''));
  if (/đ/i.test(syllable)) out.add(d.replace('đ', 'd').replace('Đ', 'D'));
  return [...out].map((s) => s.normalize('NFC')).filter((s) => s !== syllable.normalize('NFC'));
}

const parsed = new Map<string, { pointer: string; text: string }[]>();
function planTexts(root: string, file: string): { pointer: string; text: string }[] {
  const path = join(root, file);
  let texts = parsed.get(path);
  if (!texts) {
    const plan = parse(readFileSync(path, 'utf8')) as PlanData;
    parsed.set(path, (texts = textFields(plan).map((f) => ({ pointer: f.pointer, text: f.text.normalize('NFC') }))));
  }
  return texts;
}

/**
 * Precision on the example plans (every finding must be one of the known typos) and recall on typo
 * variants of their correct sentences: in each, one syllable of a known phrase (a pair seen at
 * least twice) loses or changes one diacritic and still spells a syllable of the vocabulary, and
 * the pair it makes is no known phrase. `leaveOneOut`: each plan is judged with a vocabulary built
 * without it (text the vocabulary has never seen); otherwise with the shipped vocabulary.
 */
export function measureSpelling(
  root: string,
  plans: string[],
  typos: KnownTypo[],
  options: { vocabulary?: PhraseVocabulary; leaveOneOut?: boolean; maxVariantsPerPlan?: number; sources?: PhraseSource[] } = {},
): SpellingFigures {
  const figures: SpellingFigures = { precision: { findings: 0, real: 0, wrong: [] }, recall: { variants: 0, found: 0, missed: [] } };
  const cap = options.maxVariantsPerPlan ?? 150;
  const sources = options.sources ?? (options.leaveOneOut || !options.vocabulary ? phraseSources(root) : []);
  for (const file of plans) {
    const vocab = options.leaveOneOut
      ? phraseVocabularyOf(root, { leaveOut: [file], sources })
      : (options.vocabulary ?? phraseVocabularyOf(root, { sources }));
    const texts = planTexts(root, file);
    const mine = typos.filter((t) => t.file === file);
    const spoilt = new Set(mine.map((t) => t.pointer));
    for (const { pointer, text } of texts)
      for (const slip of diacriticSlips(text, vocab)) {
        const written = text.slice(slip.start, slip.end);
        figures.precision.findings++;
        if (mine.some((t) => t.pointer === pointer && (written.includes(t.written) || t.written.includes(written))))
          figures.precision.real++;
        else figures.precision.wrong.push(`${file} ${pointer}: "${written}" → "${slip.suggestion}"`);
      }
    // typo variants of the correct sentences, a fixed sample spread over the plan
    const syllableSet = new Set([...vocab.counts.keys()].flatMap((p) => p.split(' ')));
    const variants: { text: string; at: number; end: number; was: string }[] = [];
    for (const { pointer, text } of texts) {
      if (spoilt.has(pointer)) continue;
      const s = syllables(text);
      for (let i = 0; i + 1 < s.length; i++) {
        if (!s[i + 1]!.joined || vocab.count(`${s[i]!.key} ${s[i + 1]!.key}`) < SPELLING_THRESHOLDS.minCount) continue;
        for (const side of [i, i + 1]) {
          const w = text.slice(s[side]!.start, s[side]!.end);
          for (const v of oneDiacriticAway(w)) {
            const k = syllableKey(v);
            if (!syllableSet.has(k)) continue;
            const pair = side === i ? `${k} ${s[i + 1]!.key}` : `${s[i]!.key} ${k}`;
            if (vocab.count(pair) > 0) continue;
            variants.push({
              text: text.slice(0, s[side]!.start) + v + text.slice(s[side]!.end),
              at: s[side]!.start,
              end: s[side]!.start + v.length,
              was: w,
            });
          }
        }
      }
    }
    const step = Math.max(1, Math.floor(variants.length / cap));
    for (let n = 0; n < variants.length && n / step < cap; n += step) {
      const v = variants[n]!;
      figures.recall.variants++;
      const hit = diacriticSlips(v.text, vocab).some((f) => f.start <= v.at && v.end <= f.end && f.suggestion.includes(v.was));
      if (hit) figures.recall.found++;
      else figures.recall.missed.push(`${file}: "${v.text.slice(Math.max(0, v.at - 20), v.end + 20)}" (${v.was})`);
    }
  }
  return figures;
}
