// Builds the phrase vocabulary of the misspelling method (rule known-misspelling) into
// rules/vocabulary/phrases.json: word pairs of the rule sets, the legal registry, the metric
// vocabulary, rules/vocabulary/domain-phrases.txt and the example plans (their typos left out).
// Run after `npm run build` whenever those change, and commit the result:
//   node scripts/build-phrase-vocabulary.mjs           # writes the file
//   node scripts/build-phrase-vocabulary.mjs --check   # exit 1 when the committed file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildPhrasesFile, PHRASES_FILE } = await import(join(root, 'dist', 'tools', 'phrase-sources.js'));
const { sources, pairs } = buildPhrasesFile(root);
const file = join(root, 'rules', PHRASES_FILE);
const text = `${JSON.stringify(
  {
    comment:
      'Cụm hai từ của văn bản hành chính và số lần gặp, sinh bởi scripts/build-phrase-vocabulary.mjs (không sửa tay). Generated word-pair counts: do not edit.',
    sources,
    pairs,
  },
  null,
  0,
).replace(/,"/g, ',\n"')}\n`;
if (process.argv.includes('--check')) {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    /* missing: out of date */
  }
  if (old !== text) {
    console.error(`plan-check: ${PHRASES_FILE} is out of date: run node scripts/build-phrase-vocabulary.mjs`);
    process.exit(1);
  }
  console.log(`plan-check: ${PHRASES_FILE} is up to date (${Object.keys(pairs).length} word pairs)`);
} else {
  writeFileSync(file, text);
  console.log(`plan-check: ${Object.keys(pairs).length} word pairs from ${sources.length} sources written to rules/${PHRASES_FILE}`);
}
