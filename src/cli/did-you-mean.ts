import { existsSync } from 'node:fs';
import { UsageError } from '../errors/usage-error.js';
import { both } from '../messages/index.js';

/** Edits (insert, delete, replace, swap two neighbours) between two short words. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The subcommand a mistyped word most likely meant (at most two edits, and fewer than half its letters). */
export function closestCommand(word: string, names: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 2 || w.length > 30 || /[/\\.*?]/.test(w)) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(w, name);
    if (distance > 2 || distance * 2 >= Math.max(w.length, name.length)) continue;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name;
}

/**
 * Stops (exit 2) on a word that is no file and looks like a mistyped subcommand ("dif"), instead of
 * reporting a missing plan.
 */
export function refuseCommandTypos(words: readonly string[], commands: readonly string[]): void {
  for (const word of words) {
    if (existsSync(word)) continue;
    const near = closestCommand(word, commands);
    if (near === word) throw new UsageError(...both('cli.commandFirst', { word }));
    if (near) throw new UsageError(...both('cli.commandTypo', { word, near }));
  }
}
