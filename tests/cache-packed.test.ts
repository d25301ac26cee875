import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../src/batch/cache.js';
import { Checker } from '../src/check.js';
import { normaliseFile } from '../src/report/build-report.js';
import { tempDir } from './helpers/temp.js';

/**
 * A cached re-run reads each file's stored result: it is stored in report form, each finding once
 * (a check's findings are the file's findings, stored as indexes into them), and read back equal
 * to what the run reported, without being sorted again.
 */
const PLAN = 'plans/2026.yaml';

describe('result cache entries', () => {
  it('store a result in report form with each finding once, and read it back equal and in report form', async () => {
    const t = tempDir('plan-check-cache-packed-');
    const checker = new Checker({ asOf: '2026-06-01' });
    const result = normaliseFile(await checker.checkFile(PLAN));
    expect(result.findings.length).toBeGreaterThan(0);
    const cache = new ResultCache(t.dir, checker.fingerprint());
    cache.put(PLAN, result.sha256, result);
    const [sub] = readdirSync(t.dir);
    const [name] = readdirSync(join(t.dir, sub!));
    const stored = readFileSync(join(t.dir, sub!, name!), 'utf8');
    // every finding's message is stored once, not once for the file and again for its check
    for (const m of new Set(result.findings.map((f) => f.message)))
      expect(stored.split(JSON.stringify(m)).length - 1).toBe(result.findings.filter((f) => f.message === m).length);
    const hit = cache.get(PLAN, result.sha256);
    expect(hit).toEqual(result);
    expect(normaliseFile(hit!)).toBe(hit); // already in report form: not sorted again
  });

  it('an entry written the earlier way (the whole result, unpacked) still reads; a broken index is a miss', async () => {
    const t = tempDir('plan-check-cache-packed-');
    const checker = new Checker({ asOf: '2026-06-01' });
    const raw = await checker.checkFile(PLAN);
    const cache = new ResultCache(t.dir, checker.fingerprint());
    const k = cache.key(PLAN, raw.sha256);
    const path = join(t.dir, k.slice(0, 2), `${k}.json`);
    cache.put(PLAN, raw.sha256, normaliseFile(raw));
    const packed = JSON.parse(readFileSync(path, 'utf8')) as { report: { checks: { findings: unknown[] }[] } };
    writeFileSync(path, JSON.stringify({ key: k, report: raw }));
    expect(normaliseFile(cache.get(PLAN, raw.sha256)!)).toEqual(normaliseFile(raw));
    const withFindings = packed.report.checks.find((c) => c.findings.length)!;
    withFindings.findings[0] = 10_000;
    writeFileSync(path, JSON.stringify(packed));
    expect(cache.get(PLAN, raw.sha256)).toBeUndefined();
    expect(cache.misses).toBe(1);
  });
});
