import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

// Issue 15 item 1: the layer order of README's layout is enforced by `npm run lint`
// (dependency-cruiser, .dependency-cruiser.cjs): no import up the layers, no folder cycle.

vi.setConfig({ testTimeout: 180_000 }); // depcruise starts TypeScript: slow on a loaded machine

const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** Runs the project's layer rules on `src/` of `dir`: exit code and report. */
function cruise(dir: string): { code: number; out: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  // colours are off, and any escape left (a CI that forces colour) is stripped before matching
  return { code: r.status ?? -1, out: stripVTControlCharacters(`${r.stdout}${r.stderr}`) };
}

/** A scratch project whose src/ holds the files given (path → content). */
function scratch(files: Record<string, string>): string {
  const t = tempDir('plan-check-layers-');
  writeFileSync(
    join(t.dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true }, include: ['src'] }),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(t.dir, path)), { recursive: true });
    writeFileSync(join(t.dir, path), text);
  }
  return t.dir;
}

describe('the layers of src/', () => {
  it('the code base has no import up the layers and no folder or module cycle', () => {
    const r = cruise(ROOT);
    expect(r.out).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });

  it('an import from src/plan/ to src/engine/ fails', () => {
    const r = cruise(
      scratch({
        'src/plan/a.ts': "import { b } from '../engine/b.js';\nexport const a = b;\n",
        'src/engine/b.ts': 'export const b = 1;\n',
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/up-from-plan: src\/plan\/a\.ts → src\/engine\/b\.ts/);
  });

  it('the same import down the layers (src/engine/ to src/plan/) passes', () => {
    const r = cruise(
      scratch({ 'src/engine/b.ts': "import { a } from '../plan/a.js';\nexport const b = a;\n", 'src/plan/a.ts': 'export const a = 1;\n' }),
    );
    expect(r.out).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });

  it('two folders of one layer that import each other (through a third file) are a folder cycle', () => {
    const r = cruise(
      scratch({
        'src/diff/a.ts': "import { c } from '../render/c.js';\nexport const a = c;\n",
        'src/render/c.ts': "import { d } from '../diff/d.js';\nexport const c = d;\n",
        'src/diff/d.ts': 'export const d = 1;\n',
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('no-folder-cycle');
  });

  it('a folder with no place in the layers is refused', () => {
    const r = cruise(
      scratch({
        'src/plan/a.ts': "import { n } from '../newfolder/n.js';\nexport const a = n;\n",
        'src/newfolder/n.ts': 'export const n = 1;\n',
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('not-in-a-layer');
  });
});
