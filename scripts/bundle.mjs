// Bundles the command line into dist/cli/ with esbuild, after tsc (which type-checks and emits the
// library, dist/index.js and its .d.ts) and the generated files (dist/generated/). The `plan-check`
// bin, dist/cli/main.js, is then one file holding the command definitions; the rest is loaded on
// demand from chunks beside it:
//
//   dist/cli/main.js      entry of the command line (src/cli/main.ts)
//   dist/cli/worker.js    a batch worker thread (src/batch/worker.ts), self-contained (a build of
//                         its own, no chunks); src/batch/pool.ts finds it as new URL('./worker.js',
//                         import.meta.url), which holds because every file is written flat into
//                         the same folder
//   dist/cli/*-HASH.js    chunks of the command line: each module reached by a dynamic
//                         `await import('...')` (a check run: src/cli/check-run.ts; a subcommand's
//                         action; the Word, import, render, annex and diff code), and the code such
//                         chunks share with main.js or with one another, loaded only when needed
//   dist/cli/check-script.js  what a check runs (src/cli/check-run.ts and everything it reaches but
//                         main.js's own modules), one CommonJS-style script run through node:vm
//                         with V8's code cache (src/cli/cached-script.ts) by the small chunk that
//                         program.ts's `await import('./check-run.js')` loads; its cache, and those of
//                         the files of dist/generated/ it requires, are *.v8-cache files beside them,
//                         written by the first check (here: one check of plans/2026.yaml at the end)
//   dist/cli/bundle.json  which source modules each file holds and which chunks it imports statically
//                         (esbuild's metafile, trimmed), for tests/bundle.test.ts and
//                         tests/startup-lazy.test.ts
//
// Adding a lazily loaded subcommand (say `plan-check serve`, src/serve/): keep its definition
// small in src/cli/ (a commander Command whose action does `const { serve } = await
// import('../serve/serve.js')`, as src/cli/render-command.ts does) and add it to src/cli/program.ts with
// addCommand. Nothing changes here: the dynamic import makes esbuild put src/serve/ and what only it
// uses into chunks of their own. A new dependency is bundled too; list it in EXTERNAL below only if
// it cannot be (native addons, files it reads beside its own code). Prefer one dynamic import per
// command (a module re-exporting what the command needs, like src/cli/check-run.ts) to several:
// esbuild cuts a chunk for every different set of dynamic imports that reach a module. A new
// worker-thread entry goes in WORKERS and is found as new URL('./<name>.js', import.meta.url).
//
// Files read at run time (rules/, schema/, templates/, package.json, dist/generated/*) are found
// from src/util/package-root.ts, which walks up from the running file: dist/cli/ sits at the same
// depth as the tsc output, so the same walk finds them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');

/** The command line's entry (dist/cli/main.js). */
const ENTRY = 'src/cli/main.ts';
/** Worker-thread entries: output name (in dist/cli/, without .js) → source file. */
const WORKERS = { worker: 'src/batch/worker.ts' };
/**
 * Packages left to node's own loader at run time: ajv (the full validator compiler) is needed only
 * when a schema is newer than its validator compiled at build time (dist/generated/validate-*.cjs).
 */
const EXTERNAL = ['ajv'];

/**
 * Modules of src/ load CommonJS packages lazily with `createRequire(import.meta.url)(name)` (a
 * synchronous load on first use: handlebars, tinyglobby). esbuild cannot follow that call, so it
 * is rewritten to a plain require(), which esbuild bundles as a CommonJS module evaluated on the
 * first call: still lazy, and read from the bundle instead of dozens of files of node_modules/. A
 * require of a computed path (a file of dist/generated/) is left to node at run time (the banner's
 * require, resolved from dist/cli/, i.e. as from any file of dist/).
 */
/**
 * Full handlebars (its template compiler) stays in node_modules/: a check needs only its runtime
 * (bundled), and the compiler is needed only for an edited rule's message or a report template.
 */
