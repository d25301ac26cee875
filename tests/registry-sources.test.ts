import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegistry } from '../src/legal/registry.js';
import { loadRuleSet } from '../src/rules/load-ruleset.js';
import { RuleSetError } from '../src/errors/ruleset-error.js';

const root = join(import.meta.dirname, '..');
const registry = loadRegistry(join(root, 'rules', 'legal'));
const doc = (ref: string) => {
  const d = registry.get(ref);
  if (!d) throw new Error(`${ref} is not in the registry`);
  return d;
};
const HTTP = /^https?:\/\/\S+$/;
/** Plan files named by `cited_in` must exist: a reviewer opens them. */
const PLAN_FILES = readdirSync(join(root, 'plans')).map((f) => `plans/${f}`);
const GOOD_PRACTICE = 'Thực hành tốt khi soạn thảo (không phải yêu cầu của văn bản pháp luật)';

describe('every registry entry has a source a reviewer can follow', () => {
  it.each(registry.docs.map((d) => [d.ref, d] as const))('%s', (_ref, d) => {
    const urls = d.source_url ?? [];
    const plans = d.cited_in ?? [];
    for (const u of urls) expect(u).toMatch(HTTP);
    for (const c of plans) {
      expect(
        PLAN_FILES.some((f) => c.plan.includes(f)),
        `${c.plan} names a file under plans/`,
      ).toBe(true);
      expect(c.place.trim().length).toBeGreaterThan(0);
    }
    if (urls.length === 0 && plans.length === 0) {
      // No source at all is allowed only for an inferred entry that records where it was looked for.
      expect(d.confidence).toBe('I');
      expect(d.searched?.where.length).toBeGreaterThan(0);
    }
    if (d.confidence === 'C') expect(urls.length, 'C needs the address of the document itself').toBeGreaterThan(0);
    expect(d.source).not.toMatch(/^LEGAL\.md\b/);
  });
});

describe('corrections from the reviewer audit (VERDICTS.md, 2026-11-22)', () => {
  it.each([
    ['48/2013/NĐ-CP', '2013-07-01'],
    ['92/2017/NĐ-CP', '2017-09-25'],
    ['42/2022/NĐ-CP', '2022-08-15'],
    ['65/2025/QH15', '2025-03-01'],
    ['02/2017/TT-VPCP', '2017-12-15'],
    ['78/2025/NĐ-CP', '2025-04-01'],
  ])('%s is in force from %s', (ref, date) => {
    expect(doc(ref).in_force).toBe(date);
  });

  it('63/2010 is amended by 48/2013, 92/2017 and Nghị định 78/2025/NĐ-CP (from 01/4/2025)', () => {
    const by = doc('63/2010/NĐ-CP').amended_by ?? [];
    expect(by.map((a) => a.ref)).toEqual(['48/2013/NĐ-CP', '92/2017/NĐ-CP', '78/2025/NĐ-CP']);
    expect(by.find((a) => a.ref === '78/2025/NĐ-CP')?.date).toBe('2025-04-01');
    expect(doc('78/2025/NĐ-CP').amends).toContain('63/2010/NĐ-CP');
  });

  it('04/2025/TT-VPCP and 367/2025/NĐ-CP stay unverified (I) until a source is found', () => {
    expect(doc('04/2025/TT-VPCP').confidence).toBe('I');
    expect(doc('367/2025/NĐ-CP').confidence).toBe('I');
    expect(doc('367/2025/NĐ-CP').in_force).toBeUndefined();
    expect(doc('03/2025/TT-VPCP').amended_by?.find((a) => a.ref === '04/2025/TT-VPCP')?.confidence).toBe('I');
    expect(doc('118/2025/NĐ-CP').amended_by?.find((a) => a.ref === '367/2025/NĐ-CP')?.confidence).toBe('I');
  });

  it('entries the audit said to raise are raised where the document itself was found', () => {
    for (const ref of ['45/2020/NĐ-CP', '48/2013/NĐ-CP']) {
      expect(doc(ref).confidence).toBe('C');
      expect(doc(ref).signed_confidence).toBeUndefined();
      expect(doc(ref).in_force_confidence).toBeUndefined();
    }
    expect(doc('61/2018/NĐ-CP').confidence).toBe('S');
    expect(doc('65/2025/QH15').confidence).toBe('S');
  });
});

