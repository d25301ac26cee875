import { toneOldStyle } from './normalise.js';
import { classOf } from './char-class.js';

/**
 * Misspellings found by method: a slip of a diacritic in Vietnamese usually leaves a real syllable
 * ("kiếm soát", "đơn đốc", "Công Dịch vụ"), so no syllable list can see it. What gives it away is
 * the pair of syllables: its letters without diacritics are those of a known phrase of the domain,
 * its diacritics are not, and the known phrase is far more likely there.
 *
 * The phrase vocabulary counts word pairs (bigrams) of administrative text (rules/vocabulary/,
 * built by scripts/build-phrase-vocabulary.mjs). Texts are compared in NFC, lower case, with the
 * tone mark in the old style ("hóa", "thủy"), so "hoá" and "hóa" are the same syllable.
 */

/**
 * A syllable of a text and where it is; `joined` when only spaces or tabs separate it from the one
 * before, `slashed` when a slash does ("Cổng/Trang"). A number is a syllable with key "#": "năm
 * 2026" is a pair like any other, and it tells "năm" (year) from "nam".
 */
export interface Syllable {
  /** Comparison form: NFC, lower case, old-style tone mark; "#" for a number. */
  key: string;
  start: number;
  end: number;
  joined: boolean;
  slashed: boolean;
}

/** A syllable (group 1) or a number. */
const TOKENS = /(\p{L}+)|\p{N}+/gu;
/** Letters of Vietnamese syllables; words with other letters (Latin abbreviations aside) are not compared. */
const VIETNAMESE = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/;

/**
 * Comparison forms already made: a plan's prose repeats a few thousand syllables, and the Unicode
 * normalisation and Vietnamese lower-casing of each is the costly part of reading it. Bounded: the
 * cache is emptied when it holds KEY_CACHE_SIZE syllables.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

/** The comparison form of a syllable: NFC, lower case, old-style tone mark. */
export function syllableKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = toneOldStyle(s.normalize('NFC').toLocaleLowerCase('vi'));
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

/** foldDiacritics of one character, by character code, as made by foldSlowly. */
const foldedChars = new Map<number, string>();

/**
 * A syllable's letters without diacritics ("đôn" → "don"): NFD, combining marks U+0300–U+036F
 * dropped, đ as d, lower case. Character by character for the Latin letters (U+0000–U+024F and
 * U+1E00–U+1EFF, where every step acts on each character alone: decomposition, the marks dropped,
 * context-free lower case), each character's form made once; any other character (a combining mark,
 * Greek, ...) sends the whole text the slow way.
 */
export function foldDiacritics(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 0x20) : s[i];
    else if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) {
      let f = foldedChars.get(c);
      if (f === undefined) foldedChars.set(c, (f = foldSlowly(s[i]!)));
      out += f;
    } else return foldSlowly(s);
  }
  return out;
}

/** foldDiacritics by its definition. */
export function foldSlowly(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The syllables of a text (NFC expected: plan values are NFC once loaded). */
export function syllables(text: string): Syllable[] {
  const out: Syllable[] = [];
  let prevEnd = -1;
  const tokens = new RegExp(TOKENS); // its own lastIndex
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      key: m[1] === undefined ? '#' : syllableKey(m[0]),
      start,
      end,
      joined: prevEnd >= 0 && start > prevEnd && onlyBlanks(text, prevEnd, start),
      slashed: start === prevEnd + 1 && text.charCodeAt(prevEnd) === 0x2f,
    });
    prevEnd = end;
  }
  return out;
}

/**
 * A syllable's comparison form and what diacriticSlips asks of it, made once per written form:
 * `id` numbers the form for the vocabulary's cache of pairs (no "a b" string is made for a pair
 * whose twins are already known).
 */
export interface SyllableToken {
  key: string;
  /** Letters of Vietnamese only (isVietnamese of the key). */
  viet: boolean;
  id: number;
}

const NUMBER_TOKEN: SyllableToken = Object.freeze({ key: '#', viet: false, id: 0 });
const tokenCache = new Map<string, SyllableToken>();
let nextTokenId = 1;
/** Bumped when token ids start again from 1 (the caches of pairs by id are then emptied). */
let tokenGeneration = 0;
const MAX_TOKEN_ID = 0x4000000;

