import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { isPlanFile } from '../cli/plan-files.js';

/**
 * Files, folders and globs to the plan files they name, sorted and without repeats. Folders are
 * walked (hidden folders and node_modules skipped, symbolic-link loops visited once) and keep only
 * YAML files that hold a plan; files named explicitly are always kept, so a bad one is reported.
 */
export function expandInputs(inputs: string[]): string[] {
  const out = new Set<string>();
  for (const input of inputs) {
    if (/[*?[\]{}]/.test(input)) {
      for (const f of globSync(input, { onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })) out.add(f);
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch {
      out.add(input); // reported as missing by the loader
      continue;
    }
    if (st.isDirectory()) for (const f of walk(input, new Set())) out.add(f);
    else out.add(input);
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function walk(dir: string, seen: Set<string>): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue; // dangling or looping link
      }
    }
    if (isDir) out.push(...walk(path, seen));
    else if (/\.ya?ml$/i.test(e.name) && isPlanFile(path)) out.push(path);
  }
  return out;
}
