// npm run bench [-- --full]: plan-check's figures against their floors and goals (issue 14).
// A script that prints figures (never a timed test). Each figure is measured pair by pair with its
// floor (A B A B …, so that the drift of a shared machine falls on both alike); medians, and the
// ratio as the median of the pairs' ratios. Quick by default (a 300-plan sample of the corpus,
// within 5 minutes on 2 cores); --full times the 3,321-plan corpus.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './make-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('npm run bench [-- --full]   quick: a 300-plan sample, within 5 minutes on 2 cores; --full: the 3,321-plan corpus');
  process.exit(0);
}
const full = args.includes('--full');
const WORKERS = 2;
const config = full
  ? { plans: 3321, dir: join(root, 'bench', 'corpus'), onePairs: 9, corpusRounds: 3, budget: Infinity }
  : { plans: 300, dir: join(root, 'bench', 'corpus-quick'), onePairs: 7, corpusRounds: 3, budget: 240 };

// Reference costs on an idle 2-core machine (seconds), for the estimate printed before anything runs.
const REF = { cold: 0.45, floor1: 0.15, spectral: 1.0, perPlan: 0.018, floorPerPlan: 0.012, makePerPlan: 0.017 };
// (perPlan: wall per plan on 2 workers; floorPerPlan: the floor on 2 processes and the sequential one together)

const node = process.execPath;
const cli = join(root, 'dist', 'cli', 'main.js');
const floor = join(root, 'bench', 'floor.mjs');
const one = join(root, 'plans', '2026.yaml');
const spectralBin = join(root, 'node_modules', '.bin', 'spectral');
const spectralRules = join(root, 'bench', 'spectral.yaml');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const hasSpectral = existsSync(spectralBin);
const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
const fmtTime = (s) => (s >= 90 ? `${(s / 60).toFixed(1)} min` : `${Math.round(s)} s`);

if (!existsSync(cli)) {
  console.error('bench: dist/ is missing: run `npm run build` first (npm run bench does)');
  process.exit(2);
}

const corpusMade =
  existsSync(join(config.dir, '.complete')) && readFileSync(join(config.dir, '.complete'), 'utf8') === String(config.plans);
/** Seconds of timing at the reference speed (`slow` times slower): the warm-up round and the counted ones. */
const onePlanTime = (config.onePairs + 1) * (REF.cold + REF.floor1 + (hasSpectral ? REF.cold + REF.spectral : 0));
const corpusSeconds = (plans) => (config.corpusRounds + 0.3) * (plans * (REF.perPlan * 1.1 + REF.floorPerPlan) + 4 * REF.floor1);
const corpusTime = corpusSeconds(config.plans);
const estimate = (slow = 1) => slow * (onePlanTime + corpusTime);
const makeTime = corpusMade ? 0 : config.plans * REF.makePerPlan;

console.log(
  `plan-check bench${full ? ' --full' : ''} · node ${process.version} · ${availableParallelism()} cores · load ${loadavg()[0].toFixed(1)}`,
);
console.log(`What it does (each pair A B in turn, medians; the ratio is the median of the pairs' ratios):`);
console.log(
  `  0. ${corpusMade ? 'reuses' : 'makes'} a synthetic corpus of ${config.plans.toLocaleString('en')} plans in ${rel(config.dir)} (deterministic; not in git)`,
);
console.log(
  `  1. one plan cold (plans/2026.yaml, a whole process) against node + yaml parse of the same file with positions: ${config.onePairs} pairs`,
);
if (hasSpectral)
  console.log(
    `  2. Stoplight Spectral on the same file with comparable rules (bench/spectral.yaml) against plan-check: ${config.onePairs} pairs`,
  );
else console.log('  2. Spectral: not installed (a dev dependency: npm ci installs it); left out');
console.log(
  `  3. the corpus on ${WORKERS} workers against the parse-only floor of the same files on ${WORKERS} processes, and a cached re-run against the cold run: ${config.corpusRounds} rounds`,
);
console.log(`  4. peak memory of every plan-check run`);
console.log(
  `Expected: about ${fmtTime(makeTime + estimate())} on an idle 2-core machine, longer on a busy one${full ? '' : ` (never past ${fmtTime(config.budget)} of timing: rounds are cut to fit)`}.` +
    (full
      ? ''
      : ` \`npm run bench -- --full\` times the 3,321-plan corpus (about ${fmtTime(onePlanTime + corpusSeconds(3321) + 3321 * REF.makePerPlan)} idle).`),
);
console.log('');

