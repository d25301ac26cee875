import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readConfigSource } from '../yaml/read-config.js';
import { checkedRuleSetData } from '../rules/load-ruleset.js';
import { checkedRegistryFile } from '../legal/registry.js';
import { checkedVocabulary } from '../import/metric-vocabulary.js';
import { COMPILED_FORMAT, loaderFingerprint, type CompiledKind, type CompiledRules } from '../yaml/compiled-config.js';
import { DEFAULT_RULES_DIR } from '../rules/rules-dir.js';
import { compiledPhraseIndex } from '../rules/phrase-vocabulary.js';

/** What kind of file a path of the rules folder holds: legal/ the registry, vocabulary/ the vocabulary, else rule sets. */
export function compiledKindOf(rel: string): CompiledKind {
  const top = rel.split(sep)[0];
  return top === 'legal' ? 'registry' : top === 'vocabulary' ? 'vocabulary' : 'ruleset';
}

/** Every YAML file under a folder, sorted. */
export function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? yamlFilesUnder(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
}

/**
 * Compiles the rules folder: each file read from YAML and checked by its own loader. A file that
 * does not load, or whose data does not survive JSON unchanged, is left out (then read from YAML at
 * run time, with the same messages as ever) and listed in `skipped`.
 */
export function buildCompiledRules(rulesDir: string = DEFAULT_RULES_DIR): {
  table: CompiledRules;
  files: string[];
  skipped: { file: string; why: string }[];
} {
  const table: CompiledRules = {
    format: COMPILED_FORMAT,
    fingerprint: loaderFingerprint(),
    entries: { ruleset: {}, registry: {}, vocabulary: {}, phrases: {} },
  };
  const files: string[] = [];
  const skipped: { file: string; why: string }[] = [];
  for (const file of yamlFilesUnder(rulesDir)) {
    const kind = compiledKindOf(relative(rulesDir, file));
    try {
      const { text, sha256 } = readConfigSource(file);
      const form =
        kind === 'registry'
          ? checkedRegistryFile(file, text)
          : kind === 'vocabulary'
            ? checkedVocabulary(file, text)
            : checkedRuleSetData(file, text);
      const json = JSON.stringify(form);
      if (!isDeepStrictEqual(JSON.parse(json), form)) throw new Error('its data does not survive JSON unchanged');
      table.entries[kind][sha256] = json;
      files.push(file);
    } catch (err) {
      skipped.push({ file, why: (err as Error).message });
    }
  }
  // the phrase vocabularies (JSON), indexed
  const vocabularyDir = join(rulesDir, 'vocabulary');
  const phraseFiles = existsSync(vocabularyDir)
    ? readdirSync(vocabularyDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(vocabularyDir, f))
    : [];
  for (const file of phraseFiles) {
    try {
      const { sha256, index } = compiledPhraseIndex(file);
      table.entries.phrases[sha256] = JSON.stringify(index);
      files.push(file);
    } catch (err) {
      skipped.push({ file, why: (err as Error).message });
    }
  }
  return { table, files, skipped };
}
