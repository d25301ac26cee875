import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { exitCodeFor } from '../src/report/build-report.js';
import type { FileReport, Report } from '../src/types.js';
import { cli, ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';
import {
  byLocation,
  countOf,
  failingChecks,
  githubCounts,
  junitCounts,
  markdownCounts,
  nonZero,
  openByFile,
  runIn,
  spawnIn,
  sarifCounts,
  sum,
  textCounts,
} from './helpers/verdict.js';

/**
 * The invariant of issue 11: whatever the format and however plans are given (one file, several,
 * a folder, a glob; --jobs 1 or 2; cache cold or warm; baseline on or off), each file's counts and
 * the exit code are those of the JSON of that file checked alone.
 */
const AS_OF = '2026-06-01';
const t = tempDir('plan-check-invariant-');
const dir = t.dir;
const example = (name: string) => readFileSync(join(ROOT, 'plans', name), 'utf8');

/** A small deterministic generator, so a failure can be replayed. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32);
}

/** Plans before (state A, recorded in the baseline) and after (state B, checked) their changes. */
function plans(): { name: string; before: string; after: string; utf16?: boolean }[] {
  const y2026 = example('2026.yaml');
  const ds = example('nam-do-son-cchc-2026.yaml');
  const ng = example('ninh-giang-kstthc-2026.yaml');
  const rnd = seeded(11);
  const dropLines = (text: string, n: number) => {
    const lines = text.split('\n');
    for (let i = 0; i < n; i++) lines.splice(Math.floor(rnd() * lines.length), 1);
    return lines.join('\n');
  };
  return [
    { name: '2026.yaml', before: y2026, after: y2026 },
    // the same bytes as another plan under another name (cache and baseline are by path)
    { name: 'copy-of-2026.yaml', before: y2026, after: y2026.replace('deadline: Thường xuyên', 'deadline: Sớm nhất có thể') },
    // a new error of the schema
    { name: 'm-year.yaml', before: y2026, after: y2026.replace(/^ {2}year: 2026$/m, '  year: hai nghìn') },
    // many new warnings, some findings fixed (stale baseline entries)
    {
      name: 'm-deadlines.yaml',
      before: ds,
      after: ds.replace(/deadline: Quý (I|II|III)\/2026\.?/g, 'deadline: Sớm nhất có thể').replace('kiểm soát kiểm soát', 'kiểm soát'),
    },
    // random lines dropped: whatever they break, the counts must agree
    { name: 'm-random.yaml', before: ng, after: dropLines(ng, 6) },
    // broken YAML, its `plan:` line too: a folder walk must not skip it
    { name: 'm-broken.yaml', before: ng, after: ng.replace(/^plan:$/m, 'plan: {') },
    // saved as UTF-16 (the loader reads it): a folder walk must not skip it
    { name: 'm-utf16.yaml', before: ng, after: '\ufeff' + ng, utf16: true },
  ];
}

const names = plans()
  .map((p) => `plans/${p.name}`)
  .sort();
const reference = new Map<string, { off: Report; on: Report }>();
const cwd = process.cwd();

const bothFormats = (prefix: string, formats: string[]) => formats.flatMap((f) => ['-f', f, '-o', `out/${prefix}.${f}`]);
/** What a user gets with `plan-check plans/*.yaml` (text) in a CI log (github): written file by file. */
const STREAMING = ['text', 'github'];
const STREAMING_JSON = ['text', 'github', 'json'];
const WHOLE = ['sarif', 'junit', 'markdown', 'json'];
const ALL = ['text', 'json', 'github', 'junit', 'sarif', 'markdown'];

interface Way {
  id: string;
  inputs: string[];
  formats: string[];
  jobs: number;
  cache?: string;
  baseline: boolean;
  /** Run by the built binary as a process (the other ways run the command line in-process, --jobs 2 with real worker threads). */
  spawned?: true;
}

/** The runs compared; caches are filled (cold) by the first run that names them. */
const WAYS: Way[][] = [
  [
    { id: 'one-file', inputs: ['plans/m-year.yaml'], formats: ALL, jobs: 1, baseline: false },
    { id: 'one-file-baseline', inputs: ['plans/m-deadlines.yaml'], formats: ALL, jobs: 1, baseline: true },
    { id: 'several-stream-j1', inputs: names, formats: STREAMING, jobs: 1, baseline: false },
    { id: 'several-whole-j2-cold', inputs: names, formats: WHOLE, jobs: 2, cache: 'cache-a', baseline: false },
    {
      id: 'folder-stream-j2-baseline-cold',
      inputs: ['plans'],
      formats: STREAMING_JSON,
      jobs: 2,
      cache: 'cache-b',
      baseline: true,
      spawned: true,
    },
  ],
  [
    { id: 'folder-stream-j2-warm', inputs: ['plans'], formats: STREAMING, jobs: 2, cache: 'cache-a', baseline: false },
    { id: 'glob-whole-j1-warm', inputs: ['plans/*.yaml'], formats: WHOLE, jobs: 1, cache: 'cache-a', baseline: false },
    { id: 'glob-whole-j2-baseline-warm', inputs: ['plans/*.y?ml'], formats: WHOLE, jobs: 2, cache: 'cache-b', baseline: true },
  ],
];

const results = new Map<string, { code: number | null; err: string }>();

beforeAll(async () => {
  mkdirSync(join(dir, 'plans'));
  mkdirSync(join(dir, 'out'));
  for (const p of plans()) writeFileSync(join(dir, 'plans', p.name), p.before);
  const written = await runIn(dir, [
    '--as-of',
    AS_OF,
    '--write-baseline',
    'baseline.json',
    '-f',
    'json',
    '-o',
    'out/baseline-run.json',
    ...names,
  ]);
  expect(written.code, written.err).toBe(1);
  for (const p of plans()) writeFileSync(join(dir, 'plans', p.name), p.utf16 ? Buffer.from(p.after, 'utf16le') : p.after);

  // Each file checked alone (the library is what the CLI's JSON prints), from the same folder.
  process.chdir(dir);
  try {
    for (const n of names) {
      reference.set(n, {
        off: await check([n], { asOf: AS_OF }),
        on: await check([n], { asOf: AS_OF, baseline: 'baseline.json' }),
      });
    }
  } finally {
    process.chdir(cwd);
  }

  for (const group of WAYS) {
    await inPairs(
      group.map((w) => async () => {
        const args = [
          '--as-of',
          AS_OF,
          '-j',
          String(w.jobs),
          ...bothFormats(w.id, w.formats),
          ...(w.cache ? ['--cache-location', w.cache] : []),
          ...(w.baseline ? ['--baseline', 'baseline.json'] : []),
          ...w.inputs,
        ];
        results.set(
          w.id,
          w.spawned ? await spawnIn(dir, args) : await cli(args, { cwd: dir, workers: w.jobs > 1 ? 'threads' : 'in-thread' }),
        );
      }),
    );
  }
}, 120_000);

afterAll(() => process.chdir(cwd));

/** Two runs at a time (a spawned one beside in-process ones, which take turns): the machine may have two cores only. */
async function inPairs(tasks: (() => Promise<void>)[]): Promise<void> {
  const queue = [...tasks];
  await Promise.all(
    [0, 1].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await next();
    }),
  );
}