function tokenOf(written: string): SyllableToken {
  let t = tokenCache.get(written);
  if (t === undefined) {
    if (tokenCache.size >= KEY_CACHE_SIZE) tokenCache.clear();
    if (nextTokenId >= MAX_TOKEN_ID) {
      tokenCache.clear();
      nextTokenId = 1;
      tokenGeneration++;
    }
    const key = syllableKey(written);
    t = { key, viet: isVietnamese(key), id: nextTokenId++ };
    tokenCache.set(written, t);
  }
  return t;
}

const JOINED = 1;
const SLASHED = 2;
/** The syllables of the last text tokenized, in arrays kept from one text to the next. */
const TOKENS_BUF = { starts: new Int32Array(256), ends: new Int32Array(256), flags: new Uint8Array(256), toks: [] as SyllableToken[] };

/**
 * syllables(text) into TOKENS_BUF, without an object per syllable nor a regular expression:
 * maximal runs of letters or of digits (TOKENS), read code point by code point. Returns their number.
 */
function tokenize(text: string): number {
  const buf = TOKENS_BUF;
  let n = 0;
  let prevEnd = -1;
  const len = text.length;
  let i = 0;
  while (i < len) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
    const k = classOf(cp);
    if (k === 3) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < len) {
      let d = text.charCodeAt(i);
      if (d >= 0xd800 && d <= 0xdbff) d = text.codePointAt(i)!;
      if (classOf(d) !== k) break;
      i += d > 0xffff ? 2 : 1;
    }
    if (n === buf.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (m: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      buf.starts = grow(buf.starts, (m) => new Int32Array(m));
      buf.ends = grow(buf.ends, (m) => new Int32Array(m));
      buf.flags = grow(buf.flags, (m) => new Uint8Array(m));
    }
    buf.starts[n] = start;
    buf.ends[n] = i;
    buf.flags[n] =
      (prevEnd >= 0 && start > prevEnd && onlyBlanks(text, prevEnd, start) ? JOINED : 0) |
      (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 0x2f ? SLASHED : 0);
    buf.toks[n] = k === 1 ? tokenOf(text.slice(start, i)) : NUMBER_TOKEN;
    n++;
    prevEnd = i;
  }
  return n;
}

/** Whether text[from, to) holds only spaces and tabs. */
function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** VIETNAMESE.test of each comparison form met (bounded like keyCache). */
const vietnameseKeys = new Map<string, boolean>();
function isVietnamese(k: string): boolean {
  let v = vietnameseKeys.get(k);
  if (v === undefined) {
    v = VIETNAMESE.test(k);
    if (vietnameseKeys.size >= KEY_CACHE_SIZE) vietnameseKeys.clear();
    vietnameseKeys.set(k, v);
  }
  return v;
}

const isWord = (k: string) => k === '#' || isVietnamese(k);

/** The word pairs of a text, as "a b" in comparison form: syllables (or numbers) separated by spaces only. */
export function bigramsOf(text: string): string[];
/** ... with the index of each pair's first syllable. */
export function bigramsOf(text: string, withIndex: true): { pair: string; at: number }[];
export function bigramsOf(text: string, withIndex = false): string[] | { pair: string; at: number }[] {
  const s = syllables(text.normalize('NFC'));
  const out: { pair: string; at: number }[] = [];
  for (let i = 1; i < s.length; i++)
    if (s[i]!.joined && isWord(s[i - 1]!.key) && isWord(s[i]!.key) && (s[i - 1]!.key !== '#' || s[i]!.key !== '#'))
      out.push({ pair: `${s[i - 1]!.key} ${s[i]!.key}`, at: i - 1 });
  return withIndex ? out : out.map((p) => p.pair);
}

/** What a PhraseVocabulary derives from its counts, as plain data (PhraseVocabulary.index()). */
export interface PhraseIndex {
  /** Folded form → the pairs that share it, most frequent first. */
  byFold: Record<string, string[]>;
  starts: Record<string, number>;
  ends: Record<string, number>;
}

