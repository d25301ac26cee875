import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../errors/config-error.js';
import { both } from '../messages/index.js';
import { PhraseVocabulary, type CompiledPhrases } from '../text/diacritics.js';
import { compiledEntry } from '../yaml/compiled-config.js';
import type { RuleSet } from './ruleset-types.js';

/** A phrase vocabulary file (rules/vocabulary/phrases.json, made by scripts/build-phrase-vocabulary.mjs). */
export interface PhrasesFile {
  comment?: string;
  sources: string[];
  pairs: Record<string, number>;
}

const cache = new Map<string, { vocabulary: PhraseVocabulary; sha256: string }>();

/** Reads and checks a phrase vocabulary file, once per file and process; broken: a ConfigError (exit 2). */
export function loadPhraseVocabularyFile(file: string): { vocabulary: PhraseVocabulary; sha256: string } {
  const hit = cache.get(file);
  if (hit) return hit;
  const broken = ([vi, en]: [string, string]) => new ConfigError(vi, en, file, 1, 1);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw broken(both('rules.phrases.unreadable'));
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // the shipped file, checked and indexed at build time (scripts/build-rules.mjs): its counts are
  // in the compiled form, the file itself is not parsed
  const compiled = compiledEntry<CompiledPhrases>('phrases', sha256);
  const vocabulary = compiled ? PhraseVocabulary.fromCompiled(compiled) : PhraseVocabulary.fromRecord(checkedPairs(bytes, broken));
  const out = { vocabulary, sha256 };
  cache.set(file, out);
  return out;
}

/** The pairs of a phrase vocabulary file, checked; broken: the error `broken` makes of the message. */
function checkedPairs(bytes: Buffer, broken: (message: [string, string]) => Error): Record<string, number> {
  let data: Partial<PhrasesFile>;
  try {
    data = JSON.parse(bytes.toString('utf8')) as Partial<PhrasesFile>;
  } catch {
    throw broken(both('rules.phrases.notJson'));
  }
  const pairs = data?.pairs;
  if (!pairs || typeof pairs !== 'object' || Array.isArray(pairs)) throw broken(both('rules.phrases.noPairs'));
  for (const [pair, n] of Object.entries(pairs))
    if (!/^\S+ \S+$/u.test(pair) || !Number.isInteger(n) || n < 1) throw broken(both('rules.phrases.badEntry', { pair }));
  return pairs;
}

/**
 * A phrase vocabulary file as the build keeps it (checked like any load: a broken file throws): its
 * counts with what they give (CompiledPhrases), keyed by the file's SHA-256.
 */
export function compiledPhraseIndex(file: string): { sha256: string; index: CompiledPhrases } {
  const bytes = readFileSync(file);
  const pairs = checkedPairs(bytes, ([vi, en]) => new ConfigError(vi, en, file, 1, 1));
  return { sha256: createHash('sha256').update(bytes).digest('hex'), index: PhraseVocabulary.fromRecord(pairs).compiled() };
}

/**
 * The SHA-256 of a phrase vocabulary file, without building the vocabulary (a cached run's
 * fingerprint); unreadable: a ConfigError (exit 2), as loadPhraseVocabularyFile.
 */
export function phraseVocabularySha256(file: string): string {
  const hit = cache.get(file);
  if (hit) return hit.sha256;
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    const [vi, en] = both('rules.phrases.unreadable');
    throw new ConfigError(vi, en, file, 1, 1);
  }
}

/** The vocabulary of a file (for tools and measurements). */
export function loadPhraseVocabulary(file: string): PhraseVocabulary {
  return loadPhraseVocabularyFile(file).vocabulary;
}

/**
 * The phrase vocabulary files the rule sets in use name (data.phraseVocabulary, a path relative to
 * the rule file), resolved.
 */
export function phraseVocabularyFiles(rulesets: RuleSet[]): string[] {
  return rulesets.flatMap((rs) => {
    const p = rs.data.phraseVocabulary;
    return typeof p === 'string' && p ? [resolve(dirname(rs.file), p)] : [];
  });
}

/** The vocabulary of the rule sets in use: the last one named (a later rule set overrides), if any. */
export function phraseVocabularyOf(rulesets: RuleSet[]): PhraseVocabulary | undefined {
  const file = phraseVocabularyFiles(rulesets).at(-1);
  return file ? loadPhraseVocabularyFile(file).vocabulary : undefined;
}
