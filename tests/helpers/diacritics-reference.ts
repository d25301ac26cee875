// The diacritic-slip finder as it was before its fast tokenizer (src/text/diacritics.ts): the
// reference that tests/diacritics-fast.test.ts compares the fast one with, text by text.
import { syllables, SPELLING_THRESHOLDS, type DiacriticSlip, type PhraseVocabulary } from '../../src/text/diacritics.js';

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
  // the most telling reading of each syllable wins; readings that agree on a shared syllable join
  const reading = new Map<number, string>();
  const group = new Map<number, number>();
  const lastOf = new Map<number, number>();
  found.sort((p, q) => q.gain - p.gain || p.i - q.i);
  for (const f of found) {
    const agrees = (k: number, w: string) => !reading.has(k) || reading.get(k) === w;
    if (!agrees(f.i, f.a) || !agrees(f.j, f.b)) continue;
    const g = group.get(f.i) ?? group.get(f.j) ?? f.i;
    for (const [k, w] of [
      [f.i, f.a],
      [f.j, f.b],
    ] as const) {
      reading.set(k, w);
      group.set(k, g);
    }
    lastOf.set(g, Math.max(lastOf.get(g) ?? 0, f.last));
  }
  const spans = new Map<number, number[]>();
  for (const [k, g] of group) {
    const list = spans.get(g);
    if (list) list.push(k);
    else spans.set(g, [k]);
  }
  const out: DiacriticSlip[] = [];
  for (const [g, all] of spans) {
    const last = lastOf.get(g)!;
    const ks = all.filter((k) => k <= last).sort((p, q) => p - q);
    // the span starts at the first syllable that changes, two syllables at least
    const changed = ks.filter((k) => reading.get(k) !== s[k]!.key);
    if (!changed.length) continue;
    let first = changed[0]!;
    if (first === last) first = ks[ks.length - 2] ?? first - 1;
    const suggestion: string[] = [];
    for (let k = first; k <= last; k++) {
      const written = text.slice(s[k]!.start, s[k]!.end);
      const w = reading.get(k);
      suggestion.push(
        (w === undefined || w === s[k]!.key ? written : withCapitals(written, w)) +
          (k < last ? text.slice(s[k]!.end, s[k + 1]!.start) : ''),
      );
    }
    out.push({ start: s[first]!.start, end: s[last]!.end, suggestion: suggestion.join('') });
  }
  return out.sort((p, q) => p.start - q.start);
}

/** The known syllable with the capital of the written one. */
function withCapitals(written: string, known: string): string {
  const first = written[0];
  return first && first !== first.toLocaleLowerCase('vi') ? known[0]!.toLocaleUpperCase('vi') + known.slice(1) : known;
}

function isFarMore(known: number, written: number, limits: typeof SPELLING_THRESHOLDS): boolean {
  return known >= limits.minCount && known >= limits.ratio * written;
}