/**
 * A vocabulary with what it derives from its counts, made at build time for the shipped vocabulary
 * (scripts/build-rules.mjs → dist/generated/rules.json) as flat lists that a cold start reads with
 * one JSON.parse and one loop: folding thousands of pairs, or reading them as objects of thousands
 * of keys and copying those into maps, is a large part of a cold check otherwise.
 */
export interface CompiledPhrases {
  /** Each folded form, how many pairs share it, then those pairs and their counts, most frequent first: [fold, n, pair, count, …, fold, …]. */
  groups: (string | number)[];
  /** [syllable, how often it starts a pair, …] */
  starts: (string | number)[];
  /** [syllable, how often it ends a pair, …] */
  ends: (string | number)[];
}

/** Word-pair counts of administrative text, and the pairs that share each folded form. */
export class PhraseVocabulary {
  private readonly byFold: Map<string, string[]>;
  /** How often each syllable starts a pair. */
  private readonly starts: Map<string, number>;
  /** How often each syllable ends a pair. */
  private readonly ends: Map<string, number>;
  /** twins() of the pairs asked about (a plan's prose repeats its pairs). */
  private readonly twinsOf = new Map<string, string[]>();
  /** twins() by the ids of the pair's two syllables (twinsOfTokens). */
  private readonly twinsById = new Map<number, string[]>();
  private twinsGeneration = tokenGeneration;
  /** `derived`: what the counts give, already made (fromCompiled; not checked). */
  constructor(
    readonly counts: ReadonlyMap<string, number>,
    derived?: { byFold: Map<string, string[]>; starts: Map<string, number>; ends: Map<string, number> },
  ) {
    if (derived) {
      this.byFold = derived.byFold;
      this.starts = derived.starts;
      this.ends = derived.ends;
      return;
    }
    this.byFold = new Map();
    this.starts = new Map();
    this.ends = new Map();
    for (const [pair, n] of counts) {
      const key = foldDiacritics(pair);
      const list = this.byFold.get(key);
      if (list) list.push(pair);
      else this.byFold.set(key, [pair]);
      const first = pair.slice(0, pair.indexOf(' '));
      this.starts.set(first, (this.starts.get(first) ?? 0) + n);
      const last = pair.slice(pair.indexOf(' ') + 1);
      this.ends.set(last, (this.ends.get(last) ?? 0) + n);
    }
    for (const list of this.byFold.values()) list.sort((a, b) => this.count(b) - this.count(a) || (a < b ? -1 : 1));
  }

  /** The vocabulary of a compiled form (this.compiled() of a vocabulary; not checked). */
  static fromCompiled(c: CompiledPhrases): PhraseVocabulary {
    const counts = new Map<string, number>();
    const byFold = new Map<string, string[]>();
    const g = c.groups;
    for (let i = 0; i < g.length;) {
      const fold = g[i] as string;
      const n = g[i + 1] as number;
      const list: string[] = new Array<string>(n);
      i += 2;
      for (let k = 0; k < n; k++, i += 2) {
        const pair = g[i] as string;
        list[k] = pair;
        counts.set(pair, g[i + 1] as number);
      }
      byFold.set(fold, list);
    }
    const map = (flat: (string | number)[]) => {
      const m = new Map<string, number>();
      for (let i = 0; i < flat.length; i += 2) m.set(flat[i] as string, flat[i + 1] as number);
      return m;
    };
    return new PhraseVocabulary(counts, { byFold, starts: map(c.starts), ends: map(c.ends) });
  }

  /** The counts and what they give, as flat lists (JSON): see CompiledPhrases. */
  compiled(): CompiledPhrases {
    const groups: (string | number)[] = [];
    for (const [fold, list] of this.byFold) {
      groups.push(fold, list.length);
      for (const pair of list) groups.push(pair, this.count(pair));
    }
    const flat = (m: Map<string, number>) => [...m].flat();
    return { groups, starts: flat(this.starts), ends: flat(this.ends) };
  }

  /** How much the two syllables of a pair go together (Dice): 1 when each is only ever seen with the other. */
  cohesion(pair: string): number {
    const i = pair.indexOf(' ');
    const n = this.count(pair);
    return n ? (2 * n) / ((this.starts.get(pair.slice(0, i)) ?? 0) + (this.ends.get(pair.slice(i + 1)) ?? 0)) : 0;
  }

