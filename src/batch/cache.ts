import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { FileReport } from '../types.js';
import { isFileReport } from './cached-report-shape.js';
import { isNormalised, markNormalised } from '../report/build-report.js';

/**
 * A cache entry. `packed`: the report was stored in report form, and each finding of a check that
 * is also in the file's findings (the same finding: a check's findings are the file's) is stored
 * once, as its index there; a cached run reads about half as much and sorts nothing again.
 */
interface Entry {
  key: string;
  packed?: true;
  report: unknown;
}

/** A file's streamed output: `spec` is the run's StreamSpec as JSON (the formats and how they are written). */
interface OutputEntry {
  key: string;
  spec: string;
  compact: FileReport;
  chunks: string[];
}

/** A file's result with each check's findings that are also the file's findings as indexes into those. */
function pack(report: FileReport): unknown {
  const at = new Map(report.findings.map((f, i) => [f, i]));
  return { ...report, checks: report.checks.map((c) => ({ ...c, findings: c.findings.map((f) => at.get(f) ?? f) })) };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** pack() undone; what is not a packed result is left for isFileReport to refuse. */
function unpack(report: unknown): unknown {
  if (!isRecord(report) || !Array.isArray(report.findings) || !Array.isArray(report.checks)) return report;
  const findings: unknown[] = report.findings;
  const checks = report.checks.map((c: unknown) =>
    isRecord(c) && Array.isArray(c.findings)
      ? { ...c, findings: c.findings.map((f: unknown) => (typeof f === 'number' ? (Number.isInteger(f) ? findings[f] : undefined) : f)) }
      : c,
  );
  return { ...report, checks };
}

export const DEFAULT_CACHE_DIR = join('node_modules', '.cache', 'plan-check');

/** SHA-256 of a plan file's bytes, or undefined for what is not a regular readable file (never read: a FIFO would block). */
export function contentHash(file: string): string | undefined {
  try {
    if (!statSync(file).isFile()) return undefined;
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * Results of earlier runs. The key hashes everything a file's result depends on: the plan's bytes,
 * its path (as given, resolved, and the folder the run starts in: waivers and baselines name plans
 * by path), and the run's fingerprint (tool version, every rule set, the registry, as-of date,
 * language, waivers and baseline contents, --for-signing, size limit). An entry that is not a
 * result for exactly this file (corrupt, another shape, another file) is a miss, never a crash.
 */
export class ResultCache {
  hits = 0;
  misses = 0;
  constructor(
    readonly dir: string,
    private readonly fingerprint: string,
  ) {}

  key(file: string, sha256: string): string {
    return createHash('sha256')
      .update(JSON.stringify({ run: this.fingerprint, file, path: resolve(file), cwd: process.cwd(), sha256 }))
      .digest('hex');
  }

  private path(k: string): string {
    return join(this.dir, k.slice(0, 2), `${k}.json`);
  }

  /** The stored result (in report form when it was stored so), or undefined. */
  get(file: string, sha256: string): FileReport | undefined {
    const k = this.key(file, sha256);
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(this.path(k), 'utf8'));
    } catch {
      this.misses++;
      return undefined;
    }
    const entry = stored as Partial<Entry> | null;
    const report = entry?.packed === true ? unpack(entry.report) : entry?.report;
    if (entry && entry.key === k && isFileReport(report) && report.file === file && report.sha256 === sha256) {
      this.hits++;
      return entry.packed ? markNormalised(report) : report;
    }
    this.misses++;
    return undefined;
  }

  /**
   * A file's streamed output (fileChunks, one text per format of the run's spec) and its reduced
   * result (compact), stored beside its result under the same key: a re-run that streams the same
   * formats the same way reads this small entry and neither parses the whole result nor formats it.
   */
  getOutput(file: string, sha256: string, spec: string): { compact: FileReport; chunks: string[] } | undefined {
    const k = this.key(file, sha256);
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(this.outputPath(k, spec), 'utf8'));
    } catch {
      return undefined;
    }
    const entry = stored as Partial<OutputEntry> | null;
    const c = entry?.compact;
    if (
      entry &&
      entry.key === k &&
      entry.spec === spec &&
      Array.isArray(entry.chunks) &&
      entry.chunks.every((x) => typeof x === 'string') &&
      isFileReport(c) &&
      c.file === file &&
      c.sha256 === sha256
    ) {
      this.hits++;
      return { compact: markNormalised(c), chunks: entry.chunks };
    }
    return undefined;
  }

  /** Stores what getOutput reads. */
  putOutput(file: string, sha256: string, spec: string, compact: FileReport, chunks: string[]): void {
    if (compact.file !== file || compact.sha256 !== sha256) return;
    const k = this.key(file, sha256);
    this.write(k, this.outputPath(k, spec), { key: k, spec, compact, chunks } satisfies OutputEntry);
  }

  private outputPath(k: string, spec: string): string {
    return join(this.dir, k.slice(0, 2), `${k}.${createHash('sha256').update(spec).digest('hex').slice(0, 16)}.out.json`);
  }

  /** Stores a file's result; one in report form (normaliseFile) is stored packed, and read back in report form. */
  put(file: string, sha256: string, report: FileReport): void {
    if (report.file !== file || report.sha256 !== sha256) return; // the file changed while it was checked
    const k = this.key(file, sha256);
    const entry: Entry = isNormalised(report) ? { key: k, packed: true, report: pack(report) } : { key: k, report };
    this.write(k, this.path(k), entry);
  }

  private write(k: string, path: string, entry: Entry | OutputEntry): void {
    const dir = join(this.dir, k.slice(0, 2));
    const tmp = join(dir, `.${k}.${process.pid}.${threadId}.tmp`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify(entry), { flag: 'wx' });
      renameSync(tmp, path);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        /* never created */
      }
      /* a cache that cannot be written only costs time */
    }
  }
}
