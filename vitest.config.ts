import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Most test time is spent in child processes (the CLI, LibreOffice, Chromium) while the test
    // worker waits; vitest's default (cores - 1 workers, i.e. one on a 2-core machine) leaves a
    // core idle. One worker more than cores keeps every core busy.
    pool: 'forks',
    maxWorkers: availableParallelism() + 1,
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
