import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { FileReport, Finding, Report, Severity } from '../../src/types.js';
import { cli, ROOT, type CliResult } from './cli.js';

const BIN = join(ROOT, 'dist', 'cli', 'main.js');

/** Runs plan-check in-process (tests/helpers/cli.ts) from a given folder. */
export function runIn(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return cli(args, { cwd, env });
}

/** Runs the built plan-check as a process from a given folder, without blocking the test process. */
export function spawnIn(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('close', (code) => resolve({ code, out, err }));
  });
}

export type Counts = Record<Severity, number>;
export const zero = (): Counts => ({ error: 0, warning: 0, info: 0 });

/** Open findings (not waived, not baselined) of each file of a report, by severity. */
export function openByFile(report: Report): Map<string, Counts> {
  const m = new Map<string, Counts>();
  for (const f of report.files)
    m.set(
      f.file,
      countOf(f.findings, (x) => !x.waiver && !x.baselined),
    );
  return m;
}

export function countOf(findings: Finding[], keep: (f: Finding) => boolean = () => true): Counts {
  const n = zero();
  for (const f of findings) if (keep(f)) n[f.severity]++;
  return n;
}

/** Findings by the file they are located in (a stale baseline entry is located in the baseline). */
export function byLocation(files: FileReport[], keep: (f: Finding) => boolean): Map<string, Counts> {
  const m = new Map<string, Counts>();
  for (const f of files)
    for (const x of f.findings)
      if (keep(x)) {
        const c = m.get(x.location.file) ?? zero();
        c[x.severity]++;
        m.set(x.location.file, c);
      }
  return m;
}

const SEV: Record<string, Severity> = { error: 'error', warning: 'warning', notice: 'info', note: 'info', info: 'info' };

/** GitHub annotations by file. */
export function githubCounts(text: string): Map<string, Counts> {
  const m = new Map<string, Counts>();
  for (const line of text.split('\n')) {
    const x = /^::(error|warning|notice) file=([^,]+),/.exec(line);
    if (!x) continue;
    const file = decodeURIComponent(x[2]!.replace(/%3A/g, ':').replace(/%2C/g, ','));
    const c = m.get(file) ?? zero();
    c[SEV[x[1]!]!]++;
    m.set(file, c);
  }
  return m;
}

/** The text report: its summary line and, for a batch, the per-file table. */
export function textCounts(text: string): { total: Counts; files: Map<string, Counts> } {
  const s = /Tổng kết: (\d+) lỗi, (\d+) cảnh báo, (\d+) thông tin/.exec(text);
  if (!s) throw new Error(`no summary line in:\n${text.slice(-500)}`);
  const files = new Map<string, Counts>();
  const table = text.indexOf('Tổng hợp theo tệp');
  if (table >= 0) {
    for (const line of text.slice(table).split('\n')) {
      const r = /^(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+[✗!✓]$/.exec(line);
      if (r) files.set(r[1]!, { error: +r[2]!, warning: +r[3]!, info: +r[4]! });
    }
  }
  return { total: { error: +s[1]!, warning: +s[2]!, info: +s[3]! }, files };
}

/** SARIF results not suppressed, by artifact and level. */
export function sarifCounts(text: string): Map<string, Counts> {
  const log = JSON.parse(text) as {
    runs: {
      results: { level: string; suppressions?: unknown[]; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    }[];
  };
  const m = new Map<string, Counts>();
  for (const r of log.runs[0]!.results) {
    if (r.suppressions?.length) continue;
    const file = decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri);
    const c = m.get(file) ?? zero();
    c[SEV[r.level]!]++;
    m.set(file, c);
  }
  return m;
}

/** JUnit: failing checks of each suite (plan) by severity. */
export function junitCounts(xml: string): Map<string, Counts> {
  const m = new Map<string, Counts>();
  for (const suite of xml.split('<testsuite ').slice(1)) {
    const name = /^name="([^"]*)"/.exec(suite)![1]!;
    const c = zero();
    for (const f of suite.matchAll(/<failure type="(error|warning|info)"/g)) c[f[1] as Severity]++;
    const failures = Number(/failures="(\d+)"/.exec(suite)![1]);
    if (failures !== c.error + c.warning + c.info) throw new Error(`junit suite ${name}: failures="${failures}" but ${JSON.stringify(c)}`);
    m.set(name, c);
  }
  return m;
}

/** Markdown: the heading's totals and every finding listed under each plan, by severity. */
export function markdownCounts(md: string): { total: Counts; files: Map<string, Counts> } {
  const h = /^## plan-check: (\d+) lỗi, (\d+) cảnh báo, (\d+) thông tin/m.exec(md)!;
  const files = new Map<string, Counts>();
  const icon: Record<string, Severity> = { '🔴': 'error', '🟠': 'warning', '🔵': 'info' };
  for (const section of md.split(/^### /m).slice(1)) {
    const name = section.split('\n')[0]!.split(' — ')[0]!.replace(/\\(.)/g, '$1');
    const c = zero();
    for (const x of section.matchAll(/^- (🔴|🟠|🔵) /gmu)) c[icon[x[1]!]!]++;
    files.set(name, c);
  }
  return { total: { error: +h[1]!, warning: +h[2]!, info: +h[3]! }, files };
}

/** Failing checks of each file by severity (what JUnit shows). */
export function failingChecks(report: Report): Map<string, Counts> {
  const m = new Map<string, Counts>();
  for (const f of report.files) {
    const c = zero();
    for (const k of f.checks) if (k.status === 'fail') c[k.severity]++;
    m.set(f.file, c);
  }
  return m;
}

export function sum(counts: Iterable<Counts>): Counts {
  const t = zero();
  for (const c of counts) for (const s of ['error', 'warning', 'info'] as const) t[s] += c[s];
  return t;
}

/** Maps without entries that count nothing, for comparing. */
export function nonZero(m: Map<string, Counts>): Record<string, Counts> {
  return Object.fromEntries([...m].filter(([, c]) => c.error + c.warning + c.info > 0).sort(([a], [b]) => (a < b ? -1 : 1)));
}