describe('the loader refuses an entry without a followable source, with a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-sources-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entry = (extra: string) =>
    `documents:\n  - ref: 1/2020/NĐ-CP\n    type: Nghị định\n    issuer: Chính phủ\n    source: thử\n${extra}`;
  const load = (name: string, text: string) => {
    const folder = mkdtempSync(join(dir, `${name}-`));
    writeFileSync(join(folder, 'r.yaml'), text);
    return () => loadRegistry(folder);
  };

  it('C without an address', () => {
    const run = load('c', entry('    confidence: C\n    cited_in: [{ plan: "plans/2026.yaml", place: "Căn cứ" }]\n'));
    expect(run).toThrow(RuleSetError);
    expect(run).toThrow(/confidence C needs `source_url`/);
  });

  it('S with no address and no citing plan', () => {
    const run = load('s', entry('    confidence: S\n'));
    expect(run).toThrow(/no source a reviewer can follow/);
  });

  it('an address that is not http(s)', () => {
    expect(load('u', entry('    confidence: C\n    source_url: [LEGAL.md]\n'))).toThrow(RuleSetError);
  });

  it('an entry with an address loads', () => {
    expect(load('ok', entry('    confidence: C\n    source_url: [https://example.org/van-ban]\n'))().docs).toHaveLength(1);
  });
});

describe('rule sources cite the right place', () => {
  const files = ['core', 'hai-phong'].flatMap((d) =>
    readdirSync(join(root, 'rules', d))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(root, 'rules', d, f)),
  );
  const rules = files.flatMap((f) => loadRuleSet(f).rules);
  const byId = new Map(rules.map((r) => [r.id, r]));

  it('no rule cites "mục II.4" (place and date) of Nghị định 30/2020 for citations or abbreviations', () => {
    for (const r of rules) {
      if (r.source.ref !== '30/2020/NĐ-CP') continue;
      expect(r.source.article ?? '', r.id).not.toMatch(/m[ụu]c\s*II\.4|m[ụu]c\s*I\.2/i);
    }
  });

  it.each(['citation-first-complete', 'citation-date', 'abbreviation-defined', 'parent-cited', 'citation-in-force'])(
    '%s cites Phụ lục I, Phần I, Mục II, khoản 6',
    (id) => {
      const r = byId.get(id)!;
      expect(r.source.ref).toBe('30/2020/NĐ-CP');
      expect(r.source.article).toMatch(/^Phụ lục I, Phần I, Mục II, khoản 6/);
    },
  );

  it.each(['citation-amendments-cited', 'task-lead-required', 'task-product-required', 'task-deadline-required', 'lead-accountable'])(
    '%s has no decree behind it and says it is good practice',
    (id) => {
      const r = byId.get(id)!;
      expect(r.source.ref).toBe('Thực hành tốt');
      expect(r.source.title?.startsWith(GOOD_PRACTICE)).toBe(true);
    },
  );

  it('no rule names Nghị định 63/2010 as the basis of who leads or what a task table holds', () => {
    for (const r of rules) expect(r.source.ref, r.id).not.toBe('63/2010/NĐ-CP');
  });

  it('a good-practice rule says so in the words a reviewer reads', () => {
    for (const r of rules.filter((x) => x.source.ref === 'Thực hành tốt'))
      expect(r.source.title ?? '', r.id).toMatch(/^Thực hành tốt khi soạn thảo \(không phải yêu cầu của văn bản pháp luật\)/);
  });
});
