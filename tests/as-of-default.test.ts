import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Checker, check } from '../src/check.js';
import { cli, ROOT } from './helpers/cli.js';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';

/**
 * The one place where the date is not pinned: without --as-of an unsigned draft is judged on
 * today's date, not on another day of the year. Every other test passes --as-of.
 */
let draft = '';
beforeAll(() => {
  draft = tempDir('plan-check-as-of-').write('draft.yaml', MINIMAL_PLAN);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the default as-of date is today', () => {
  it('in process: check() and Checker judge on the clock date (mid-July, not 1 January)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-15T12:00:00Z'));
    expect(new Checker().asOf).toBe('2026-07-15');
    const report = await check([draft]);
    expect(report.asOf).toBe('2026-07-15');
    expect(report.files[0]!.asOf).toBe('2026-07-15');
  });

  it('from the command line, with the clock fixed at 2026-07-15 (and another day, to rule out a constant)', async () => {
    // the built binary, as a process, with fixed-today.mjs preloaded
    for (const today of ['2026-07-15']) {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), draft, '-f', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          NO_COLOR: '1',
          PLAN_CHECK_TEST_TODAY: today,
          NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'tests', 'helpers', 'fixed-today.mjs')).href}`,
        },
      });
      expect(r.status, r.stderr).toBeLessThan(2);
      const report = JSON.parse(r.stdout);
      expect(report.asOf).toBe(today);
      expect(report.files[0].asOf).toBe(today);
    }
    // the command line in-process (tests/helpers/cli.ts), its clock fixed the same way
    for (const today of ['2026-11-03']) {
      const r = await cli([draft, '-f', 'json'], { today });
      expect(r.code, r.err).toBeLessThan(2);
      const report = JSON.parse(r.out);
      expect(report.asOf).toBe(today);
      expect(report.files[0].asOf).toBe(today);
    }
  });

  it('an explicit --as-of wins over the clock', async () => {
    const r = await cli([draft, '--as-of', '2026-06-01', '-f', 'json'], { today: '2026-11-03' });
    expect(JSON.parse(r.out).asOf).toBe('2026-06-01');
  });
});
