import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { systemTools } from './helpers/system-tools.js';

/** Tests needing Chromium, LibreOffice or poppler skip without them, and fail without them under .ci/run. */
describe('tests that need programs beyond Node', () => {
  const saved = { hide: process.env.PLAN_CHECK_HIDE_TOOLS, require: process.env.PLAN_CHECK_REQUIRE_TOOLS };
  afterEach(() => {
    for (const [k, v] of [
      ['PLAN_CHECK_HIDE_TOOLS', saved.hide],
      ['PLAN_CHECK_REQUIRE_TOOLS', saved.require],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    vi.restoreAllMocks();
  });

  it('are skipped with a message naming what is missing and the package that brings it', () => {
    process.env.PLAN_CHECK_HIDE_TOOLS = 'soffice';
    delete process.env.PLAN_CHECK_REQUIRE_TOOLS;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(systemTools('soffice', 'pdftotext').skip).toBe(true);
    expect(warn.mock.calls.join('\n')).toMatch(
      /\[skipped\].*missing soffice \(apt-get install libreoffice-writer-nogui; \.ci\/run installs them\)/,
    );
  });

  it('fail instead when PLAN_CHECK_REQUIRE_TOOLS=1, as .ci/run sets it', () => {
    process.env.PLAN_CHECK_HIDE_TOOLS = 'chromium';
    process.env.PLAN_CHECK_REQUIRE_TOOLS = '1';
    expect(() => systemTools('chromium')).toThrow(/PLAN_CHECK_REQUIRE_TOOLS=1 but missing chromium \(apt-get install chromium/);
  });

  it('.ci/run sets PLAN_CHECK_REQUIRE_TOOLS=1 before it runs the tests', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    const set = ci.search(/^export PLAN_CHECK_REQUIRE_TOOLS=1\b/m);
    expect(set).toBeGreaterThan(0);
    expect(ci.indexOf('\nnpm test', set)).toBeGreaterThan(set);
  });
});