const fullHandlebarsExternal = {
  name: 'full-handlebars-external',
  setup(b) {
    b.onResolve({ filter: /^handlebars$/ }, () => ({ path: 'handlebars', external: true }));
  },
};

const bundleCreateRequire = {
  name: 'bundle-create-require',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('createRequire(import.meta.url)')) return undefined;
      const contents = text
        .replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
        .replaceAll('createRequire(import.meta.url)(', 'require(');
      if (contents.includes('createRequire(import.meta.url)'))
        throw new Error(`${relative(root, args.path)}: createRequire(import.meta.url) used in a way scripts/bundle.mjs does not rewrite`);
      return { contents, loader: 'ts' };
    });
  },
};

/** The check's code, run as one script with a code cache (see below). */
const CHECK_RUN = 'src/cli/check-run.ts';
const CHECK_SCRIPT = 'check-script';

/** The source modules (absolute paths) that `entry` imports statically, transitively: what main.js holds. */
async function staticModulesOf(entry) {
  const r = await build({
    ...common,
    entryPoints: [entry],
    write: false,
    outdir: join(root, 'tmp-static'),
    plugins: [
      ...common.plugins,
      {
        name: 'dynamic-external',
        setup: (b) => b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined)),
      },
    ],
  });
  return new Set(Object.values(r.metafile.outputs).flatMap((o) => Object.keys(o.inputs).map((i) => join(root, i))));
}

