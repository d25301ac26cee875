import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { createRequire } from 'node:module';
import { isPlanCandidate } from './plan-candidate.js';

/** The glob library, loaded only when a pattern is given (most runs name files and folders). */
const globSync = (pattern: string, options: import('tinyglobby').GlobOptions): string[] =>
  (createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby')).globSync(pattern, options);

export interface ExpandOptions {
  /** Follow symbolic links that lead out of the folder given (default: stay inside it). */
  followSymlinks?: boolean;
  /** Told of each symbolic link left out because it leads out of its folder. */
  onSkippedLink?: (link: string) => void;
  /** Told the SHA-256 of each plan file read while walking a folder (isPlanCandidate). */
  hashes?: Map<string, string>;
}

/**
 * Files, folders and globs to the plan files they name, sorted and without repeats. Folders are
 * walked (hidden folders and node_modules skipped, symbolic-link loops visited once, links out of
 * the folder left alone unless followSymlinks) and keep the YAML files that hold a plan or cannot
 * be told from a broken one (isPlanCandidate); files named explicitly are always kept, so a bad one
 * is reported.
 */
export function expandInputs(inputs: string[], options: ExpandOptions = {}): string[] {
  const out = new Set<string>();
  for (const input of inputs) {
    if (/[*?[\]{}]/.test(input)) {
      const follow = !!options.followSymlinks;
      for (const f of globSync(input, { onlyFiles: true, dot: false, followSymbolicLinks: follow, ignore: ['**/node_modules/**'] }))
        out.add(f);
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch {
      out.add(input); // reported as missing by the loader
      continue;
    }
    if (st.isDirectory()) {
      let root: string;
      try {
        root = realpathSync(input);
      } catch {
        out.add(input);
        continue;
      }
      for (const f of walk(input, { root, seen: new Set(), ...options })) out.add(f);
    } else out.add(input);
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

interface Walk extends ExpandOptions {
  /** The real path of the folder given: links are followed only to places inside it. */
  root: string;
  seen: Set<string>;
}

const inside = (root: string, real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

function walk(dir: string, w: Walk): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return [];
  }
  if (w.seen.has(real)) return [];
  w.seen.add(real);
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
      let target: string;
      try {
        target = realpathSync(path);
        isDir = statSync(target).isDirectory();
      } catch {
        if (/\.ya?ml$/i.test(e.name)) out.push(path); // a dangling link named as a plan: reported, not skipped
        continue;
      }
      if (!w.followSymlinks && !inside(w.root, target)) {
        w.onSkippedLink?.(path);
        continue;
      }
    }
    if (isDir) out.push(...walk(path, w));
    else if (/\.ya?ml$/i.test(e.name) && isPlanCandidate(path, w.hashes)) out.push(path);
  }
  return out;
}
