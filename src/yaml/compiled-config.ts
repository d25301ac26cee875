import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

/**
 * The rules folder compiled at build time (scripts/build-rules.mjs → dist/generated/rules.json):
 * for each shipped rule set, registry file and vocabulary, keyed by the SHA-256 of its bytes, the
 * form its loader made of it (for the phrase vocabulary, rules/vocabulary/*.json, its index) (checked, with the positions later messages need). A loader hashes the
 * file it is asked for and takes the compiled form when the hash is known; any other file (edited,
 * or given with --rules) is read from YAML as before. A compiled table made for other schemas,
 * operators or facts than this build's is ignored whole.
 */
export const COMPILED_RULES_FILE = join(packageRoot, 'dist', 'generated', 'rules.json');

/** Bumped when the shape of a compiled entry changes (3: the phrase vocabulary as flat lists). */
export const COMPILED_FORMAT = 3;
const FORMAT = COMPILED_FORMAT;

export type CompiledKind = 'ruleset' | 'registry' | 'vocabulary' | 'phrases';

export interface CompiledRules {
  format: number;
  /** What the compiled forms depend on besides the files: see loaderFingerprint(). */
  fingerprint: string;
  /** kind → file SHA-256 → JSON text of the compiled form (parsed on use, fresh for each load). */
  entries: Record<CompiledKind, Record<string, string>>;
}

/** A compiled registry file: its documents as written and where each one starts. */
export interface CompiledRegistryFile {
  documents: Record<string, unknown>[];
  /** [line, column] of each document, in order. */
  at: [number, number][];
}

/**
 * The schemas, operators and facts that decide whether a file loads, and what it loads to: the
 * schema files (the plan's too: fact paths are checked against it), the built facts table and its
 * path check, and the operator names, read as bytes (read rather than imported: they are data here).
 */
export function loaderFingerprint(): string {
  const h = createHash('sha256').update(`format ${FORMAT}\n`);
  for (const name of ['ruleset', 'registry', 'plan']) h.update(readFileSync(join(packageRoot, 'schema', `${name}.schema.json`)));
  for (const file of [join('facts', 'subject-facts.js'), join('facts', 'fact-paths.js'), join('rules', 'operators', 'index.js')])
    h.update(readFileSync(join(packageRoot, 'dist', file)));
  return h.digest('hex');
}

let table: CompiledRules | null | undefined;

function compiledTable(): CompiledRules | null {
  if (table !== undefined) return table;
  try {
    const t = JSON.parse(readFileSync(COMPILED_RULES_FILE, 'utf8')) as CompiledRules;
    table = t.format === FORMAT && t.fingerprint === loaderFingerprint() ? t : null;
  } catch {
    table = null;
  }
  return table;
}

/** The compiled form of a file of this kind with these bytes, or undefined (then read the YAML). */
export function compiledEntry<T>(kind: CompiledKind, sha256: string): T | undefined {
  const text = compiledTable()?.entries[kind][sha256];
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

/** Forgets the table read (for tests that rewrite it). */
export function resetCompiledRules(): void {
  table = undefined;
}
