import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../errors/config-error.js';
import { both } from '../messages/index.js';
import { PhraseVocabulary } from '../text/diacritics.js';
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
  const out = { vocabulary: PhraseVocabulary.fromRecord(pairs), sha256: createHash('sha256').update(bytes).digest('hex') };
  cache.set(file, out);
  return out;
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
