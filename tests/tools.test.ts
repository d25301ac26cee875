import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { BUILT_IN_CHECKS } from '../src/plan/built-in-checks.js';
import { cli, ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const t = tempDir('plan-check-tools-');

describe('plan-check init', () => {
  it('a new plan for xã Ninh Giang passes every parent requirement; only drafter-owned fields are asked for', async () => {
    const out = join(t.dir, 'ninh-giang.yaml');
    const r = await cli(['init', '--ruleset', 'hai-phong/2026-kstthc', '--unit', 'xã Ninh Giang', '-o', out, '--as-of', '2026-03-01']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    const report = await check([out], { asOf: '2026-03-01' });
    const file = report.files[0]!;
    const requirements = file.checks.filter((c) => c.requirement);
    expect(requirements.length).toBe(26);
    expect(requirements.filter((c) => c.status !== 'pass').map((c) => c.ruleId)).toEqual([]);
    expect(requirements.every((c) => !c.requirement!.proposed)).toBe(true);
    const rules = [...new Set(file.findings.map((f) => f.ruleId))].sort();
    // products, and the reporting calendar and recipient of the report task, which the parent rule set
    // does not give (VERDICTS.md: the city's reporting calendar is not encoded), are the drafter's to write
    expect(rules).toEqual(['report-duty-scheduled', 'task-product-required']);
    expect(text).toContain('Quyết định số 714/QĐ-UBND ngày 27/02/2026');
    expect(text).toContain('Nghị định số 367/2025/NĐ-CP ngày 31/12/2025');
    expect((await cli(['init', '--ruleset', 'hai-phong/2026-kstthc', '--unit', 'xã Ninh Giang', '-o', out])).code).toBe(2);
    expect((await cli(['init', '--ruleset', 'nowhere/1', '--unit', 'xã A'])).code).toBe(2);
  });
});

describe('plan-check rules', () => {
  it('lists and shows rules', async () => {
    const list = await cli(['rules', 'list']);
    expect(list.out).toContain('task-product-required');
    expect(list.out).toContain('parent-target-floor');
    const show = await cli(['rules', 'show', 'citation-in-force']);
    expect(JSON.parse(show.out.slice(show.out.indexOf('{'))).source.ref).toBe('30/2020/NĐ-CP');
    expect((await cli(['rules', 'show', 'no-such-rule'])).code).toBe(2);
  });

  it('documents every rule from its metadata', async () => {
    const dir = join(t.dir, 'docs');
    expect((await cli(['rules', 'docs', '-o', dir])).code).toBe(0);
    const docs = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    for (const rs of new RuleSetCatalog().all()) for (const r of rs.rules) expect(docs).toContain(`\`${r.id}\``);
  });

  it('keeps the committed rule reference (docs/rules) up to date, with every rule and both fixtures linked', async () => {
    const dir = join(t.dir, 'docs-now');
    expect((await cli(['rules', 'docs', '-o', dir, '--fixtures', 'tests/fixtures/rules'])).code).toBe(0);
    const committed = join(ROOT, 'docs', 'rules');
    const names = readdirSync(dir).sort();
    expect(readdirSync(committed).sort()).toEqual(names);
    // Links are relative to the output folder, so compare after making them relative to docs/rules.
    const fresh = (f: string) =>
      readFileSync(join(dir, f), 'utf8').replace(/\]\((?:\.\.\/)+[^)]*?tests\/fixtures\/rules\//g, '](../../tests/fixtures/rules/');
    for (const f of names)
      expect(readFileSync(join(committed, f), 'utf8'), `docs/rules/${f} is stale: run plan-check rules docs -o docs/rules`).toBe(fresh(f));
    const all = names.map((f) => readFileSync(join(committed, f), 'utf8')).join('\n');
    // the built-in checks (src/plan/built-in-checks.ts) are documented and tested like the rules
    const ids = [...new RuleSetCatalog().all().flatMap((rs) => rs.rules), ...Object.values(BUILT_IN_CHECKS)].map((r) => r.id);
    expect(ids).toContain('plan-schema');
    for (const id of ids) {
      const section = all.slice(all.indexOf(`### \`${id}\``));
      expect(section, id).toMatch(
        /^### `[^`]+`[^]*?Kế hoạch mẫu để kiểm thử[^\n]*\[đạt\]\([^)]*valid\.yaml\) · \[không đạt\]\([^)]*invalid\.yaml\)/,
      );
      expect(existsSync(join(ROOT, 'tests', 'fixtures', 'rules', id, 'valid.yaml')), id).toBe(true);
      expect(existsSync(join(ROOT, 'tests', 'fixtures', 'rules', id, 'invalid.yaml')), id).toBe(true);
    }
  });

  it('keeps the generated phrase vocabulary of the misspelling method (rules/vocabulary/phrases.json) up to date', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-phrase-vocabulary.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}: run node scripts/build-phrase-vocabulary.mjs after npm run build`).toBe(0);
  });

  it("runs each rule's valid and invalid fixtures: all shipped rules have them and pass", async () => {
    const r = await cli(['rules', 'test']);
    expect(r.out).toMatch(/^\d+ passed, 0 failed$/m);
    expect(r.out).not.toContain('chưa có ví dụ');
    // the built-in checks too, in-process; an unreadable fixture is reported, not a stop
    for (const id of Object.keys(BUILT_IN_CHECKS)) expect(r.out).toContain(`✓ ${id}\n`);
    expect(r.code).toBe(0);
  });

  it('reports a rule without fixtures and a fixture that no longer matches', async () => {
    const dir = join(t.dir, 'fixtures');
    const r = await cli(['rules', 'test', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('? task-product-required — chưa có ví dụ');
  });
});

describe('plan-check rules new', () => {
  it('scaffolds a province rule set that loads, with provenance to fill', async () => {
    const { rmSync } = await import('node:fs');
    const { loadRuleSet } = await import('../src/rules/load-ruleset.js');
    const r = await cli([
      'rules',
      'new',
      '--province',
      'tinh-thu-nghiem',
      '--ref',
      '123/QĐ-UBND',
      '--date',
      '2026-01-15',
      '--year',
      '2026',
      '--dir',
      t.dir,
    ]);
    const file = r.out.trim();
    try {
      expect(r.code).toBe(0);
      const rs = loadRuleSet(file);
      expect(rs.id).toBe('tinh-thu-nghiem/2026-kstthc');
      expect(rs.provenance).toContain('CHƯA ĐIỀN');
      expect(rs.parent).toMatchObject({ ref: '123/QĐ-UBND', date: '2026-01-15' });
      expect(
        (
          await cli([
            'rules',
            'new',
            '--province',
            'tinh-thu-nghiem',
            '--ref',
            '1/QĐ-UBND',
            '--date',
            '2026-01-15',
            '--year',
            '2026',
            '--dir',
            t.dir,
          ])
        ).code,
      ).toBe(2);
      // The scaffold lands inside the test's own folder, never elsewhere.
      expect(file.startsWith(t.dir)).toBe(true);
    } finally {
      // Remove only the test's own province folder, whatever the command printed.
      rmSync(join(t.dir, 'tinh-thu-nghiem'), { recursive: true, force: true });
    }
  });
});
