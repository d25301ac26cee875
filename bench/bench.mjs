// npm run bench: figures and ratios for plan-check on one plan and on a national corpus.
// A script that prints figures (never a timed test). Runs each measure several times; medians.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './make-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'bench', 'corpus');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const cores = availableParallelism();

console.log(`plan-check bench · node ${process.version} · ${cores} cores · ${RUNS} runs per measure (median)`);
let t0 = Date.now();
makeCorpus(root, corpus);
const files = readdirSync(corpus)
  .filter((d) => /^\d+$/.test(d))
  .flatMap((d) => readdirSync(join(corpus, d)).map((f) => join(corpus, d, f)));
console.log(`corpus: ${files.length} plans in bench/corpus (${((Date.now() - t0) / 1000).toFixed(1)} s to make or reuse)`);

/** Runs a command; returns wall seconds and peak resident memory (MB) from /usr/bin/time. */
function timed(cmd, args, opts = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [sec, kb] = last.split(' ').map(Number);
  if (!Number.isFinite(sec)) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')}: ${r.stderr.slice(-500)}`);
  return { sec, mb: kb / 1024, status: r.status };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(label, fn, runs = RUNS) {
  const rs = Array.from({ length: runs }, fn);
  const m = { sec: median(rs.map((r) => r.sec)), mb: Math.max(...rs.map((r) => r.mb)) };
  console.log(`${label.padEnd(58)} ${m.sec.toFixed(2).padStart(8)} s   peak ${m.mb.toFixed(0).padStart(5)} MB`);
  return m;
}

const one = join(root, 'plans', '2026.yaml');
const cli = join(root, 'dist', 'cli', 'main.js');
const node = process.execPath;
console.log('');
const a = measure('(a) one plan, whole process, cold', () => timed(node, [cli, one, '-o', '/dev/null']), Math.max(RUNS, 5));
const floor1 = measure(
  '    floor for one file (read + parse with positions)',
  () => timed(node, [join(root, 'bench', 'floor.mjs'), one]),
  Math.max(RUNS, 5),
);
const b = measure(`(b) corpus on all cores (--jobs ${cores})`, () =>
  timed(node, [cli, corpus, '--jobs', String(cores), '-o', '/dev/null']),
);
const cacheDir = mkdtempSync(join(tmpdir(), 'plan-check-bench-cache-'));
timed(node, [cli, corpus, '--jobs', String(cores), '-o', '/dev/null', '--cache', '--cache-location', cacheDir]);
const c = measure('(c) corpus again, with the cache', () =>
  timed(node, [cli, corpus, '--jobs', String(cores), '-o', '/dev/null', '--cache', '--cache-location', cacheDir]),
);
rmSync(cacheDir, { recursive: true, force: true });
const d = measure('(d) floor: read + parse every file with positions', () => timed(node, [join(root, 'bench', 'floor.mjs'), ...files]));
const spectralBin = join(root, 'node_modules', '.bin', 'spectral');
let e;
if (existsSync(spectralBin)) {
  e = measure(
    '(e) peer: Spectral CLI on one plan (equivalent rules)',
    () => timed(spectralBin, ['lint', one, '--ruleset', join(root, 'bench', 'spectral.yaml'), '-f', 'json', '-q']),
    Math.max(RUNS, 5),
  );
} else console.log('(e) peer: Spectral CLI not installed (npm ci installs it as a dev dependency)');

const ratio = (x, y, goal, cmp) => {
  const v = x / y;
  const ok = cmp === '<=' ? v <= goal : v >= goal;
  return `${v.toFixed(2).padStart(6)}   goal ${cmp} ${goal}   ${ok ? 'met' : 'MISSED'}`;
};
console.log('');
console.log(`(a) / floor for one file   ${ratio(a.sec, floor1.sec, 1.5, '<=')}`);
console.log(`(b) / (d)                  ${ratio(b.sec, d.sec, 1.5, '<=')}`);
console.log(`(c) / (b)                  ${ratio(c.sec, b.sec, 0.1, '<=')}`);
if (e) console.log(`Spectral / (a)             ${ratio(e.sec, a.sec, 4, '>=')}`);
const peak = Math.max(a.mb, b.mb, c.mb);
console.log(`peak memory                ${peak.toFixed(0).padStart(6)} MB   goal <= 400 MB   ${peak <= 400 ? 'met' : 'MISSED'}`);
console.log(
  `per plan in (b)            ${((b.sec * 1000) / files.length).toFixed(1)} ms wall, ${((b.sec * 1000 * cores) / files.length).toFixed(1)} ms of CPU per plan`,
);
