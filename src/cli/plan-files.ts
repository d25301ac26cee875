import { readFileSync } from 'node:fs';

/** A changed file worth checking: YAML whose top level has a `plan:` key. */
export function isPlanFile(file: string): boolean {
  if (!/\.ya?ml$/i.test(file)) return false;
  try {
    return /^plan:\s*$/m.test(readFileSync(file, 'utf8').slice(0, 200_000));
  } catch {
    return false;
  }
}
