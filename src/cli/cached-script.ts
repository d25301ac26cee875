import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

/**
 * Runs a script of the bundle (scripts/bundle.mjs: dist/cli/check-script.js, the code a check
 * needs, built as one CommonJS-style function body) with V8's code cache: node 20 keeps no
 * compiled code between runs of an ES module, and compiling (parsing, then each function's
 * bytecode on its first call) is a large part of a cold check. The cache (`<file>.v8-cache`
 * beside the script) holds the bytecode of every function the run that wrote it called; it is
 * keyed by the SHA-256 of the script and node's version, checked by the SHA-256 of its data, and written again (atomically, at exit)
 * when missing, stale or refused by V8. A cache that cannot be written (a read-only install) is
 * only a slower start. The files of dist/generated/ the script requires (the validators and the
 * precompiled message templates) are run the same way.
 *
 * `shared`: the modules the script imports from the command line's own bundle, by source path
 * (src/errors/plan-check-error.ts …), so that both use the same module instances (an error class
 * thrown by the check is the one the command line tests with instanceof).
 */
export function runCachedScript(file: string, shared: Record<string, unknown>): Record<string, unknown> {
  const generated = join(dirname(dirname(file)), 'generated') + sep;
  const plain = createRequire(file);
  const loaded = new Map<string, unknown>();
  const require = Object.assign(
    (id: string): unknown => {
      if (!(id.startsWith(generated) && id.endsWith('.cjs'))) return plain(id);
      if (!loaded.has(id)) loaded.set(id, runCommonJs(id, plain, []));
      return loaded.get(id);
    },
    { resolve: plain.resolve, cache: plain.cache, main: plain.main, extensions: plain.extensions },
  );
  return runCommonJs(file, require, [
    ['__planCheckUrl', pathToFileURL(file).href],
    ['__planCheckShared', shared],
  ]) as Record<string, unknown>;
}

/**
 * V8 refuses a cache made under other flags (--max-old-space-size …). A run given node options
 * (on its command line or in NODE_OPTIONS) therefore replaces a cache only when it is missing or
 * made for other code, not when V8 refuses it: it never overwrites the plain runs' cache with one
 * they would refuse in turn (each such run would then compile afresh and write again).
 */
const GIVEN_OPTIONS = process.execArgv.length > 0 || !!process.env.NODE_OPTIONS;

/** Runs a CommonJS file, compiled with its code cache, with `require` and the extra parameters given; its module.exports. */
function runCommonJs(file: string, require: (id: string) => unknown, extra: [string, unknown][]): unknown {
  const source = readFileSync(file, 'utf8');
  const cacheFile = `${file}.v8-cache`;
  const key = sha256(`${source}\0${process.version}\0${process.arch}`);
  let cachedData: Buffer | undefined;
  try {
    const bytes = readFileSync(cacheFile);
    const data = bytes.subarray(2 * HASH_BYTES);
    // V8 does not check the data itself (a damaged cache crashes node): its hash is kept with it
    if (key.equals(bytes.subarray(0, HASH_BYTES)) && sha256(data).equals(bytes.subarray(HASH_BYTES, 2 * HASH_BYTES))) cachedData = data;
  } catch {
    // no cache yet
  }
  const params = ['exports', 'require', 'module', '__filename', '__dirname', ...extra.map(([name]) => name)];
  // the head on the script's first line, so that its lines keep their numbers in stack traces
  const script = new vm.Script(`(function (${params.join(', ')}) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || (script.cachedDataRejected && !GIVEN_OPTIONS)) process.once('exit', () => writeCache(cacheFile, key, script));
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, require, module, file, dirname(file), ...extra.map(([, value]) => value));
  return module.exports;
}

const HASH_BYTES = 32;
const sha256 = (data: string | Buffer): Buffer => createHash('sha256').update(data).digest();

/** The cache file: the key (the script's SHA-256 with node's version), the SHA-256 of the data, the data. */
function writeCache(cacheFile: string, key: Buffer, script: vm.Script): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    writeFileSync(temp, Buffer.concat([key, sha256(data), data]));
    renameSync(temp, cacheFile);
  } catch {
    rmSync(temp, { force: true });
  }
}
