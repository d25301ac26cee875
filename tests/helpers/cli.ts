import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EventEmitter } from 'node:events';
import workerThreads from 'node:worker_threads';
import type { Task, WorkerSetup } from '../../src/batch/worker-task.js';

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli', 'main.js');

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the built plan-check binary from the repository root, as a process of its own. */
export function run(args: string[]): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** As run(), without blocking: several runs can proceed at once (see runAll). */
export function runAsync(args: string[]): Promise<CliResult> {
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
export async function runAll(calls: string[][]): Promise<CliResult[]> {
  const results: CliResult[] = new Array(calls.length);
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

export interface InProcessOptions {
  /** The folder the run starts in (default: the repository). */
  cwd?: string;
  /** Variables set (a string) or removed (undefined) for the run, besides NO_COLOR=1. */
  env?: Record<string, string | undefined>;
  /**
   * The day the run takes for today (YYYY-MM-DD), as tests/helpers/fixed-today.mjs preloaded into
   * the binary gives it: `new Date()` without arguments is noon UTC that day, in batch worker threads too.
   */
  today?: string;
  /**
   * How a batch's workers run: 'in-thread' (default), each a Checker on this thread doing what
   * src/batch/worker.ts does, messages structured-cloned as between threads; 'threads', real worker
   * threads of the built dist/cli/worker.js (each loads the whole checker afresh: ~0.7 s of CPU).
   */
  workers?: 'in-thread' | 'threads';
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs plan-check in this process: src/cli/program.ts's main(), with what it writes to stdout and
 * stderr captured and its exit code returned, as run() gives them for the built binary. For tests
 * whose point is what the command line says and does, not the process around it (signals, a
 * closed pipe, the bin itself, git hooks: those spawn the binary). Measured on 2 cores: a spawned
 * check of plans/2026.yaml costs ~0.85 s of CPU, the same check in-process ~0.25 s once the modules
 * are loaded, a usage error or --help ~0.01 s.
 *
 * Runs are serialised (the captured streams and the working folder are the process's), and
 * everything the run changes is put back: cwd, environment, process.exitCode, stream writes,
 * listeners added to stdout, stderr and process, the Worker class, Date. A batch's workers run on
 * this thread, or as real threads of the built dist/cli/worker.js (src/batch/pool.ts looks for
 * worker.js beside itself, which exists only in the build): see InProcessOptions.workers.
 */
export function cli(args: string[], options: InProcessOptions = {}): Promise<CliResult> {
  const result = queue.then(() => cliNow(args, options));
  queue = result.catch(() => undefined);
  return result;
}

const WORKER = join(ROOT, 'dist', 'cli', 'worker.js');
const SOURCE_WORKER = join(ROOT, 'src', 'batch', 'worker.js');
const OriginalWorker = workerThreads.Worker;
/** The batch worker of the build wherever src/batch/pool.ts asks for its own (absent) worker.js. */
class BuiltWorker extends OriginalWorker {
  constructor(file: string | URL, options: workerThreads.WorkerOptions = {}) {
    const path = file instanceof URL ? file.pathname : file;
    const today = process.env.PLAN_CHECK_TEST_TODAY ? ['--import', FIXED_TODAY] : [];
    super(path === SOURCE_WORKER ? WORKER : file, { ...options, execArgv: [...(options.execArgv ?? process.execArgv), ...today] });
  }
}
/**
 * A batch worker on this thread: the work of src/batch/worker.ts (src/batch/worker-task.ts, one
 * Checker for the files it is given) on the worker's data; what goes in and out is
 * structured-cloned, as it is between threads.
 */
class InThreadWorker extends EventEmitter {
  private readonly task: Promise<(task: Task) => Promise<unknown>>;
  constructor(_file: string | URL, options: workerThreads.WorkerOptions = {}) {
    super();
    const data = structuredClone(options.workerData) as WorkerSetup;
    this.task = import('../../src/batch/worker-task.js').then(({ workerTask }) => workerTask(data));
    this.task.catch((err: unknown) => setImmediate(() => this.emit('error', err)));
  }
  postMessage(message: Task): void {
    const task = structuredClone(message);
    void this.task.then(async (answer) => {
      const a = await answer(task);
      setImmediate(() => this.emit('message', structuredClone(a)));
    });
  }
  terminate(): Promise<number> {
    return Promise.resolve(0);
  }
}

const FIXED_TODAY = pathToFileURL(join(ROOT, 'tests', 'helpers', 'fixed-today.mjs')).href;

/** Date with `new Date()` (no arguments) fixed at noon UTC of the given day, as fixed-today.mjs does. */
function fixedDate(today: string): DateConstructor {
  const fixed = new Date(`${today}T12:00:00Z`).getTime();
  const RealDate = Date;
  return class extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
  } as DateConstructor;
}

const PROCESS_EVENTS = ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** The listeners of one of PROCESS_EVENTS (node's typings have one overload per kind of event). */
const listenersOf = (e: (typeof PROCESS_EVENTS)[number]) => (process.listeners as (e: string) => ((...a: unknown[]) => void)[])(e);

async function cliNow(
  args: string[],
  { cwd = ROOT, env: extraEnv = {}, today, workers = 'in-thread' }: InProcessOptions,
): Promise<CliResult> {
  const env = today ? { ...extraEnv, PLAN_CHECK_TEST_TODAY: today } : extraEnv;
  const { main } = await import('../../src/cli/program.js');
  const saved = {
    cwd: process.cwd(),
    env: Object.fromEntries(Object.keys({ NO_COLOR: '', ...env }).map((k) => [k, process.env[k]])),
    exitCode: process.exitCode,
    Date: globalThis.Date,
    // the functions themselves, put back as they were (never called from here)
    /* eslint-disable @typescript-eslint/unbound-method */
    exit: process.exit,
    stdoutWrite: process.stdout.write,
    stderrWrite: process.stderr.write,
    /* eslint-enable @typescript-eslint/unbound-method */
    stdoutListeners: process.stdout.listeners('error'),
    stderrListeners: process.stderr.listeners('error'),
    processListeners: PROCESS_EVENTS.map(listenersOf),
  };
  const out: string[] = [];
  const err: string[] = [];
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), done?: (e?: Error | null) => void) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = typeof encoding === 'function' ? encoding : done;
      if (callback) process.nextTick(callback);
      return true;
    };
  try {
    for (const [k, v] of Object.entries({ NO_COLOR: '1', ...env })) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    process.chdir(cwd);
    process.exit = ((code?: number) => {
      throw new Error(`plan-check called process.exit(${code}) in-process`);
    }) as typeof process.exit;
    workerThreads.Worker = workers === 'threads' ? BuiltWorker : (InThreadWorker as unknown as typeof OriginalWorker);
    syncBuiltinESMExports();
    if (today) globalThis.Date = fixedDate(today);
    process.stdout.write = capture(out) as typeof process.stdout.write;
    process.stderr.write = capture(err) as typeof process.stderr.write;
    const code = await main(args);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = saved.stdoutWrite;
    process.stderr.write = saved.stderrWrite;
    globalThis.Date = saved.Date;
    workerThreads.Worker = OriginalWorker;
    syncBuiltinESMExports();
    process.exit = saved.exit;
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
    for (const [k, v] of Object.entries(saved.env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    for (const [stream, before] of [
      [process.stdout, saved.stdoutListeners],
      [process.stderr, saved.stderrListeners],
    ] as const)
      for (const l of stream.listeners('error')) if (!before.includes(l)) stream.off('error', l as (e: Error) => void);
    PROCESS_EVENTS.forEach((e, i) => {
      for (const l of listenersOf(e)) if (!saved.processListeners[i]!.includes(l)) process.off(e, l);
    });
  }
}
