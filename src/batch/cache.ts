import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { FileReport } from '../types.js';

export const DEFAULT_CACHE_DIR = join('node_modules', '.cache', 'plan-check');

/**
 * Results by content: the key hashes the plan's bytes with everything the result depends on
 * (tool version, every rule set, the registry, as-of date, language, waivers, baseline). An
 * unchanged re-run reads its results from here.
 */
export class ResultCache {
  hits = 0;
  misses = 0;
  constructor(
    readonly dir: string,
    private readonly fingerprint: string,
  ) {}

  key(bytes: Buffer): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(bytes).digest('hex');
  }

  get(bytes: Buffer, file: string): FileReport | undefined {
    const k = this.key(bytes);
    try {
      const stored = JSON.parse(readFileSync(join(this.dir, k.slice(0, 2), `${k}.json`), 'utf8')) as FileReport;
      this.hits++;
      return relabel(stored, file);
    } catch {
      this.misses++;
      return undefined;
    }
  }

  put(bytes: Buffer, report: FileReport): void {
    const k = this.key(bytes);
    const dir = join(this.dir, k.slice(0, 2));
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = join(dir, `.${k}.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify(report));
      renameSync(tmp, join(dir, `${k}.json`));
    } catch {
      /* a cache that cannot be written only costs time */
    }
  }
}

/** A cached result made for the same bytes under another name. */
function relabel(r: FileReport, file: string): FileReport {
  if (r.file === file) return r;
  const fix = <T extends { location: { file: string } }>(f: T): T => (f.location.file === r.file ? { ...f, location: { ...f.location, file } } : f);
  return { ...r, file, findings: r.findings.map(fix), checks: r.checks.map((c) => ({ ...c, findings: c.findings.map(fix) })) };
}
