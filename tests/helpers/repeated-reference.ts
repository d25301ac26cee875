// repeatedPhrases of src/engine/subjects/mention-subjects.ts as it was (text.split on a regular
// expression): the reference of tests/diacritics-fast.test.ts.
/**
 * Phrases of 2 to 4 words written twice in a row ("kiểm soát kiểm soát"), found on a word list in
 * linear time rather than with a backtracking expression. The text is split once into words and
 * what lies between them (no object per word).
 */
export function repeatedPhrasesReference(text: string): [number, number, string][] {
  // parts[2k + 1] is word k; parts[2k] what precedes it, parts[2k + 2] what follows it
  const parts = text.split(WORD);
  const count = (parts.length - 1) / 2;
  const word = (k: number) => parts[2 * k + 1]!;
  const spacesAfter = (k: number) => {
    const gap = parts[2 * k + 2]!;
    return gap === ' ' || ALL_SPACE.test(gap);
  };
  let starts: Int32Array | undefined;
  const start = (k: number) => {
    if (!starts) {
      starts = new Int32Array(count);
      let at = 0;
      for (let j = 0; j < count; j++) {
        at += parts[2 * j]!.length;
        starts[j] = at;
        at += parts[2 * j + 1]!.length;
      }
    }
    return starts[k]!;
  };
  const out: [number, number, string][] = [];
  for (let i = 0; i < count; i++) {
    for (let n = 2; n <= 4 && i + 2 * n <= count; n++) {
      let same = true;
      for (let k = 0; k < n && same; k++) same = word(i + k) === word(i + n + k);
      // the words must be separated by spaces only
      for (let k = i; k < i + 2 * n - 1 && same; k++) same = spacesAfter(k);
      if (same) {
        const last = i + 2 * n - 1;
        out.push([start(i), start(last) + word(last).length, text.slice(start(i), start(i + n - 1) + word(i + n - 1).length)]);
        i += 2 * n - 1;
        break;
      }
    }
  }
  return out;
}

const WORD = /(\p{L}+)/u;
const ALL_SPACE = /^\s+$/;
