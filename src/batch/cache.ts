import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { FileReport } from '../types.js';
import { isFileReport } from './cached-report-shape.js';

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

  get(file: string, sha256: string): FileReport | undefined {
    const k = this.key(file, sha256);
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(this.path(k), 'utf8'));
    } catch {
      this.misses++;
      return undefined;
    }
    const entry = stored as { key?: unknown; report?: unknown };
    if (entry && entry.key === k && isFileReport(entry.report) && entry.report.file === file && entry.report.sha256 === sha256) {
      this.hits++;
      return entry.report;
    }
    this.misses++;
    return undefined;
  }

  put(file: string, sha256: string, report: FileReport): void {
    if (report.file !== file || report.sha256 !== sha256) return; // the file changed while it was checked
    const k = this.key(file, sha256);
    const dir = join(this.dir, k.slice(0, 2));
    const tmp = join(dir, `.${k}.${process.pid}.tmp`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify({ key: k, report }), { flag: 'wx' });
      renameSync(tmp, this.path(k));
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
