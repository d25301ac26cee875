// The diacritic-slip finder as it was before its fast tokenizer (src/text/diacritics.ts): the
// reference that tests/diacritics-fast.test.ts compares the fast one with, text by text.
import { slipsFromReadings, syllables, SPELLING_THRESHOLDS, type DiacriticSlip, type PhraseVocabulary } from '../../src/text/diacritics.js';

const VIETNAMESE = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/;
const isVietnamese = (k: string) => VIETNAMESE.test(k);

/**
 * The pairs of a text whose diacritics differ from a far more likely known phrase with the same
 * letters. The syllables on either side decide between the two readings: the pair written is left
 * alone when, with its neighbours, it reads at least as well as the known phrase (a chain of
 * smoothed pair probabilities: "năm 2026" is not "nam 2026"); when the pair written is itself a
 * known phrase, a neighbour must also go with the other reading ("phần đầu của kế hoạch" stays,
 * "phần đầu đạt 100%" is "phấn đấu đạt").
 */
export function diacriticSlipsReference(text: string, vocab: PhraseVocabulary, limits = SPELLING_THRESHOLDS): DiacriticSlip[] {
  const s = syllables(text);
  const c = (a: string | undefined, b: string | undefined) => (a && b ? vocab.count(`${a} ${b}`) : 0);
  const letters = (k: number) => !!s[k] && isVietnamese(s[k].key);
  const key = (k: number) => s[k]?.key;
  /** Candidates: syllables i and j (j after i, or after i's slash alternative) read as a b. */
  const found: { i: number; j: number; a: string; b: string; gain: number; last: number }[] = [];
  const judge = (i: number, j: number) => {
    const x = s[i]!.key;
    const y = s[j]!.key;
    const written = `${x} ${y}`;
    const twins = vocab.twins(written);
    if (!twins.length) return; // most pairs: no other spelling of their letters is known
    const prev = s[i]!.joined ? key(i - 1) : undefined;
    const next = s[j + 1]?.joined ? key(j + 1) : undefined;
    const seen = vocab.count(written);
    for (const twin of twins) {
      if (!isFarMore(vocab.count(twin), seen, limits)) break; // twins come most frequent first
      if (vocab.cohesion(twin) < limits.cohesion) continue;
      const [a, b] = twin.split(' ') as [string, string];
      // with its neighbours, the known phrase must read far better than the pair written
      const gain = vocab.logChain([prev, a, b, next]) - vocab.logChain([prev, x, y, next]);
      if (gain < limits.gain) continue;
      // a known pair needs a neighbour that goes with the other reading
      if (seen > 0 && !(c(prev, a) > c(prev, x) || c(b, next) > c(y, next))) continue;
      found.push({ i, j, a, b, gain, last: j === i + 1 ? j : i + 1 }); // "Công/Trang": the slash's two sides
      return;
    }
  };
  for (let i = 0; i + 1 < s.length; i++) {
    if (!letters(i) || !letters(i + 1)) continue;
    if (s[i + 1]!.joined) judge(i, i + 1);
    // "Công/Trang thông tin": each side of the slash goes with the words after it
    else if (s[i + 1]!.slashed && s[i + 2]?.joined && letters(i + 2)) judge(i, i + 2);
  }
  return slipsFromReadings(found, s, text); // joining the readings into spans: unchanged, shared
}

function isFarMore(known: number, written: number, limits: typeof SPELLING_THRESHOLDS): boolean {
  return known >= limits.minCount && known >= limits.ratio * written;
}
