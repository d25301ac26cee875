import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant: those that call src/ in process. Tests that spawn
 * the built CLI (dist/) cannot see a mutant of src/, so they only cost time here (and dist/ is not
 * copied into Stryker's sandbox).
 *
 * STRYKER_TESTS (comma-separated test files) narrows the list for a scoped run, e.g.
 *   STRYKER_TESTS=tests/plan-diff-table.test.ts npx stryker run --mutate src/diff/plan-diff.ts
 * STRYKER_TEST_NAMES (a regular expression) keeps only the tests whose full name (describe titles and
 * test title) it matches, e.g. the fixtures of the rules that read one file's facts:
 *   STRYKER_TESTS=tests/rules.test.ts STRYKER_TEST_NAMES='rule title-' npx stryker run --mutate src/engine/subjects/title-subjects.ts
 */
const only = process.env.STRYKER_TESTS?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const names = process.env.STRYKER_TEST_NAMES?.trim();

export default defineConfig({
  test: {
    include: only?.length
      ? only
      : [
          'tests/boundary-fixtures.test.ts',
          'tests/citations.test.ts',
          'tests/deadline.test.ts',
          'tests/diff-format.test.ts',
          'tests/diff-format-edges.test.ts',
          'tests/engine.test.ts',
          'tests/escape-every-field.test.ts',
          'tests/git-revisions.test.ts',
          'tests/legal-status.test.ts',
          'tests/loader.test.ts',
          'tests/plan-diff-table.test.ts',
          'tests/plan-summary.test.ts',
          'tests/report-build.test.ts',
          'tests/report-formatters.test.ts',
          'tests/report-formatters-edges.test.ts',
          'tests/rules.test.ts',
          'tests/ruleset-loading.test.ts',
          'tests/run-diff.test.ts',
          'tests/text-summary.test.ts',
          'tests/verdict-invariant.test.ts',
        ],
    // Tests that run the built CLI (dist/, not mutated) are named so and left out.
    testNamePattern: new RegExp(`^(?!.*from the command line)${names ? `(?=.*(?:${names}))` : ''}`),
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
