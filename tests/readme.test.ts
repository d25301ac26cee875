import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers/cli.js';
import { readmeSteps } from './helpers/readme-steps.js';
import { repoCopy } from './helpers/repo-copy.js';

/**
 * README.md is a test: a reader who follows it in a fresh clone, step by step, gets the exit code it
 * states for every command; and every option the CLI offers is documented in it.
 */
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const steps = readmeSteps(README);
/** The day the README's commands are run on, whatever the calendar says (tests pin their dates). */
const TODAY = '2026-06-01';

/** How a command of the README is run here; null when it is not run, with the reason. */
function asRun(command: string): { run: string } | { skip: string } {
  if (/^npm ci && npm test$/.test(command)) return { skip: 'the test suite itself, which is running this test' };
  // The clone already holds the installed packages and the current build.
  return { run: command.replace(/^npm ci && /, '') };
}

/**
 * `npx plan-check …` as a reader types it, without npm's start-up and never from the network. The
 * quickstart (`npm ci && npx plan-check plans/2026.yaml`, the README's first command, and again in
 * the English part) runs the clone's own build, dist/cli/main.js, as a process. Every other `npx plan-check`
 * asks this test process, through file descriptor 3, to run the command line in-process in the
 * shell's folder (tests/helpers/cli.ts: ~0.9 s of CPU less per command), prints what it wrote and
 * returns its exit code. Either way bash runs the command line verbatim: its globs, quotes,
 * redirections and other programs (sed) are the shell's.
 */
const PRELUDE = `npx() {
  if [ "$1" != plan-check ]; then command npx "$@"; return; fi
  shift
  if [ -n "$README_SPAWN" ]; then node "$PWD/dist/cli/main.js" "$@"; return; fi
  printf '%s\\0' "$#" "$PWD" "$@" >&3
  local code
  read -r code <&3
  cat "$README_OUT"
  cat "$README_ERR" >&2
  return "$code"
}
`;

/** The runs of the command line a step's shell asks for on fd 3 (a count, the folder, the arguments, NUL-terminated): answered in-process. */
function serveRuns(channel: Readable & Writable, out: string, err: string) {
  let buffer = '';
  let busy = Promise.resolve();
  channel.setEncoding('utf8');
  channel.on('data', (chunk: string) => {
    buffer += chunk;
    for (;;) {
      const fields = buffer.split('\0');
      const n = Number(fields[0]);
      if (fields.length < n + 3) return; // count, folder, n arguments, and what follows the last NUL
      buffer = fields.slice(n + 2).join('\0');
      const [cwd, ...args] = fields.slice(1, n + 2);
      busy = busy.then(async () => {
        const r = await cli(args, { cwd: cwd!, today: TODAY });
        writeFileSync(out, r.out);
        writeFileSync(err, r.err);
        channel.write(`${r.code}\n`);
      });
    }
  });
}

