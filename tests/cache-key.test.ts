import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../src/batch/cache.js';
import { Checker, check, type CheckOptions } from '../src/check.js';
import { makeBaseline } from '../src/review/baseline.js';
import { ROOT, run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

/**
 * A cached result may be reused only when nothing that decides the verdict changed. The key is the
 * run's fingerprint (Checker.fingerprint) with the plan's path and bytes (ResultCache.key).
 */
const PLAN = 'tests/fixtures/signing/plan.yaml';
const REVIEW = 'tests/fixtures/signing/review.yaml';

describe('the cache key changes with every option that decides the verdict', () => {
  it('as-of, language, waivers, baseline, --for-signing, extra rules, rules folder, registry, size limit', async () => {
    const t = tempDir('plan-check-cache-key-');
    const baseline = t.write('baseline.json', makeBaseline(await check([PLAN], { asOf: '2026-03-10' })));
    const otherBaseline = t.write('baseline-2.json', makeBaseline(await check([PLAN], { asOf: '2026-03-10', lang: 'en' })));
    const review2 = t.write('review.yaml', `${readFileSync(REVIEW, 'utf8')}\n# edited\n`);
    const rulesCopy = join(t.dir, 'rules');
    cpSync(join(ROOT, 'rules'), rulesCopy, { recursive: true });
    const drafting = join(rulesCopy, 'core', 'drafting.yaml');
    writeFileSync(drafting, readFileSync(drafting, 'utf8').replace('greaterThanInclusive', 'greaterThan'));
    const registryCopy = join(t.dir, 'legal');
    cpSync(join(ROOT, 'rules', 'legal'), registryCopy, { recursive: true });
    const other = join(registryCopy, 'other.yaml');
    writeFileSync(other, `${readFileSync(other, 'utf8')}\n# edited\n`);

    const base: CheckOptions = { asOf: '2026-03-10', lang: 'vi' };
    const variants: Record<string, CheckOptions> = {
      'as-of': { ...base, asOf: '2026-03-11' },
      lang: { ...base, lang: 'en' },
      waivers: { ...base, waivers: REVIEW },
      'waivers contents': { ...base, waivers: review2 },
      baseline: { ...base, baseline },
      'baseline contents': { ...base, baseline: otherBaseline },
      'for-signing': { ...base, forSigning: true },
      'extra rules': { ...base, extraRules: ['tests/fixtures/rules/deadline-before-parent/parent.yaml'] },
      'a rule edited in the rules folder': { ...base, rulesDir: rulesCopy },
      'the registry': { ...base, registryDir: registryCopy },
      'size limit': { ...base, maxBytes: 1_000_000 },
    };
    const prints = new Map<string, string>([['base', new Checker(base).fingerprint()]]);
    expect(new Checker({ ...base }).fingerprint()).toBe(prints.get('base')); // the same options: the same key
    for (const [name, options] of Object.entries(variants)) prints.set(name, new Checker(options).fingerprint());
    // pairwise different: no option is left out, and no two options collide
    expect(new Set(prints.values()).size, JSON.stringify([...prints.keys()])).toBe(prints.size);

    // waivers and baseline contents, not only their paths
    const edited = t.write('review-same-path.yaml', readFileSync(REVIEW, 'utf8'));
    const before = new Checker({ ...base, waivers: edited }).fingerprint();
    writeFileSync(edited, `${readFileSync(REVIEW, 'utf8')}\n# edited again\n`);
    expect(new Checker({ ...base, waivers: edited }).fingerprint()).not.toBe(before);

    // the key carries the fingerprint, the plan's bytes and its path
    const key = (fp: string, file = PLAN, sha = 'a'.repeat(64)) => new ResultCache(t.dir, fp).key(file, sha);
    expect(key(prints.get('as-of')!)).not.toBe(key(prints.get('base')!));
    expect(key(prints.get('base')!, PLAN, 'b'.repeat(64))).not.toBe(key(prints.get('base')!));
    expect(key(prints.get('base')!, 'tests/fixtures/signing/other.yaml')).not.toBe(key(prints.get('base')!));
    expect(key(prints.get('base')!)).toBe(key(prints.get('base')!));
  });
});

describe('--cache across a change of as-of date', () => {
  it('a rerun at a later as-of gives the later verdict, not the cached one; the same as-of reuses it', () => {
    const t = tempDir('plan-check-cache-run-');
    const plan = join(t.dir, 'plan.yaml');
    // An unsigned draft citing 118/2025/NĐ-CP: amended by 367/2025/NĐ-CP, signed in between the two dates.
    cpSync(join(ROOT, 'plans', 'ninh-giang-kstthc-2026.yaml'), plan);
    const cache = join(t.dir, 'cache');
    const at = (asOf: string) => {
      const r = run([plan, '--as-of', asOf, '--cache-location', cache, '-f', 'json']);
      expect(r.code, r.err).toBeLessThan(2);
      const file = JSON.parse(r.out).files[0];
      return {
        asOf: file.asOf as string,
        amended: file.findings.filter((f: { message: string }) => f.message.includes('367/2025')).length as number,
      };
    };
    const entries = () => readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).length;

    expect(at('2025-12-01')).toEqual({ asOf: '2025-12-01', amended: 0 });
    expect(entries()).toBe(1);
    expect(at('2026-11-22')).toEqual({ asOf: '2026-11-22', amended: 1 });
    expect(entries()).toBe(2);
    expect(at('2026-11-22')).toEqual({ asOf: '2026-11-22', amended: 1 });
    expect(entries()).toBe(2); // reused, not written again
    expect(at('2025-12-01')).toEqual({ asOf: '2025-12-01', amended: 0 });
  });
});