  /** log P(b | a), add-half smoothed over the syllables that start a pair. */
  logNext(a: string, b: string): number {
    const v = this.starts.size + 1;
    return Math.log((this.count(`${a} ${b}`) + 0.5) / ((this.starts.get(a) ?? 0) + 0.5 * v));
  }

  /** log-likelihood of a run of syllables, pair by pair. */
  logChain(words: (string | undefined)[]): number {
    const w = words.filter((x): x is string => !!x);
    let sum = 0;
    for (let k = 1; k < w.length; k++) sum += this.logNext(w[k - 1]!, w[k]!);
    return sum;
  }

  static fromRecord(record: Record<string, number>): PhraseVocabulary {
    return new PhraseVocabulary(new Map(Object.entries(record)));
  }

  /** What the constructor derives from the counts, as plain data (JSON). */
  index(): PhraseIndex {
    return { byFold: Object.fromEntries(this.byFold), starts: Object.fromEntries(this.starts), ends: Object.fromEntries(this.ends) };
  }

  count(pair: string): number {
    return this.counts.get(pair) ?? 0;
  }

  /** twins() of the pair of two syllables, without making its string when it was asked before. */
  twinsOfTokens(a: SyllableToken, b: SyllableToken): string[] {
    if (this.twinsGeneration !== tokenGeneration) {
      this.twinsById.clear();
      this.twinsGeneration = tokenGeneration;
    }
    const id = a.id * MAX_TOKEN_ID + b.id;
    let out = this.twinsById.get(id);
    if (out === undefined) {
      out = this.twins(`${a.key} ${b.key}`);
      if (this.twinsById.size >= KEY_CACHE_SIZE) this.twinsById.clear();
      this.twinsById.set(id, out);
    }
    return out;
  }

  /** Known pairs with the same letters as `pair` but other diacritics, most frequent first. */
  twins(pair: string): string[] {
    let out = this.twinsOf.get(pair);
    if (out === undefined) {
      const list = this.byFold.get(foldDiacritics(pair));
      out = list && list.length > 1 ? list.filter((p) => p !== pair) : list?.[0] === pair || !list ? [] : list;
      if (this.twinsOf.size >= KEY_CACHE_SIZE) this.twinsOf.clear();
      this.twinsOf.set(pair, out);
    }
    return out;
  }
}

/** How much more likely the known phrase must be than the pair written. */
export const SPELLING_THRESHOLDS = {
  /** The known phrase is seen at least this many times. */
  minCount: 2,
  /** ... and at least this many times as often as the pair written, when that pair is known too. */
  ratio: 4,
  /** Its two syllables go together (Dice coefficient): a phrase, not two words side by side. */
  cohesion: 0.04,
  /** With the neighbours, it reads at least e^gain times as likely as the pair written. */
  gain: 2,
};

export interface DiacriticSlip {
  /** Span of the pair written, in the text. */
  start: number;
  end: number;
  /** The known phrase, with the capitals of the text. */
  suggestion: string;
}

/**
 * The pairs of a text whose diacritics differ from a far more likely known phrase with the same
 * letters. The syllables on either side decide between the two readings: the pair written is left
 * alone when, with its neighbours, it reads at least as well as the known phrase (a chain of
 * smoothed pair probabilities: "năm 2026" is not "nam 2026"); when the pair written is itself a
 * known phrase, a neighbour must also go with the other reading ("phần đầu của kế hoạch" stays,
 * "phần đầu đạt 100%" is "phấn đấu đạt").
 */
