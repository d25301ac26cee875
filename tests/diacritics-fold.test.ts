import { describe, expect, it } from 'vitest';
import { diacriticSlips, foldDiacritics, foldSlowly, syllableKey, syllables } from '../src/text/diacritics.js';
import { loadPhraseVocabulary } from '../src/rules/phrase-vocabulary.js';
import { ROOT } from './helpers/cli.js';
import { join } from 'node:path';

/**
 * Folding and syllable splitting are on a cold check's path: they are made character by character
 * and memoised, and must give exactly what their definitions give.
 */
describe('diacritic folding and syllables, the fast way', () => {
  it('foldDiacritics equals its definition on every character of the BMP, alone and between letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `Đ${ch}ô`, `${ch}\u0301`]) expect(foldDiacritics(s), c.toString(16)).toBe(foldSlowly(s));
    }
    for (const s of ['Kiểm Soát', 'ĐƠN ĐỐC', 'thuỷ lợi', 'ΣΟΦΌΣ hoá', 'İstanbul đê', 'năm 2026/2027'])
      expect(foldDiacritics(s)).toBe(foldSlowly(s));
  });

  it('syllables: keys, spans, joins and slashes as the definition says', () => {
    // the definition: every run of letters or of digits, the gap before it read as text
    const byDefinition = (text: string) => {
      let prevEnd = -1;
      return [...text.matchAll(/\p{L}+|\p{N}+/gu)].map((m) => {
        const gap = prevEnd < 0 ? '' : text.slice(prevEnd, m.index);
        prevEnd = m.index + m[0].length;
        return {
          key: /^\p{N}/u.test(m[0]) ? '#' : syllableKey(m[0]),
          start: m.index,
          end: m.index + m[0].length,
          joined: gap !== '' && /^[ \t]+$/.test(gap),
          slashed: gap === '/',
        };
      });
    };
    for (const text of ['Cổng/Trang  thông\ttin 2026abc, HOÁ-đơn  /x', '/a/ /b 1/2 c\u00a0d', '', '  Thuỷ lợi   ', 'a/b/c//d'])
      expect(syllables(text), text).toEqual(byDefinition(text));
  });

  it('slips are found the same when the text is met again (memoised keys and twins)', () => {
    const vocab = loadPhraseVocabulary(join(ROOT, 'rules', 'vocabulary', 'phrases.json'));
    const text = 'Tăng cường công tác kiếm soát thủ tục hành chính, đơn đốc thực hiện.';
    const first = diacriticSlips(text, vocab);
    expect(first.map((s) => s.suggestion)).toContain('kiểm soát');
    expect(diacriticSlips(text, vocab)).toEqual(first);
  });
});
