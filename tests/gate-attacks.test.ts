import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { format } from '../src/report/formatters/index.js';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { cli, ROOT, sha } from './helpers/cli.js';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';

const AS_OF = '2026-06-01';
const t = tempDir('plan-check-gate-');
const SIGNING_PLAN = 'tests/fixtures/signing/plan.yaml';
const REAL_KSTTHC = join(ROOT, 'rules', 'hai-phong', '2026-kstthc.yaml');
const plan2026 = readFileSync(join(ROOT, 'plans', '2026.yaml'), 'utf8');
const withoutParent = (s: string) => s.replace(/  parent:\n(?: {4}.*\n)+/, '');

const waiversFor = (rules: string[]) =>
  'waivers:\n' +
  rules.map((r) => `  - rule: ${r}\n    reason: Đã xem\n    approved_by: Người duyệt\n    reference: Biên bản số 1\n`).join('');

describe('item 5: waivers cannot make an unreadable or unsigned plan ready for signature', () => {
  it('a file that is not a plan, with plan-schema waived, is not ready: the waiver is an error located in the waivers file', async () => {
    const notPlan = t.write('not-a-plan.yaml', 'chào: thế giới\n');
    const review = t.write('waive-schema.yaml', waiversFor(['plan-schema']));
    const r = await cli([notPlan, '--as-of', AS_OF, '--for-signing', '--waivers', review]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Chưa đủ điều kiện trình ký');
    expect(r.out).not.toContain('Đủ điều kiện trình ký.');

    const report = await check([notPlan], { asOf: AS_OF, forSigning: true, waivers: review });
    const file = report.files[0]!;
    const schema = file.findings.filter((f) => f.ruleId === 'plan-schema');
    expect(schema.length).toBeGreaterThan(0);
    expect(schema.every((f) => !f.waiver)).toBe(true);
    const refused = file.findings.find((f) => f.ruleId === 'waiver-not-allowed')!;
    expect(refused).toMatchObject({ severity: 'error', location: { file: review, line: 2 } });
    expect(refused.message).toContain('plan-schema');
    expect(refused.fix).toBeTruthy();
    expect(report.signing?.ready).toBe(false);
  });

  it('broken YAML with yaml-syntax waived is not ready', async () => {
    const broken = t.write('broken.yaml', 'plan:\n  title: "không đóng\n  year: 2026\n');
    const review = t.write('waive-syntax.yaml', waiversFor(['yaml-syntax']));
    const report = await check([broken], { asOf: AS_OF, forSigning: true, waivers: review });
    const file = report.files[0]!;
    expect(file.findings.filter((f) => f.ruleId === 'yaml-syntax').every((f) => !f.waiver)).toBe(true);
    expect(file.findings.map((f) => f.ruleId)).toContain('waiver-not-allowed');
    expect(report.signing?.ready).toBe(false);
  });

  it('a plan without signer, number or pending, with signing-signer and signing-number-date waived, is not ready', async () => {
    const unsigned = t.write(
      'unsigned.yaml',
      readFileSync(SIGNING_PLAN, 'utf8')
        .replace('    pending: true\n', '')
        .replace(/    signer: .*\n/, ''),
    );
    const base = readFileSync('tests/fixtures/signing/review.yaml', 'utf8');
    const review = t.write('waive-gate.yaml', base + waiversFor(['signing-signer', 'signing-number-date']).replace(/^waivers:\n/, ''));
    const r = await cli([unsigned, '--as-of', AS_OF, '--for-signing', '--waivers', review, '-f', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    const file = report.files[0];
    const gate = file.findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('signing-'));
    expect(gate.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['signing-number-date', 'signing-signer']);
    expect(gate.every((f: { waiver?: unknown }) => !f.waiver)).toBe(true);
    const refused = file.findings.filter((f: { ruleId: string }) => f.ruleId === 'waiver-not-allowed');
    expect(refused.map((f: { location: { line: number } }) => f.location.line).length).toBe(2);
    expect(report.signing.ready).toBe(false);
  });

  it('the waiver of an ordinary rule still works beside a refused one', async () => {
    const review = t.write(
      'mixed.yaml',
      readFileSync('tests/fixtures/signing/review.yaml', 'utf8') + waiversFor(['signing-signer']).replace(/^waivers:\n/, ''),
    );
    const report = await check([SIGNING_PLAN], { asOf: AS_OF, waivers: review });
    const file = report.files[0]!;
    expect(file.findings.find((f) => f.ruleId === 'lead-accountable')?.waiver).toBeDefined();
    expect(file.findings.find((f) => f.ruleId === 'waiver-not-allowed')?.message).toContain('signing-signer');
  });

  it('says so in English with --lang en', async () => {
    const review = t.write('waive-schema-en.yaml', waiversFor(['plan-schema']));
    const notPlan = t.write('not-a-plan-en.yaml', 'hello: world\n');
    const report = await check([notPlan], { asOf: AS_OF, lang: 'en', waivers: review });
    expect(report.files[0]!.findings.find((f) => f.ruleId === 'waiver-not-allowed')?.message).toMatch(/cannot be waived/);
  });
});

describe('item 6: a plan cannot choose a rule-set file outside the rule folders', () => {
  // A folder outside rules/ whose path is all lower case, so the id passes the old pattern.
  const outside = join(tmpdir(), `gate-attack-${process.pid}-${Date.now()}`);
  const fake = readFileSync(REAL_KSTTHC, 'utf8').replace(/\nrequirements:[\s\S]*?\nrules:/, '\nrequirements: []\nrules:');
  beforeAll(() => {
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'fake.yaml'), fake);
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));
  const traversal = relative(join(ROOT, 'rules'), join(outside, 'fake')).split('\\').join('/');
  const attackId = `hai-phong/../${traversal}`;

  it('the traversal id is refused with a located error and the fake file is never loaded', async () => {
    expect(attackId).toMatch(/^hai-phong\/\.\.\/\.\.\//);
    const planFile = t.write('traversal.yaml', plan2026.replace('ruleset: hai-phong/2026-kstthc', `ruleset: ${attackId}`));
    const report = await check([planFile], { asOf: AS_OF });
    const file = report.files[0]!;
    const line = plan2026.split('\n').findIndex((l) => l.includes('ruleset: hai-phong/2026-kstthc')) + 1;
    const refusal = file.findings.find((f) => f.location.pointer === '/plan/parent/ruleset' && f.severity === 'error');
    expect(refusal, JSON.stringify(file.findings.map((f) => f.ruleId))).toBeDefined();
    expect(refusal!.location.line).toBe(line);
    expect(refusal!.message).toMatch(/\.\./);
    expect(file.rulesets.every((r) => r.sha256 !== sha(join(outside, 'fake.yaml')))).toBe(true);
    expect(report.summary.error).toBeGreaterThan(0);
  });

  it('the catalog refuses ids with .., absolute paths and backslashes', () => {
    const catalog = new RuleSetCatalog();
    for (const id of [attackId, '/etc/passwd', 'hai-phong\\2026-kstthc', 'hai-phong/./2026-kstthc', 'Hai-Phong/2026-kstthc', '']) {
      expect(catalog.parent(id), id).toBeUndefined();
      expect(RuleSetCatalog.idProblem(id), id).toBeDefined();
    }
    expect(RuleSetCatalog.idProblem('hai-phong/2026-kstthc')).toBeUndefined();
    expect(catalog.parent('hai-phong/2026-kstthc')?.file).toBe(REAL_KSTTHC);
  });

  it('a symlink in the rules folder that leads out of it is not followed', () => {
    const rulesDir = join(outside, 'rules');
    mkdirSync(join(rulesDir, 'core'), { recursive: true });
    mkdirSync(join(rulesDir, 'hai-phong'), { recursive: true });
    symlinkSync(join(outside, 'fake.yaml'), join(rulesDir, 'hai-phong', 'linked.yaml'));
    expect(new RuleSetCatalog(rulesDir).parent('hai-phong/linked')).toBeUndefined();
  });

  it('a rule-set file whose id is not its path is not taken for another rule set', () => {
    const rulesDir = join(outside, 'rules2');
    mkdirSync(join(rulesDir, 'hai-phong'), { recursive: true });
    writeFileSync(join(rulesDir, 'hai-phong', 'copy.yaml'), fake);
    expect(() => new RuleSetCatalog(rulesDir).parent('hai-phong/copy')).toThrow(/hai-phong\/2026-kstthc/);
  });

  it('the report names the rule-set file actually loaded, with its SHA-256', async () => {
    const report = await check(['plans/2026.yaml'], { asOf: AS_OF });
    const rs = report.files[0]!.rulesets.find((r) => r.id === 'hai-phong/2026-kstthc')!;
    expect(rs).toMatchObject({ file: 'rules/hai-phong/2026-kstthc.yaml', sha256: sha(REAL_KSTTHC) });
    for (const name of ['text', 'markdown', 'html'] as const) {
      expect(format(name, report, { color: false })).toContain(`rules/hai-phong/2026-kstthc.yaml · SHA-256 ${sha(REAL_KSTTHC)}`);
    }
  });
});

describe('item 7: a plan cannot opt out of its parent plan', () => {
  const requirementChecks = (report: Awaited<ReturnType<typeof check>>) =>
    report.files[0]!.checks.filter((c) => c.ruleId.startsWith('HP-714/'));

  it('naming an unknown rule set: the plan still gets the rule set its issuer, year and kind fall under, and a located error', async () => {
    const planFile = t.write('unknown-ruleset.yaml', plan2026.replace('ruleset: hai-phong/2026-kstthc', 'ruleset: hai-phong/khong-co'));
    const report = await check([planFile], { asOf: AS_OF });
    const file = report.files[0]!;
    expect(file.rulesets.map((r) => r.id)).toContain('hai-phong/2026-kstthc');
    expect(requirementChecks(report).length).toBeGreaterThan(10);
    const f = file.findings.find((x) => x.ruleId === 'parent-ruleset-match')!;
    expect(f).toMatchObject({ severity: 'error', location: { pointer: '/plan/parent/ruleset' } });
    expect(f.message).toContain('hai-phong/2026-kstthc');
    expect(f.message).toContain('hai-phong/khong-co');
  });

  it('naming a different known rule set: the one it falls under is used instead', async () => {
    const planFile = t.write('other-ruleset.yaml', plan2026.replace('ruleset: hai-phong/2026-kstthc', 'ruleset: hai-phong/2026-cchc'));
    const report = await check([planFile], { asOf: AS_OF });
    expect(report.files[0]!.rulesets.map((r) => r.id)).toContain('hai-phong/2026-kstthc');
    expect(report.files[0]!.rulesets.map((r) => r.id)).not.toContain('hai-phong/2026-cchc');
    expect(report.files[0]!.findings.map((x) => x.ruleId)).toContain('parent-ruleset-match');
  });

  it('deleting the parent section: the rule set still applies, and the missing parent is an error', async () => {
    const planFile = t.write('no-parent.yaml', withoutParent(plan2026));
    const report = await check([planFile], { asOf: AS_OF });
    expect(report.files[0]!.rulesets.map((r) => r.id)).toContain('hai-phong/2026-kstthc');
    expect(requirementChecks(report).length).toBeGreaterThan(10);
    expect(report.files[0]!.findings.find((x) => x.ruleId === 'parent-ruleset-match')).toMatchObject({
      severity: 'error',
      location: { pointer: '/plan' },
    });
  });

  it('the real plans keep exactly their parent rule set, without a mismatch finding', async () => {
    const report = await check(['plans/2026.yaml', 'plans/nam-do-son-cchc-2026.yaml'], { asOf: AS_OF });
    expect(report.files.map((f) => f.rulesets.filter((r) => r.id.startsWith('hai-phong/')).map((r) => r.id))).toEqual([
      ['hai-phong/2026-kstthc'],
      ['hai-phong/2026-cchc'],
    ]);
    expect(report.files.flatMap((f) => f.findings).filter((x) => x.ruleId.startsWith('parent-ruleset'))).toEqual([]);
  });

  it('a cited parent without a rule set is a warning that its requirements were not checked', async () => {
    const planFile = t.write(
      'cited-parent.yaml',
      MINIMAL_PLAN.replace('  document:', '  parent: { ref: 12/QĐ-UBND, date: 2026-01-05 }\n  document:'),
    );
    const report = await check([planFile], { asOf: AS_OF });
    const f = report.files[0]!.findings.find((x) => x.ruleId === 'parent-ruleset-known')!;
    expect(f).toMatchObject({ severity: 'warning', location: { pointer: '/plan/parent' } });
    expect(f.message).toContain('chưa được kiểm tra');
  });

  it('diff: deleting the parent is a change that needs review (exit 1), and the parent requirements are not listed as fixed', async () => {
    const old = t.write('diff-old.yaml', plan2026);
    const cut = t.write('diff-new.yaml', withoutParent(plan2026));
    const r = await cli(['diff', old, cut, '-f', 'json', '--as-of', AS_OF]);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.out);
    expect(d.blocking).toBe(true);
    expect(d.changes).toContainEqual(
      expect.objectContaining({ kind: 'identity-changed', field: 'parent', before: '714/QĐ-UBND', after: null }),
    );
    expect(d.findings.fixed.filter((f: { subject?: { id: string } }) => f.subject?.id?.startsWith('HP-714/'))).toEqual([]);
  }, 60_000);

  it('diff: changing parent.ruleset alone needs review (exit 1)', async () => {
    const old = t.write('diff-old2.yaml', plan2026);
    const changed = t.write('diff-new2.yaml', plan2026.replace('ruleset: hai-phong/2026-kstthc', 'ruleset: hai-phong/khong-co'));
    const r = await cli(['diff', old, changed, '-f', 'json', '--as-of', AS_OF]);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.out);
    expect(d.changes).toContainEqual(
      expect.objectContaining({
        kind: 'identity-changed',
        field: 'parent.ruleset',
        before: 'hai-phong/2026-kstthc',
        after: 'hai-phong/khong-co',
      }),
    );
    const text = await cli(['diff', old, changed, '--as-of', AS_OF]);
    expect(text.code).toBe(1);
    expect(text.out).toContain('parent.ruleset');
  }, 60_000);
});
