import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { cruise as depcruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

// Issue 15 item 1: the layer order of README's layout is enforced by `npm run lint`
// (dependency-cruiser, .dependency-cruiser.cjs): no import up the layers, no folder cycle.

vi.setConfig({ testTimeout: 180_000 }); // depcruise starts TypeScript: slow on a loaded machine

const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/**
 * Runs the project's layer rules on `src/` of `dir`, as `depcruise src --config .dependency-cruiser.cjs
 * --output-type err` does there (npm run lint:deps), through dependency-cruiser's own API in this
 * process: TypeScript is loaded once for all the cruises of this file. Exit code and report.
 */
async function cruise(dir: string): Promise<{ code: number; out: string }> {
  const options = await extractDepcruiseOptions(CONFIG);
  const r = await depcruise(
    ['src'],
    { ...options, baseDir: dir, outputType: 'err' },
    {},
    { tsConfig: extractTSConfig(join(dir, 'tsconfig.json')) as unknown },
  );
  // any colour escape (a CI that forces colour) is stripped before matching
  return { code: r.exitCode, out: stripVTControlCharacters(typeof r.output === 'string' ? r.output : JSON.stringify(r.output)) };
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
  it('the code base has no import up the layers and no folder or module cycle', async () => {
    const r = await cruise(ROOT);
    expect(r.out).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });

  it('an import from src/plan/ to src/engine/ fails', async () => {
    const r = await cruise(
      scratch({
        'src/plan/a.ts': "import { b } from '../engine/b.js';\nexport const a = b;\n",
        'src/engine/b.ts': 'export const b = 1;\n',
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/up-from-plan: src\/plan\/a\.ts → src\/engine\/b\.ts/);
  });

  it('the same import down the layers (src/engine/ to src/plan/) passes', async () => {
    const r = await cruise(
      scratch({ 'src/engine/b.ts': "import { a } from '../plan/a.js';\nexport const b = a;\n", 'src/plan/a.ts': 'export const a = 1;\n' }),
    );
    expect(r.out).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });

  it('two folders of one layer that import each other (through a third file) are a folder cycle', async () => {
    const r = await cruise(
      scratch({
        'src/diff/a.ts': "import { c } from '../render/c.js';\nexport const a = c;\n",
        'src/render/c.ts': "import { d } from '../diff/d.js';\nexport const c = d;\n",
        'src/diff/d.ts': 'export const d = 1;\n',
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('no-folder-cycle');
  });

  it('a folder with no place in the layers is refused', async () => {
    const r = await cruise(
      scratch({
        'src/plan/a.ts': "import { n } from '../newfolder/n.js';\nexport const a = n;\n",
        'src/newfolder/n.ts': 'export const n = 1;\n',
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('not-in-a-layer');
  });
});
