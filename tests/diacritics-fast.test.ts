import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { diacriticSlips } from '../src/text/diacritics.js';
import { loadPhraseVocabulary } from '../src/rules/phrase-vocabulary.js';
import { diacriticSlipsReference } from './helpers/diacritics-reference.js';
import { repeatedPhrasesReference } from './helpers/repeated-reference.js';
import { repeatedPhrases } from '../src/engine/subjects/mention-subjects.js';

/**
 * diacriticSlips and repeatedPhrases read a text with their own scanners (no regular expression,
 * no object per syllable or word; twins cached by syllable ids): they must find exactly what the
 * plain reading finds.
 */
const ROOT = join(import.meta.dirname, '..');
const vocabulary = loadPhraseVocabulary(join(ROOT, 'rules', 'vocabulary', 'phrases.json'));

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

describe('diacritic slips and repeated words, the fast way', () => {
  it('every text of the example plans, as written, in NFD and in capitals', () => {
    for (const f of ['2026.yaml', 'ninh-giang-kstthc-2026.yaml', 'nam-do-son-cchc-2026.yaml']) {
      for (const text of strings(parse(readFileSync(join(ROOT, 'plans', f), 'utf8')))) {
        for (const t of [text, text.normalize('NFD'), text.toUpperCase(), text.replace(/ /g, '/')])
          expect(diacriticSlips(t, vocabulary), t).toEqual(diacriticSlipsReference(t, vocabulary));
        expect(repeatedPhrases(text + ' ' + text), text).toEqual(repeatedPhrasesReference(text + ' ' + text));
      }
    }
  });

  it('generated texts: syllables of the vocabulary with slips, digits, slashes, odd letters and surrogates', () => {
    const pairs = [...vocabulary.counts.keys()].slice(0, 3000);
    const syllable = fc.oneof(
      fc.constantFrom(...pairs.flatMap((p) => p.split(' '))),
      fc.constantFrom('kiếm', 'soát', 'đơn', 'đốc', 'Công', 'Dịch', 'phần', 'đầu', 'HOÁ', 'thuỷ', 'năm', 'nam'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.constantFrom('2026', '12', '𝐀𝐁', '\ud800', 'ΣΟΦ', 'a\u0301', 'İ', '٣'),
    );
    const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '/', ', ', '\n', '\u00a0', '', '-', ' / ');
    const text = fc.array(fc.tuple(syllable, gap), { maxLength: 30 }).map((xs) => xs.map(([s, g]) => s + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(diacriticSlips(t, vocabulary)).toEqual(diacriticSlipsReference(t, vocabulary));
        for (const r of [t, `${t} ${t}`, `${t.slice(0, 12)}\u3000${t}`]) expect(repeatedPhrases(r)).toEqual(repeatedPhrasesReference(r));
      }),
      { numRuns: 3000, seed: 14 },
    );
  });
});