const work = mkdtempSync(join(tmpdir(), 'plan-check-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const out = join(work, 'stdout.txt');

/** Runs a command, its output into a temporary file; wall seconds (measured here) and peak resident memory (MB, from /usr/bin/time). */
function run(cmd, cmdArgs, into = out) {
  return new Promise((resolve, reject) => {
    const fd = openSync(into, 'w');
    const argv = timeBin ? ['-f', '@@bench %M', cmd, ...cmdArgs] : cmdArgs;
    const t0 = performance.now();
    const child = spawn(timeBin ?? cmd, argv, { cwd: root, stdio: ['ignore', fd, 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const sec = (performance.now() - t0) / 1000;
      closeSync(fd);
      const m = /@@bench (\d+)\s*$/.exec(err);
      const status = timeBin && /Command exited with non-zero status (\d+)/.exec(err);
      const exit = status ? Number(status[1]) : code;
      if (exit !== 0 && exit !== 1) return reject(new Error(`${rel(cmd)} ${cmdArgs.map(rel).join(' ')} exited with ${exit}:\n${err}`));
      resolve({ sec, mb: m ? Number(m[1]) / 1024 : NaN });
    });
  });
}
/** Several commands at once (the floor's processes), as one wall time. */
async function together(list) {
  const t0 = performance.now();
  await Promise.all(list.map(([cmd, a], i) => run(cmd, a, `${out}.${i}`)));
  return { sec: (performance.now() - t0) / 1000, mb: NaN };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
function rel(p) {
  return typeof p === 'string' && p.startsWith(root + '/') ? p.slice(root.length + 1) : p;
}

/**
 * Measures named commands in turn, round after round (A B C, A B C …), after a warm-up run of
 * those named in `warm`; stops early when the next round would pass the time budget (at least `min` rounds).
 */
async function rounds(label, steps, count, min = 3, warm = Object.keys(steps)) {
  const results = Object.fromEntries(Object.keys(steps).map((k) => [k, []]));
  process.stdout.write(`${label}: warm-up`);
  let t0 = Date.now();
  for (const k of warm) await steps[k]();
  let last = (Date.now() - t0) / 1000;
  for (let r = 0; r < count; r++) {
    if (r >= min && elapsed() + last > config.budget) {
      process.stdout.write(` (cut to ${r} rounds, to stay within the time promised)`);
      break;
    }
    t0 = Date.now();
    for (const [k, step] of Object.entries(steps)) results[k].push(await step());
    last = (Date.now() - t0) / 1000;
    process.stdout.write(` ${r + 1}`);
  }
  console.log(` · ${fmtTime(elapsed())} so far`);
  return results;
}
const secs = (rs) => median(rs.map((r) => r.sec));
const pairRatio = (as, bs) => median(as.map((a, i) => a.sec / bs[i].sec));
const peakOf = (...lists) => Math.max(...lists.flat().map((r) => r.mb));

// 0. the corpus
let t0 = Date.now();
makeCorpus(root, config.dir, config.plans);
if (!corpusMade) console.log(`corpus: ${config.plans} plans made in ${fmtTime((Date.now() - t0) / 1000)}`);

// 1, 2. one plan
const checkOne = () => run(node, [cli, one, '--as-of', '2026-06-01']);
const oneSteps = { check: checkOne, floor: () => run(node, [floor, one]) };
if (hasSpectral) oneSteps.spectral = () => run(spectralBin, ['lint', one, '--ruleset', spectralRules, '-f', 'json', '-q']);
const oneStarted = Date.now();
const a = await rounds('one plan', oneSteps, config.onePairs, 3);
const slow = (Date.now() - oneStarted) / 1000 / onePlanTime;
if (slow > 1.5) {
  // the machine is slower than the reference: say how long the rest should take
  // a busy machine slows the corpus (on 2 workers) more than one plan: a range
  const [low, high] = [slow * corpusTime, Math.min(config.budget - elapsed(), 2 * slow * corpusTime)];
  console.log(
    `  (this machine runs about ${slow.toFixed(1)}× slower than the reference now; the corpus should take ${fmtTime(low)} to ${fmtTime(Math.max(low, high))})`,
  );
}

// 3. the corpus: cold, its floor on as many processes, the cached re-run, and the sequential floor (for reference)
const cache = join(work, 'cache');
const parts = Array.from({ length: WORKERS }, (_, i) => [node, [floor, '--part', `${i + 1}/${WORKERS}`, config.dir]]);
const corpusArgs = [cli, config.dir, '--jobs', String(WORKERS), '--as-of', '2026-06-01'];
const c = await rounds(
  `corpus of ${config.plans} plans`,
  {
    cold: () => run(node, corpusArgs),
    floor: () => together(parts),
    cached: () => run(node, [...corpusArgs, '--cache', '--cache-location', cache]),
    sequential: () => run(node, [floor, config.dir]),
  },
  config.corpusRounds,
  full ? 3 : 2,
  // the files were just read (or written) and the program is warm from the one-plan runs: the warm-up only fills the cache
  ['cached'],
);

// the figures
const rows = [];
const row = (figure, value, base, ratio, goal, met) => rows.push([figure, value, base, ratio, goal, met]);
const s = (x) => `${x.toFixed(x < 10 ? 2 : 1)} s`;
const r1 = pairRatio(a.check, a.floor);
row('one plan cold (plans/2026.yaml)', s(secs(a.check)), s(secs(a.floor)) + ' parse', `${r1.toFixed(2)}×`, '<= 1.5×', r1 <= 1.5);
if (hasSpectral) {
  const r2 = pairRatio(a.spectral, a.check);
  row(
    'Spectral, same file, comparable rules',
    s(secs(a.spectral)),
    s(secs(a.check)) + ' p-c',
    `${r2.toFixed(2)}×`,
    '>= 4× slower',
    r2 >= 4,
  );
}
const r3 = pairRatio(c.cold, c.floor);
row(
  `corpus, ${config.plans} plans, ${WORKERS} workers`,
  s(secs(c.cold)),
  s(secs(c.floor)) + ' parse',
  `${r3.toFixed(2)}×`,
  '<= 1.5×',
  r3 <= 1.5,
);
const r4 = pairRatio(c.cached, c.cold);
row('corpus again, cached', s(secs(c.cached)), s(secs(c.cold)) + ' cold', `${(r4 * 100).toFixed(1)} %`, '<= 10 %', r4 <= 0.1);
const peak = peakOf(a.check, c.cold, c.cached);
row(
  'peak memory (any plan-check run)',
  Number.isFinite(peak) ? `${peak.toFixed(0)} MB` : 'n/a',
  '',
  '',
  '<= 400 MB',
  Number.isFinite(peak) ? peak <= 400 : undefined,
);

console.log('');
const head = ['figure', 'median', 'floor', 'ratio', 'goal', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((x, i) => (i === 0 ? String(x).padEnd(widths[i]) : String(x).padStart(widths[i]))).join('   ');
console.log(line(head));
for (const r of rows) console.log(line([...r.slice(0, 5), r[5] === undefined ? 'not measured' : r[5] ? 'met' : 'MISSED']));
console.log('');
const seq = secs(c.sequential);
console.log(
  `for reference: the same files parsed one after another in one process: ${s(seq)} (corpus / that: ${pairRatio(c.cold, c.sequential).toFixed(2)}×);` +
    ` plan-check per plan: ${((secs(c.cold) * 1000) / config.plans).toFixed(1)} ms of wall on ${WORKERS} workers`,
);
console.log(
  `pairs: one plan ${a.check.length}, corpus ${c.cold.length}; load ${loadavg()[0].toFixed(1)}; ${fmtTime(elapsed())} in all` +
    (timeBin ? '' : '; memory not measured (/usr/bin/time is missing)'),
);
