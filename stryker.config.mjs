// Mutation testing (npm run mutate): how many planted bugs in the engine, the diff and the report
// writers the in-process tests catch. rules/ is YAML data, which Stryker cannot mutate: its mutants
// are planted by scripts/mutate-rules.mjs instead (npm run mutate:rules).
// The machine is shared: one test runner at a time; each mutant runs only the tests covering it.
//
// Scoped runs (a whole run takes long on a shared machine):
//   a folder:  MUTATE_SCOPE=diff npm run mutate      (or report, engine, subjects: the folders and tests in SCOPES below)
//   one file:  STRYKER_TESTS=tests/plan-diff-table.test.ts npx stryker run --mutate src/diff/plan-diff.ts
//   a few:     MUTATE_SCOPE=report npx stryker run --mutate src/report/formatters/sarif.ts,src/report/provenance.ts
// STRYKER_TESTS (comma-separated test files, read by vitest.stryker.config.ts) is the list of
// in-process tests the runner loads; MUTATE_SCOPE sets it (and what is mutated) for a folder.
// The test runner processes inherit the variable, which is set here before they start.
const SCOPES = {
  diff: {
    mutate: ['src/diff/**/*.ts'],
    tests: [
      'tests/plan-diff-table.test.ts',
      'tests/diff-format.test.ts',
      'tests/diff-format-edges.test.ts',
      'tests/plan-summary.test.ts',
      'tests/git-revisions.test.ts',
      'tests/run-diff.test.ts',
      'tests/run-diff-edges.test.ts',
    ],
  },
  // The engine: every in-process test that runs rules through it (no spawned CLI). The
  // differential test holds the compiled conditions to json-rules-engine's results.
  // (tests/message-templates.test.ts reads dist/, which the sandbox has not.) 2 700 mutants, and every
  // one is covered by every test that checks a plan: on the shared 2-core machine a whole run takes
  // hours. The conditions, evaluation and paths (src/engine/*.ts, 826 mutants) with the two fast
  // engine tests take about 45 minutes there:
  //   STRYKER_TESTS=tests/engine.test.ts,tests/engine-conditions.test.ts MUTATE_SCOPE=engine \
  //     npx stryker run --mutate 'src/engine/*.ts'
  // src/engine/subjects/ (1 900 mutants): MUTATE_SCOPE=subjects below, one file at a time.
  engine: {
    mutate: ['src/engine/**/*.ts'],
    tests: [
      'tests/engine.test.ts',
      'tests/engine-conditions.test.ts',
      'tests/engine-differential.test.ts',
      'tests/rules.test.ts',
      'tests/boundary-fixtures.test.ts',
      'tests/facts-contract.test.ts',
      'tests/citations.test.ts',
      'tests/ruleset-loading.test.ts',
    ],
  },
  // The subjects (src/engine/subjects/, about 1 900 mutants): every mutant is covered by every test that
  // checks a plan, and on the shared 2-core machine each one costs 3-10 s, mostly the test runner's own
  // overhead (title-subjects.ts, 93 mutants: 5 min; shared-duty.ts, 141: 17 min), so the folder takes
  // hours. tests/subjects-facts.test.ts pins the facts each file builds
  // (fast, no plan checked end to end); tests/rules.test.ts adds the fixtures of the rules that read
  // them and tests/verdicts.test.ts the reviewer's findings on the example plans. Run one file at a
  // time, with STRYKER_TEST_NAMES (vitest.stryker.config.ts) keeping the fixtures of the rules that
  // read that file's facts (the figures of issue 17 were measured so), e.g.
  //   MUTATE_SCOPE=subjects STRYKER_TEST_NAMES='rule title-|subjects:' \
  //     npx stryker run --mutate src/engine/subjects/title-subjects.ts
  // with, per file: requirement-subjects 'rule (parent-|deadline-before-parent)|subjects:',
  // shared-duty 'rule (lead-|unit-known)|subjects:', report-duty 'rule report-duty-scheduled|subjects:',
  // form-facts 'rule (decision-|distribution-|signer-|plan-structure|body-target|signing-)|subjects:',
  // plan-subjects 'rule (deadline-|task-|target|lead-|unit-known|plan-has|report-duty|body-target)|subjects:',
  // citation-subjects 'rule (citation-|parent-cited)|subjects:',
  // mention-subjects 'rule (abbreviation-|no-repeated|known-misspelling|no-district)|subjects:',
  // context, index, ruleset-data 'rule (deadline-|title-|parent-|issuer-level|unit-known|signing-|lead-shared|citation-in-force)|subjects:|reviewer'.
  subjects: {
    mutate: ['src/engine/subjects/**/*.ts'],
    tests: ['tests/subjects-facts.test.ts', 'tests/rules.test.ts', 'tests/verdicts.test.ts'],
  },
  report: {
    mutate: ['src/report/**/*.ts'],
    tests: [
      'tests/report-formatters.test.ts',
      'tests/report-build.test.ts',
      'tests/report-formatters-edges.test.ts',
      'tests/escape-every-field.test.ts',
      'tests/text-summary.test.ts',
      'tests/message-catalogue.test.ts',
      'tests/report-templates.test.ts',
      'tests/report-markdown.test.ts',
    ],
  },
};
const scope = process.env.MUTATE_SCOPE ? SCOPES[process.env.MUTATE_SCOPE] : undefined;
if (process.env.MUTATE_SCOPE && !scope) throw new Error(`MUTATE_SCOPE: one of ${Object.keys(SCOPES).join(', ')}`);
if (scope && !process.env.STRYKER_TESTS) process.env.STRYKER_TESTS = scope.tests.join(',');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: scope?.mutate ?? ['src/engine/**/*.ts', 'src/diff/**/*.ts', 'src/report/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'reports', '.stryker-tmp', 'bench', 'plans/**/*.pdf'],
  thresholds: { high: 80, low: 60, break: null },
  // Module-level tables (labels, rule metadata) run every test per mutant: 57 % of the time for 8 %
  // of the mutants on this machine. They are left out (reported as ignored).
  ignoreStatic: true,
};
