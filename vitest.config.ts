import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One worker per core. While most tests spawned the CLI, one more worker than cores kept the
    // cores busy while workers waited on children; now that the command line runs in the test
    // process (tests/helpers/cli.ts cli()), every extra worker only loads src/ once more: on 2 cores
    // the suite took 113.6 s (212 s CPU) with 3 workers and 105.1 s (194 s CPU) with 2.
    pool: 'forks',
    maxWorkers: availableParallelism(),
    // Test files share a worker's loaded modules instead of each loading src/ afresh: a third
    // less CPU for the in-process tests. Tests keep their state to themselves (temp folders,
    // no global mocks), which the whole suite passing this way shows.
    isolate: false,
    // A test that spawns the CLI a few times takes seconds on a loaded 2-core machine; vitest's
    // 5 s default made such tests fail there by timing alone.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