/** One README command in bash, in the clone. */
function runStep(command: string, cwd: string, spawnBinary: boolean): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const io = mkdtempSync(join(tmpdir(), 'plan-check-readme-io-'));
  const child = spawn('bash', ['-c', PRELUDE + command], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NO_COLOR: '1',
      PLAN_CHECK_TEST_TODAY: TODAY,
      NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'tests', 'helpers', 'fixed-today.mjs')).href}`,
      README_OUT: join(io, 'out'),
      README_ERR: join(io, 'err'),
      ...(spawnBinary ? { README_SPAWN: '1' } : {}),
    },
  });
  serveRuns(child.stdio[3] as Readable & Writable, join(io, 'out'), join(io, 'err'));
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      rmSync(io, { recursive: true, force: true });
      resolve({ status, stdout, stderr });
    });
  });
}

const commands = steps.filter((s) => s.kind === 'command');
/** The quickstart (`npm ci && npx plan-check plans/2026.yaml`, in each language): the built binary of the clone, as a process. */
const spawned = new Set(commands.filter((s) => /^npm ci && npx plan-check plans\/2026\.yaml$/.test(s.command)));

describe('README.md, followed step by step in a fresh clone', () => {
  let clone = '';
  beforeAll(() => {
    clone = repoCopy();
  }, 120_000);
  afterAll(() => {
    if (clone) rmSync(dirname(clone), { recursive: true, force: true });
  });

  it('states the exit code of every command (a trailing "# … mã thoát N" / "# … exit N")', () => {
    expect(commands.length).toBeGreaterThan(20);
    expect(commands.filter((s) => s.exitCode === undefined).map((s) => `README.md:${s.line}: ${s.command}`)).toEqual([]);
  });

  it('runs the quickstart, the first command of each language, as a process of the build (the rest in-process, see PRELUDE)', () => {
    expect(spawned.size).toBe(2);
    expect(commands[0]).toBe([...spawned][0]);
  });

  for (const step of steps) {
    if (step.kind === 'file') {
      it(`README.md:${step.line}: save ${step.path}`, () => {
        mkdirSync(dirname(join(clone, step.path)), { recursive: true });
        writeFileSync(join(clone, step.path), step.content);
      });
      continue;
    }
    const how = asRun(step.command);
    if ('skip' in how) {
      it.skip(`README.md:${step.line}: ${step.command} (not run: ${how.skip})`, () => {});
      continue;
    }
    it(`README.md:${step.line}: ${step.command} → exit ${step.exitCode}`, async () => {
      const r = await runStep(how.run, clone, spawned.has(step));
      const shown = `${step.command}\n--- stdout\n${r.stdout.slice(-3000)}\n--- stderr\n${r.stderr.slice(-3000)}`;
      expect(r.status, shown).toBe(step.exitCode);
      expect(r.stderr, shown).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    }, 120_000);
  }
});

/** The long options of one command's --help, and its subcommands (commander's layout). */
async function help(path: string[]): Promise<{ options: string[]; commands: string[] }> {
  const { out: stdout, code } = await cli([...path, '--help']);
  expect(code, path.join(' ')).toBe(0);
  const section = (title: string) => {
    const start = stdout.indexOf(`\n${title}:\n`);
    if (start < 0) return [];
    const rest = stdout.slice(start + title.length + 3);
    return rest.slice(0, rest.search(/\n(?:\S|\n\S)|$/)).split('\n');
  };
  const options = section('Options').flatMap((l) => /^ {2}(?:-\w, )?(--[a-z][\w-]*)/.exec(l)?.[1] ?? []);
  const commands = section('Commands')
    .flatMap((l) => /^ {2}([a-z][\w-]*)/.exec(l)?.[1] ?? [])
    .filter((c) => c !== 'help');
  return { options, commands };
}

/**
 * README's reference line for a command: the bullet (with its indented continuation lines) that
 * starts "- `plan-check <words>", the words before the first <argument> or [argument] being the
 * command path. One bullet may name several commands ("`plan-check rules list`, `plan-check rules show`").
 */
function referenceItems(markdown: string): Map<string, string> {
  const items = new Map<string, string>();
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    if (!line.startsWith('- `plan-check')) return;
    let text = line;
    for (let k = i + 1; k < lines.length && lines[k]!.startsWith('  '); k++) text += '\n' + lines[k];
    for (const m of line.matchAll(/`plan-check((?: [a-z][\w-]*)*)[ `]/g)) items.set(m[1]!.trim(), text);
  });
  return items;
}

describe('README.md documents every option of every command', () => {
  it("each long option in the --help of plan-check and of each subcommand appears on that command's line of README.md", async () => {
    const items = referenceItems(README);
    const seen: string[] = [];
    const missing: string[] = [];
    const walk = async (path: string[]): Promise<void> => {
      const h = await help(path);
      const name = path.join(' ');
      seen.push(name || '(main)');
      const item = items.get(name);
      if (item === undefined && h.commands.length === 0) missing.push(`plan-check ${name}: no line "- \`plan-check ${name}" in README.md`);
      for (const o of h.options) {
        if (o === '--help') continue; // every command has it; README says so once
        if (!new RegExp(`${o}(?![\\w-])`).test(item ?? '')) missing.push(`plan-check ${[...path, o].join(' ')}`);
      }
      await Promise.all(h.commands.map((c) => walk([...path, c])));
    };
    await walk([]);
    // The walk reaches nested subcommands, so the parse of commander's help found them.
    expect(seen).toEqual(expect.arrayContaining(['(main)', 'diff', 'import', 'render', 'rules', 'rules new', 'rules docs']));
    expect(missing).toEqual([]);
    expect(README).toMatch(/-h, --help/);
  }, 60_000);
});
