import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/cli.js';
import { readTextBlocks } from '../src/import/read-text.js';
import { importBlocks, type ImportNote } from '../src/import/import-plan.js';
import { loadMetricVocabulary } from '../src/import/metric-vocabulary.js';
import { validatePlan } from '../src/plan/validate-plan.js';
import { RuleSetCatalog } from '../src/rules/discover.js';

/**
 * Issue 12, item 1: the layout-variation corpus. Each tests/fixtures/layouts/<name>.txt is a small
 * plan written for one layout trait, and <name>.expected.yaml holds the plan (or the key facts) it
 * must import to, and how many notes of each kind the import gives (unplaced paragraphs and rows:
 * none unless listed). Imported in process.
 */
const DIR = join(ROOT, 'tests', 'fixtures', 'layouts');
const vocabulary = loadMetricVocabulary();
const parents = new RuleSetCatalog().all().filter((r) => r.parent);
const importText = (text: string) => importBlocks(readTextBlocks(text), { vocabulary, parents });

interface Expected {
  trait: string;
  plan: Record<string, unknown>;
  notes?: Partial<Record<ImportNote['kind'], number>>;
}

const count = (notes: ImportNote[], kind: ImportNote['kind']) => notes.filter((n) => n.kind === kind).length;

describe('import: layout-variation corpus (tests/fixtures/layouts)', () => {
  const names = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  it('has a fixture per trait', () => expect(names.length).toBeGreaterThanOrEqual(14));
  for (const name of names) {
    const expected = parse(readFileSync(join(DIR, `${name}.expected.yaml`), 'utf8')) as Expected;
    it(`${name}: ${expected.trait}`, () => {
      const { plan, notes } = importText(readFileSync(join(DIR, `${name}.txt`), 'utf8'));
      expect(plan).toMatchObject(expected.plan);
      expect(validatePlan(plan)).toEqual([]);
      const want = { unplaced: 0, 'table-row-unplaced': 0, 'table-no-task': 0, 'header-unknown': 0, ...expected.notes };
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, count(notes, k as ImportNote['kind'])]));
      expect(got, notes.map((n) => `${n.kind} ${n.pos?.line ?? ''} ${n.text}`).join('\n')).toEqual(want);
    });
  }
});
