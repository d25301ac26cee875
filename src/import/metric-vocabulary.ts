import { join } from 'node:path';
import { DEFAULT_RULES_DIR } from '../rules/discover.js';
import { RuleSetError } from '../errors/ruleset-error.js';
import type { WordMatch } from '../text/word-match.js';
import { parseConfigSource, readConfigSource } from '../yaml/read-config.js';
import { compiledEntry } from '../yaml/compiled-config.js';
import { both } from '../messages/index.js';

export interface MetricWords {
  id: string;
  words: WordMatch;
}

export const DEFAULT_VOCABULARY = join(DEFAULT_RULES_DIR, 'vocabulary', 'metrics.yaml');

/** The metric vocabulary (rules/vocabulary/metrics.yaml): metric ids and their usual wording, in order. */
export function loadMetricVocabulary(file: string = DEFAULT_VOCABULARY, compiled = true): MetricWords[] {
  const { text, sha256 } = readConfigSource(file);
  return (compiled ? compiledEntry<MetricWords[]>('vocabulary', sha256) : undefined) ?? checkedVocabulary(file, text);
}

/** The vocabulary of a file, parsed and checked: what the build compiles. */
export function checkedVocabulary(file: string, text: string): MetricWords[] {
  const src = parseConfigSource(file, text);
  const data = src.data as { metrics?: unknown } | undefined;
  const list = Array.isArray(data?.metrics) ? data.metrics : undefined;
  const bad = (i: number, field: string) => new RuleSetError(...both('import.vocabulary.badEntry', { n: i + 1, field }), file, 1, 1);
  if (!list) throw new RuleSetError(...both('import.vocabulary.noList'), file, 1, 1);
  return list.map((m: unknown, i: number) => {
    const e = m as { id?: unknown; words?: WordMatch };
    if (typeof e?.id !== 'string' || !/^[a-z][a-z0-9_]*$/.test(e.id)) throw bad(i, 'id');
    const w = e.words ?? {};
    const strings = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    if (!strings(w.all) || !strings(w.any) || !strings(w.none) || (!w.all?.length && !w.any?.length)) throw bad(i, 'words');
    return { id: e.id, words: w };
  });
}