const refOf = (w: Way, file: string) => {
  const r = reference.get(file)!;
  return w.baseline ? r.on : r.off;
};
const filesOf = (w: Way) => (w.inputs.length === 1 && w.inputs[0]!.endsWith('.yaml') && !w.inputs[0]!.includes('*') ? w.inputs : names);
const expectedCode = (w: Way) => Math.max(...filesOf(w).map((f) => exitCodeFor(refOf(w, f), 'error')));
const out = (w: Way, f: string) => readFileSync(join(dir, 'out', `${w.id}.${f}`), 'utf8');
const refFiles = (w: Way): FileReport[] => filesOf(w).map((f) => refOf(w, f).files[0]!);

describe('every format and every way of running agrees with each file checked alone', () => {
  it('the mutated set holds errors, warnings, infos, baselined and fresh findings, a broken file', () => {
    const on = names.map((n) => reference.get(n)!.on.files[0]!);
    const all = sum(on.map((f) => countOf(f.findings)));
    expect(all.error).toBeGreaterThan(1);
    expect(all.warning).toBeGreaterThan(20);
    expect(on.flatMap((f) => f.findings).filter((f) => f.baselined).length).toBeGreaterThan(20);
    expect(on.flatMap((f) => f.findings).filter((f) => !f.baselined && f.severity !== 'info').length).toBeGreaterThan(5);
    expect(reference.get('plans/m-broken.yaml')!.off.files[0]!.findings.some((f) => f.ruleId === 'yaml-syntax')).toBe(true);
    expect(reference.get('plans/m-utf16.yaml')!.off.files[0]!.plan.title).toBeTruthy();
    expect(readdirSync(join(dir, 'cache-a')).length).toBeGreaterThan(0);
  });

  for (const w of WAYS.flat()) {
    describe(w.id, () => {
      it('exit code', () => {
        const r = results.get(w.id)!;
        expect(r.code, r.err).toBe(expectedCode(w));
      });

      if (w.formats.includes('json'))
        it('JSON: each file as checked alone, summary their sum', () => {
          const report = JSON.parse(out(w, 'json')) as Report;
          expect(report.files.map((f) => f.file)).toEqual(filesOf(w));
          report.files.forEach((f, i) => expect(f).toEqual(refFiles(w)[i]));
          const open = sum(openByFile(report).values());
          expect({ error: report.summary.error, warning: report.summary.warning, info: report.summary.info }).toEqual(open);
          expect(exitCodeFor(report, 'error')).toBe(expectedCode(w));
        });

      const ref = () => refFiles(w);
      const refOpen = () => nonZero(new Map(ref().map((f) => [f.file, countOf(f.findings, (x) => !x.waiver && !x.baselined)])));
      if (w.formats.includes('text')) {
        it('text: totals and per-file table', () => {
          const c = textCounts(out(w, 'text'));
          expect(c.total).toEqual(sum(ref().map((f) => countOf(f.findings, (x) => !x.waiver && !x.baselined))));
          if (filesOf(w).length > 1) expect(nonZero(c.files)).toEqual(refOpen());
        });
      }
      if (w.formats.includes('github')) {
        it('github: annotations per file', () => {
          expect(nonZero(githubCounts(out(w, 'github')))).toEqual(nonZero(byLocation(ref(), (x) => !x.waiver && !x.baselined)));
        });
      }
      if (w.formats.includes('sarif')) {
        it('sarif: unsuppressed results per file', () => {
          expect(nonZero(sarifCounts(out(w, 'sarif')))).toEqual(nonZero(byLocation(ref(), (x) => !x.waiver)));
        });
      }
      if (w.formats.includes('junit')) {
        it('junit: failing checks per file', () => {
          const expected = failingChecks({ files: ref() } as Report);
          expect(nonZero(junitCounts(out(w, 'junit')))).toEqual(nonZero(expected));
        });
      }
      if (w.formats.includes('markdown')) {
        it('markdown: totals and findings per file', () => {
          const md = markdownCounts(out(w, 'markdown'));
          expect(md.total).toEqual(sum(ref().map((f) => countOf(f.findings, (x) => !x.waiver && !x.baselined))));
          expect(nonZero(md.files)).toEqual(nonZero(new Map(ref().map((f) => [f.file, countOf(f.findings)]))));
        });
      }
    });
  }
});
