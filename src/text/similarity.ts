import { normText } from './normalise.js';

/** Word overlap (Jaccard) of two texts, 0..1. */
export function similarity(a: string, b: string): number {
  const words = (s: string) =>
    new Set(
      normText(s)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
  const x = words(a);
  const y = words(b);
  if (!x.size && !y.size) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}
