// Precision and recall of the misspelling method (rule known-misspelling: diacritic slips found by the
// phrase vocabulary, rules/vocabulary/phrases.json). Run after `npm run build`:
//   node bench/spelling.mjs            # shipped vocabulary, then each plan judged without itself
//   node bench/spelling.mjs --verbose  # also list wrong findings and missed variants
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { measureSpelling } = await import(join(root, 'dist', 'tools', 'spelling-measure.js'));
const { loadPhraseVocabulary } = await import(join(root, 'dist', 'rules', 'phrase-vocabulary.js'));
const { typos } = JSON.parse(readFileSync(join(root, 'bench', 'spelling-truth.json'), 'utf8'));
const plans = ['plans/2026.yaml', 'plans/ninh-giang-kstthc-2026.yaml', 'plans/nam-do-son-cchc-2026.yaml'];
const verbose = process.argv.includes('--verbose');
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '–') + ' %';

for (const [label, options] of [
  [
    'shipped vocabulary (rules/vocabulary/phrases.json)',
    { vocabulary: loadPhraseVocabulary(join(root, 'rules', 'vocabulary', 'phrases.json')) },
  ],
  ['each plan judged by a vocabulary built without it', { leaveOneOut: true }],
]) {
  const f = measureSpelling(root, plans, typos, options);
  console.log(`${label}:`);
  console.log(
    `  precision on plans/*.yaml: ${f.precision.real}/${f.precision.findings} findings are real typos = ${pct(f.precision.real, f.precision.findings)}`,
  );
  console.log(`  recall on generated typo variants: ${f.recall.found}/${f.recall.variants} = ${pct(f.recall.found, f.recall.variants)}`);
  if (verbose) for (const w of [...f.precision.wrong, ...f.recall.missed]) console.log(`    ${w}`);
}