export function diacriticSlips(text: string, vocab: PhraseVocabulary, limits = SPELLING_THRESHOLDS): DiacriticSlip[] {
  const n = tokenize(text);
  const { starts, ends, flags, toks } = TOKENS_BUF;
  const joinedAt = (k: number) => k < n && (flags[k]! & JOINED) !== 0;
  const keyAt = (k: number) => (k < n ? toks[k]!.key : undefined);
  const c = (a: string | undefined, b: string | undefined) => (a && b ? vocab.count(`${a} ${b}`) : 0);
  /** Candidates: syllables i and j (j after i, or after i's slash alternative) read as a b. */
  const found: SlipReading[] = [];
  const judge = (i: number, j: number) => {
    const twins = vocab.twinsOfTokens(toks[i]!, toks[j]!);
    if (!twins.length) return; // most pairs: no other spelling of their letters is known
    const x = toks[i]!.key;
    const y = toks[j]!.key;
    const written = `${x} ${y}`;
    const prev = joinedAt(i) ? keyAt(i - 1) : undefined;
    const next = joinedAt(j + 1) ? keyAt(j + 1) : undefined;
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
  for (let i = 0; i + 1 < n; i++) {
    if (!toks[i]!.viet || !toks[i + 1]!.viet) continue;
    if ((flags[i + 1]! & JOINED) !== 0) judge(i, i + 1);
    // "Công/Trang thông tin": each side of the slash goes with the words after it
    else if ((flags[i + 1]! & SLASHED) !== 0 && joinedAt(i + 2) && toks[i + 2]!.viet) judge(i, i + 2);
  }
  if (!found.length) return [];
  const s = Array.from({ length: n }, (_, k) => ({ key: toks[k]!.key, start: starts[k]!, end: ends[k]! }));
  return slipsFromReadings(found, s, text);
}

/** A pair judged a slip: syllables i and j of a text read as a and b, by how much (gain), up to syllable `last`. */
export interface SlipReading {
  i: number;
  j: number;
  a: string;
  b: string;
  gain: number;
  last: number;
}

/**
 * The slips of a text from the pairs judged (however its syllables were found): the most telling
 * reading of each syllable wins, readings that agree on a shared syllable join into one span.
 */
export function slipsFromReadings(
  found: SlipReading[],
  s: readonly { key: string; start: number; end: number }[],
  text: string,
): DiacriticSlip[] {
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

/** Texts the vocabulary is counted from; `trusted` texts are edited with care (rule sets, registry). */
export interface PhraseSource {
  name: string;
  trusted: boolean;
  texts: string[];
}

/**
 * Word-pair counts of the sources, sorted by pair. The example plans are signed documents and keep
 * their typos, so they count with care:
 * - where the trusted sources (rule sets, registry, metric vocabulary, written domain phrases)
 *   know two spellings of the same letters ("phấn đấu", "phần đầu"), only they are counted;
 * - a spelling of the plans that the trusted sources do not know, seen in one plan only, is left
 *   out when a spelling of the same letters is seen at least twice as often: a typo is one
 *   drafter's, the phrase it spoils is everybody's.
 */
export function buildPhraseVocabulary(sources: PhraseSource[], limits = SPELLING_THRESHOLDS): Record<string, number> {
  const trusted = new Map<string, number>();
  for (const src of sources.filter((x) => x.trusted))
    for (const t of src.texts) for (const p of bigramsOf(t)) trusted.set(p, (trusted.get(p) ?? 0) + 1);
  const known = new PhraseVocabulary(trusted);
  const ambiguous = (pair: string) => known.twins(pair).length > (trusted.has(pair) ? 0 : 1);
  const counts = new Map(trusted);
  const plansOf = new Map<string, number>();
  for (const src of sources.filter((x) => !x.trusted)) {
    const here = new Set<string>();
    for (const t of src.texts) {
      const pairs = bigramsOf(t, true);
      // a spelling the trusted sources know two ways ("phần đầu", "phấn đấu"), and its neighbours
      const doubtful = new Set(pairs.filter((p) => ambiguous(p.pair)).flatMap((p) => [p.at - 1, p.at, p.at + 1]));
      for (const { pair, at } of pairs) {
        if (doubtful.has(at)) continue;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
        here.add(pair);
      }
    }
    for (const p of here) plansOf.set(p, (plansOf.get(p) ?? 0) + 1);
  }
  const all = new PhraseVocabulary(counts);
  const cleaning = { ...limits, ratio: 2 };
  const kept = [...counts].filter(
    ([pair, n]) => trusted.has(pair) || (plansOf.get(pair) ?? 0) > 1 || !all.twins(pair).some((t) => isFarMore(all.count(t), n, cleaning)),
  );
  return Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function isFarMore(known: number, written: number, limits: typeof SPELLING_THRESHOLDS): boolean {
  return known >= limits.minCount && known >= limits.ratio * written;
}
