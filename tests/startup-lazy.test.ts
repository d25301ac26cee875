import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedBy, scratch } from './helpers/loaded-modules.js';

// Which modules a CLI start loads, as told by a module-loading hook: --version, --help and usage
// errors load the command definitions only; a check loads the checker but no Word, import, render
// or diff code. The bin is a bundle (scripts/bundle.mjs): a file of dist/cli/ loaded counts as every
// source module it holds (dist/cli/bundle.json), whether or not that module's code then runs.

const HEAVY = [
  'node_modules/docx/',
  'node_modules/mammoth/',
  'node_modules/handlebars/',
  'node_modules/json-rules-engine/',
  'node_modules/yaml/',
  'node_modules/chalk/',
  'node_modules/tinyglobby/',
  'src/check.ts',
  'src/engine/',
  'src/import/',
  'src/render/',
  'src/annex/',
  'src/diff/run-diff.ts',
  'src/tools/',
  'src/report/formatters/html.ts',
  'src/batch/',
  'src/serve/',
  'node_modules/fastify/',
  'node_modules/exceljs/',
];
const heavyIn = (modules: string[]) => modules.filter((m) => HEAVY.some((h) => m.includes(h)));

describe('CLI start loads only what the command needs', () => {
  it.each([
    [['--version'], 0],
    [['--help'], 0],
    [['help', 'annex'], 0],
    [['--fail-on', 'bogus', 'plans/2026.yaml', '--as-of', '2026-06-01'], 2],
    [['annex', '--as-of', 'not-a-date', 'plans/2026.yaml'], 2],
    [['serve', '--help'], 0],
    [['serve', '--port', 'x'], 2],
  ])('plan-check %j loads no checker, engine, Word, import or formatter code', (args, code) => {
    const r = loadedBy(args);
    expect(r.code).toBe(code);
    expect(r.files).toContain('dist/cli/main.js');
    expect(r.modules).toContain('src/cli/main.ts');
    expect(heavyIn(r.modules)).toEqual([]);
  });

  it('a check loads the checker but no Word, import, render, annex or diff code', () => {
    const r = loadedBy(['plans/2026.yaml', '--as-of', '2026-06-01', '-o', join(scratch, 'report.txt')]);
    expect(r.code).toBe(0);
    expect(r.modules).toContain('src/check.ts');
    const word = r.modules.filter((m) =>
      [
        'node_modules/docx/',
        'node_modules/mammoth/',
        'src/import/',
        'src/render/',
        'src/annex/',
        'src/diff/run-diff.ts',
        'src/tools/',
      ].some((h) => m.includes(h)),
    );
    expect(word).toEqual([]);
  });
});
