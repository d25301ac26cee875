import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './cli.js';

/** dist/cli/bundle.json, written by scripts/bundle.mjs: what each file of the bundle holds. */
export interface BundleMap {
  outputs: Record<string, { entry: string | null; inputs: string[]; chunks: string[] }>;
}
export const readBundleMap = (): BundleMap => JSON.parse(readFileSync(join(ROOT, 'dist', 'cli', 'bundle.json'), 'utf8')) as BundleMap;

// A module-loading hook logs every module URL loaded (in worker threads too, which inherit --import);
// so does node:vm's Script for the files it compiles (a check's code is one script run with a code
// cache, src/cli/cached-script.ts, which no module hook sees).
const dir = mkdtempSync(join(tmpdir(), 'plan-check-loaded-'));
writeFileSync(
  join(dir, 'hooks.mjs'),
  "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.LOADED_LOG, url + '\\n'); return next(url, context); }\n",
);
writeFileSync(
  join(dir, 'register.mjs'),
  [
    "import { register } from 'node:module';",
    "import { appendFileSync } from 'node:fs';",
    "import { pathToFileURL } from 'node:url';",
    "import vm from 'node:vm';",
    "register(new URL('./hooks.mjs', import.meta.url));",
    'const Script = vm.Script;',
    'vm.Script = class extends Script {',
    '  constructor(code, options) {',
    '    super(code, options);',
    "    if (options?.filename) appendFileSync(process.env.LOADED_LOG, pathToFileURL(options.filename).href + '\\n');",
    '  }',
    '};',
    '',
  ].join('\n'),
);
export const scratch = dir;

export interface Loaded {
  code: number | null;
  /** The package's files loaded as modules, relative to the repository (dist/cli/main.js, node_modules/…). */
  files: string[];
  /**
   * The source modules whose code was loaded (src/check.ts, node_modules/yaml/…): a file of the
   * bundle stands for the modules it holds, a file of tsc's output for the module it came from.
   */
  modules: string[];
}

/** Runs the built bin with `args` and tells which of the package's files and source modules it loaded. */
export function loadedBy(args: string[], bundle: BundleMap = readBundleMap()): Loaded {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), join(ROOT, 'dist', 'cli', 'main.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LOADED_LOG: log },
  });
  const files = [
    ...new Set(
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((u) => u.startsWith('file:'))
        .map((u) => relative(ROOT, fileURLToPath(u)))
        .filter((f) => !f.startsWith('..')),
    ),
  ];
  const modules = files.flatMap((f) => {
    const out = f.startsWith('dist/cli/') ? bundle.outputs[f.slice('dist/cli/'.length)] : undefined;
    if (out) return out.inputs;
    // tsc's output (one file per module of src/): the module it was compiled from
    return f.startsWith('dist/') && f.endsWith('.js') ? [f.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'), f] : [f];
  });
  return { code: r.status, files, modules };
}
