import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { buildPhraseVocabulary, PhraseVocabulary, type PhraseSource } from '../text/diacritics.js';

/** The phrase vocabulary shipped with the tool, relative to the rules folder. */
export const PHRASES_FILE = join('vocabulary', 'phrases.json');
/** Administrative phrases written for the vocabulary (one sentence or phrase a line, # comments). */
export const DOMAIN_PHRASES_FILE = join('vocabulary', 'domain-phrases.txt');

/**
 * Keys whose strings are not prose of the domain: identifiers, patterns, addresses, fixtures (an
 * invalid example holds a typo on purpose), lists of misspellings, the encoder's notes, English.
 */
const SKIP_KEYS = new Set([
  'id',
  'ref',
  'url',
  'source_url',
  'file',
  'pattern',
  'patterns',
  'districtPatterns',
  'misspellings',
  'examples',
  'notes',
  'en',
  'sha256',
  'metric',
]);

/** Every prose string of a parsed YAML value; templates' `{{…}}` break a text in two. */
function strings(value: unknown, key = ''): string[] {
  if (SKIP_KEYS.has(key)) return [];
  if (typeof value === 'string') return /\\|\(\?/.test(value) ? [] : value.split(/\{\{[^}]*\}\}/);
  if (Array.isArray(value)) return value.flatMap((v) => strings(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
}

/**
 * The texts the phrase vocabulary is counted from, under a checkout's root: the rule sets (core,
 * signing, parent plans), the legal registry's titles and names, the metric vocabulary and the
 * written domain phrases (trusted), and the example plans (signed documents, typos included).
 */
export function phraseSources(root: string, options: { leaveOut?: string[] } = {}): PhraseSource[] {
  const rulesDir = join(root, 'rules');
  const leaveOut = new Set(options.leaveOut ?? []);
  const read = (file: string) => parse(readFileSync(file, 'utf8')) as unknown;
  const out: PhraseSource[] = [];
  for (const file of yamlFiles(rulesDir)) {
    const rel = relative(root, file);
    if (leaveOut.has(rel)) continue;
    out.push({ name: rel, trusted: true, texts: strings(read(file)) });
  }
  const domain = join(rulesDir, DOMAIN_PHRASES_FILE);
  if (existsSync(domain))
    out.push({
      name: relative(root, domain),
      trusted: true,
      texts: readFileSync(domain, 'utf8')
        .split('\n')
        .filter((l) => !l.startsWith('#')),
    });
  const plans = join(root, 'plans');
  for (const file of existsSync(plans) ? readdirSync(plans).sort() : []) {
    const rel = join('plans', basename(file));
    if (!/\.ya?ml$/.test(file) || leaveOut.has(rel)) continue;
    out.push({ name: rel, trusted: false, texts: strings(read(join(plans, file))) });
  }
  return out;
}

/** The phrase vocabulary of a checkout (what scripts/build-phrase-vocabulary.mjs writes). */
export function buildPhrasesFile(
  root: string,
  options: { leaveOut?: string[]; sources?: PhraseSource[] } = {},
): { sources: string[]; pairs: Record<string, number> } {
  const leaveOut = new Set(options.leaveOut ?? []);
  const sources = options.sources ? options.sources.filter((s) => !leaveOut.has(s.name)) : phraseSources(root, options);
  return { sources: sources.map((s) => s.name), pairs: buildPhraseVocabulary(sources) };
}

/** The same, ready to check texts with. */
export function phraseVocabularyOf(root: string, options: { leaveOut?: string[]; sources?: PhraseSource[] } = {}): PhraseVocabulary {
  return PhraseVocabulary.fromRecord(buildPhrasesFile(root, options).pairs);
}
