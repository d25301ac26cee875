import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

// Which modules a CLI start loads, as told by a module-loading hook: --version, --help and usage
// errors load the command definitions only; a check loads the checker but no Word, import, render or diff code.
const dir = mkdtempSync(join(tmpdir(), 'plan-check-lazy-'));
writeFileSync(
  join(dir, 'hooks.mjs'),
  "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.LOADED_LOG, url + '\\n'); return next(url, context); }\n",
);
writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url));\n");

function loadedBy(args: string[]): { code: number | null; loaded: string[] } {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), join(ROOT, 'dist', 'cli', 'main.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LOADED_LOG: log },
  });
  return { code: r.status, loaded: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const HEAVY = [
  'node_modules/docx/',
  'node_modules/mammoth/',
  'node_modules/handlebars/',
  'node_modules/json-rules-engine/',
  'node_modules/yaml/',
  'node_modules/chalk/',
  'node_modules/tinyglobby/',
  '/dist/check.js',
  '/dist/engine/',
  '/dist/import/',
  '/dist/render/',
  '/dist/annex/',
  '/dist/diff/run-diff.js',
  '/dist/tools/',
  '/dist/report/formatters/html.js',
  '/dist/batch/',
];
const heavyIn = (loaded: string[]) => loaded.filter((u) => HEAVY.some((h) => u.includes(h)));

describe('CLI start loads only what the command needs', () => {
  it.each([
    [['--version'], 0],
    [['--help'], 0],
    [['help', 'annex'], 0],
    [['--fail-on', 'bogus', 'plans/2026.yaml', '--as-of', '2026-06-01'], 2],
    [['annex', '--as-of', 'not-a-date', 'plans/2026.yaml'], 2],
  ])('plan-check %j loads no checker, engine, Word, import or formatter code', (args, code) => {
    const r = loadedBy(args);
    expect(r.code).toBe(code);
    expect(r.loaded.some((u) => u.endsWith('/dist/cli/main.js'))).toBe(true);
    expect(heavyIn(r.loaded)).toEqual([]);
  });

  it('a check loads the checker but no Word, import, render, annex or diff code', () => {
    const r = loadedBy(['plans/2026.yaml', '--as-of', '2026-06-01', '-o', join(dir, 'report.txt')]);
    expect(r.code).toBe(0);
    expect(r.loaded.some((u) => u.endsWith('/dist/check.js'))).toBe(true);
    const word = r.loaded.filter((u) =>
      [
        'node_modules/docx/',
        'node_modules/mammoth/',
        '/dist/import/',
        '/dist/render/',
        '/dist/annex/',
        '/dist/diff/run-diff.js',
        '/dist/tools/',
      ].some((h) => u.includes(h)),
    );
    expect(word).toEqual([]);
  });
});