/** In the check script, a module of src/ that main.js holds is main.js's instance, passed in at run time. */
function sharedWithMain(mainStatic, shared) {
  return {
    name: 'shared-with-main',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (a) => {
        if (a.kind !== 'import-statement' || !a.importer.startsWith(join(root, 'src'))) return undefined;
        const file = join(a.resolveDir, a.path.replace(/\.js$/, '.ts'));
        if (!mainStatic.has(file)) return undefined;
        const key = relative(root, file).split('\\').join('/');
        const spec = relative(join(root, 'src', 'cli'), file)
          .split('\\')
          .join('/')
          .replace(/\.ts$/, '.js');
        shared.set(key, spec.startsWith('.') ? spec : `./${spec}`);
        return { path: key, namespace: 'main-shared' };
      });
      b.onLoad({ filter: /.*/, namespace: 'main-shared' }, (a) => ({
        contents: `module.exports = __planCheckShared[${JSON.stringify(a.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/**
 * In the command line, src/cli/program.ts's `await import('./check-run.js')` loads a small module
 * that runs dist/cli/check-script.js (src/cli/cached-script.ts) with main.js's shared modules and
 * exports what check-run.ts exports.
 */
function checkRunFromScript(shared) {
  const names = [...readFileSync(join(root, CHECK_RUN), 'utf8').matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
    m[1]
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
  );
  return {
    name: 'check-run-from-script',
    setup(b) {
      b.onResolve({ filter: /^\.\/check-run\.js$/ }, (a) =>
        a.kind === 'dynamic-import' && a.importer === join(root, 'src', 'cli', 'program.ts')
          ? { path: 'check-run', namespace: 'check-run-script' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'check-run-script' }, () => {
        const imports = [...shared.values()].map((spec, i) => `import * as m${i} from ${JSON.stringify(spec)};`);
        const table = [...shared.keys()].map((key, i) => `${JSON.stringify(key)}: m${i}`);
        return {
          resolveDir: join(root, 'src', 'cli'),
          loader: 'js',
          contents: [
            "import { fileURLToPath } from 'node:url';",
            "import { runCachedScript } from './cached-script.js';",
            ...imports,
            `const m = runCachedScript(fileURLToPath(new URL('./${CHECK_SCRIPT}.js', import.meta.url)), { ${table.join(', ')} });`,
            ...names.map((n) => `export const ${n} = m.${n};`),
          ].join('\n'),
        };
      });
    },
  };
}

// tsc also emits dist/cli/*.js (one file per module of src/cli/): the bundle replaces them, and a
// previous bundle's chunks (other hashes) must not linger. The .d.ts files stay.
for (const f of readdirSync(outdir))
  if (f.endsWith('.js') || f.endsWith('.js.map') || f.endsWith('.v8-cache') || f === 'bundle.json') rmSync(join(outdir, f));

/** What the two builds share. */
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  plugins: [bundleCreateRequire, fullHandlebarsExternal],
  // CommonJS packages inside an ESM bundle (json-rules-engine, yaml, handlebars' runtime, ...)
  // call require() for node's built-in modules: give every output file a real require.
  banner: {
    js: "import { createRequire as __planCheckRequire } from 'node:module';\nconst require = __planCheckRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};
// What a check runs (src/cli/check-run.ts and all it reaches) is one script, dist/cli/check-script.js,
// run through node:vm with V8's code cache (src/cli/cached-script.ts): node 20 caches no compiled
// code for ES modules, and compiling the check's code afresh, spread over some thirty chunks, was a
// large part of a cold check. The modules the script shares with main.js (messages, errors, the
// tool's identity …) are not copied into it: it takes main.js's own instances (`shared`), so that
// an error class is one class and module state one state.
const mainStatic = await staticModulesOf(ENTRY);
const shared = new Map(); // source path (relative, "/") → the import the loader makes of it
const checkScript = await build({
  ...common,
  entryPoints: [{ in: CHECK_RUN, out: CHECK_SCRIPT }],
  format: 'cjs',
  splitting: false,
  // a function body run by src/cli/cached-script.ts, which passes require, module, exports,
  // import.meta.url (__planCheckUrl) and the shared modules (__planCheckShared)
  banner: { js: '' },
  define: { 'import.meta.url': '__planCheckUrl' },
  plugins: [...common.plugins, sharedWithMain(mainStatic, shared)],
});
// The command line, split: every dynamic import() starts a chunk loaded when it runs; a check's
// dynamic import of ./check-run.js loads the script above instead.
const cli = await build({
  ...common,
  entryPoints: [{ in: ENTRY, out: 'main' }],
  splitting: true,
  chunkNames: '[name]-[hash]',
  plugins: [...common.plugins, checkRunFromScript(shared)],
});
// Each worker thread loads its own modules anyway: one self-contained file, which keeps the chunks
// of the command line from being cut further by what they share with the worker.
const workers = await build({
  ...common,
  entryPoints: Object.entries(WORKERS).map(([out, file]) => ({ in: file, out })),
  splitting: false,
});

const outputs = Object.fromEntries(
  [...Object.entries(cli.metafile.outputs), ...Object.entries(checkScript.metafile.outputs), ...Object.entries(workers.metafile.outputs)]
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, o]) => [
      relative(outdir, join(root, file)),
      {
        entry: o.entryPoint ?? null,
        inputs: Object.keys(o.inputs)
          .filter((i) => !i.includes(':'))
          .sort(),
        chunks: o.imports.filter((i) => !i.external && i.kind === 'import-statement').map((i) => relative(outdir, join(root, i.path))),
      },
    ]),
);
writeFileSync(join(outdir, 'bundle.json'), JSON.stringify({ outputs }, null, 1) + '\n');
console.log(`plan-check: command line bundled to ${relative(root, outdir)}/ (${Object.keys(outputs).length} files)`);

// The code caches of the check script and of dist/generated/ (src/cli/cached-script.ts) are written
// by the first check that finds none: one check of the example plan here writes them, so that a
// fresh build's first check is as fast as the next ones. (Without plans/, the first run writes them.)
const example = join(root, 'plans', '2026.yaml');
if (existsSync(example))
  spawnSync(process.execPath, [join(outdir, 'main.js'), example, '--as-of', '2026-06-01'], { cwd: root, stdio: 'ignore' });
