import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

/**
 * A streaming batch (text, github, json) is written file by file by its workers (fileChunks): each
 * worker sends the parent a file's output and its reduced result, never the whole result. The
 * output must be byte for byte what one thread writes, in every format, cached or not.
 */
const AS_OF = '2026-06-01';
const FORMATS = ['text', 'json', 'github'] as const;

/** The run's outputs, one file per format, read back. */
async function outputs(
  dir: string,
  name: string,
  extra: string[],
  workers: 'in-thread' | 'threads' = 'in-thread',
): Promise<{ code: number | null; files: string[] }> {
  const args = ['plans', '--as-of', AS_OF, ...extra];
  const paths = FORMATS.map((f) => join(dir, `${name}.${f}`));
  FORMATS.forEach((f, i) => args.push('-f', f, '-o', paths[i]!));
  const r = await cli(args, { workers });
  expect(r.err).toBe('');
  return { code: r.code, files: paths.map((p) => readFileSync(p, 'utf8')) };
}

/** Every cache entry file under the folder. */
const entries = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

describe('a batch streamed by its workers', () => {
  it('writes every format byte for byte as one thread does', async () => {
    const t = tempDir('plan-check-stream-');
    const one = await outputs(t.dir, 'one', ['--jobs', '1']);
    const two = await outputs(t.dir, 'two', ['--jobs', '2']);
    expect(two.code).toBe(one.code);
    expect(two.files).toEqual(one.files);
    // the built worker threads too (dist/cli/worker.js)
    const threads = await outputs(t.dir, 'threads', ['--jobs', '2'], 'threads');
    expect(threads.files).toEqual(one.files);
    expect((JSON.parse(one.files[1]!) as { files: unknown[] }).files).toHaveLength(3);
  }, 120_000);

  it('a cached re-run reads each file output stored by the workers and writes the same bytes; a broken one is a miss', async () => {
    const t = tempDir('plan-check-stream-cache-');
    const cache = join(t.dir, 'cache');
    const cold = await outputs(t.dir, 'cold', ['--jobs', '1']);
    const first = await outputs(t.dir, 'first', ['--jobs', '2', '--cache-location', cache]);
    expect(first.files).toEqual(cold.files);
    // per file: its result, and its output for these formats
    const outs = entries(cache).filter((f) => f.endsWith('.out.json'));
    expect(outs).toHaveLength(3);
    expect(entries(cache)).toHaveLength(6);
    const again = await outputs(t.dir, 'again', ['--jobs', '2', '--cache-location', cache]);
    expect(again.code).toBe(cold.code);
    expect(again.files).toEqual(cold.files);
    // what is read is the stored output itself
    const entry = join(cache, outs[0]!);
    const stored = JSON.parse(readFileSync(entry, 'utf8')) as { compact: { file: string }; chunks: string[] };
    writeFileSync(entry, JSON.stringify({ ...stored, chunks: ['STORED TEXT\n', ...stored.chunks.slice(1)] }));
    const marked = await outputs(t.dir, 'marked', ['--jobs', '2', '--cache-location', cache]);
    expect(marked.files[0]).toContain('STORED TEXT');
    // an output entry that is not one (another file's, corrupt) is not used: the result is read and formatted
    for (const wrong of [
      '{not json',
      JSON.stringify({ ...stored, chunks: ['x'], compact: { ...stored.compact, file: 'other.yaml' } }),
      JSON.stringify({ ...stored, chunks: [1, 2, 3] }),
      JSON.stringify({ ...stored, spec: '{}', chunks: ['x', 'y', 'z'] }),
    ]) {
      writeFileSync(entry, wrong);
      const r = await outputs(t.dir, 'wrong', ['--jobs', '1', '--cache-location', cache]);
      expect(r.files).toEqual(cold.files);
    }
  }, 180_000);

  it('a cached run in another format reads the stored results, not the other outputs', async () => {
    const t = tempDir('plan-check-stream-formats-');
    const cache = join(t.dir, 'cache');
    const cold = await cli(['plans', '--as-of', AS_OF, '-f', 'json', '--jobs', '1']);
    await cli(['plans', '--as-of', AS_OF, '--cache-location', cache]);
    const cached = await cli(['plans', '--as-of', AS_OF, '-f', 'json', '--cache-location', cache]);
    expect(cached.out).toBe(cold.out);
    expect(cached.code).toBe(cold.code);
  }, 120_000);
});

describe('a worker stores a result only under the hash of what it checked', () => {
  it('a file changed after the run hashed it is checked but not stored under the old hash (ResultCache.put refuses it)', async () => {
    const { workerTask } = await import('../src/batch/worker-task.js');
    const { ResultCache, contentHash } = await import('../src/batch/cache.js');
    const { Checker } = await import('../src/check.js');
    const t = tempDir('plan-check-stale-hash-');
    const file = join(t.dir, 'plan.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'plans', '2026.yaml')));
    const options = { asOf: AS_OF };
    const cacheDir = join(t.dir, 'cache');
    const run = workerTask({ options, stream: { formats: ['text'], colors: [false], lang: 'vi', asOf: AS_OF }, cacheDir });
    const cache = () => new ResultCache(cacheDir, new Checker(options).fingerprint());
    // the hash the run read before the file was edited
    const before = 'a'.repeat(64);
    const stale = await run({ id: 0, file, sha256: before });
    expect('chunks' in stale && stale.chunks[0]).toContain('plan.yaml');
    expect(cache().get(file, before)).toBeUndefined();
    // the hash of what is on disk: stored
    const now = contentHash(file)!;
    await run({ id: 1, file, sha256: now });
    expect(cache().get(file, now)?.sha256).toBe(now);
  });
});
