import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli', 'main.js');

/** Runs the built plan-check binary from the repository root. */
export function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** As run(), without blocking: several runs can proceed at once (see runAll). */
export function runAsync(args: string[]): Promise<ReturnType<typeof run>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') }));
  });
}

/** Runs each argument list, as many at a time as there are cores; results in the given order. */
export async function runAll(calls: string[][]): Promise<ReturnType<typeof run>[]> {
  const results: ReturnType<typeof run>[] = new Array(calls.length);
  let next = 0;
  const lane = async () => {
    while (next < calls.length) {
      const i = next++;
      results[i] = await runAsync(calls[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), calls.length) }, lane));
  return results;
}
