import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { loadedBy, readBundleMap } from './helpers/loaded-modules.js';

// The plan-check bin is a bundle (scripts/bundle.mjs, part of npm run build): dist/cli/main.js and
// the chunks beside it, the batch worker one self-contained file. A run loads its modules from
// these files, not from tsc's one-file-per-module output nor from node_modules/.

const CLI = join(ROOT, 'dist', 'cli');
const bundle = readBundleMap();
const bundleFiles = Object.keys(bundle.outputs);

describe('the built bin is a bundle', () => {
  it('dist/cli/ holds only the bundle: the bin, the worker and their chunks', () => {
    const js = readdirSync(CLI).filter((f) => f.endsWith('.js'));
    expect(js.sort()).toEqual([...bundleFiles].sort());
    expect(bundle.outputs['main.js']?.entry).toBe('src/cli/main.ts');
    expect(bundle.outputs['worker.js']?.entry).toBe('src/batch/worker.ts');
    // the bin keeps its shebang: npm links dist/cli/main.js as the plan-check command
    expect(readFileSync(join(CLI, 'main.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // the worker is found beside the chunk that starts it (src/batch/pool.ts: new URL('./worker.js', import.meta.url))
    const pool = Object.entries(bundle.outputs).find(([f, o]) => f !== 'worker.js' && o.inputs.includes('src/batch/pool.ts'));
    expect(pool?.[0]).not.toContain('/');
    // the worker shares no chunk: a worker thread reads one file
    expect(bundle.outputs['worker.js']?.chunks).toEqual([]);
    expect(bundle.outputs['worker.js']?.inputs).toContain('src/check.ts');
  });

  it('a batch check loads its code from bundle files only, far fewer files than modules', () => {
    const r = loadedBy(['plans/2026.yaml', 'plans/ninh-giang-kstthc-2026.yaml', '--as-of', '2026-06-01', '-j', '2', '-f', 'json']);
    expect(r.code).toBeLessThan(2); // a verdict, not a usage error or crash
    expect(r.files.filter((f) => !f.startsWith('dist/cli/') || !bundleFiles.includes(f.slice('dist/cli/'.length)))).toEqual([]);
    expect(r.files).toContain('dist/cli/worker.js');
    const fromPackages = r.modules.filter((m) => m.startsWith('node_modules/'));
    expect(fromPackages.length).toBeGreaterThan(100); // yaml, json-rules-engine, commander, chalk, handlebars' runtime …
    expect(r.modules.filter((m) => m.startsWith('src/')).length).toBeGreaterThan(60);
    expect(r.files.length * 5).toBeLessThan(r.modules.length);
  });
});
