import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { check } from '../src/check.js';
import { format, FORMATS } from '../src/report/formatters/index.js';
import { cli, ROOT, type CliResult } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const require = createRequire(import.meta.url);
const t = tempDir();

function sarifValidator() {
  const Ajv = require('ajv-draft-04');
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  return new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);
}

describe('several formats from one run', () => {
  const out = (n: string) => join(t.dir, n);
  let r: CliResult;
  beforeAll(async () => {
    r = await cli([
      'plans/2026.yaml',
      '-f',
      'sarif',
      '-o',
      out('r.sarif'),
      '-f',
      'junit',
      '-o',
      out('r.xml'),
      '-f',
      'html',
      '-o',
      out('r.html'),
      '-f',
      'markdown',
      '-o',
      out('r.md'),
      '-f',
      'github',
      '-o',
      out('r.gh'),
      '--as-of',
      '2026-11-22',
    ]);
  });

  it('writes every file and nothing to stdout', () => {
    expect(r.err).toBe('');
    expect(r.out).toBe('');
    for (const n of ['r.sarif', 'r.xml', 'r.html', 'r.md', 'r.gh']) expect(readFileSync(out(n), 'utf8').length).toBeGreaterThan(100);
  });

  it('SARIF validates against the SARIF 2.1.0 schema and has one rule entry per rule id', () => {
    const log = JSON.parse(readFileSync(out('r.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run0 = log.runs[0];
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const res of run0.results) {
      expect(ids[res.ruleIndex]).toBe(res.ruleId);
      expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
    const rule = run0.tool.driver.rules.find((x: { id: string }) => x.id === 'lead-accountable');
    // No decree requires one lead per task: the rule says it is good practice, not law.
    expect(rule.help.text).toContain('Thực hành tốt');
  });

  it('JUnit has one test case per check, passes included', async () => {
    const xml = readFileSync(out('r.xml'), 'utf8');
    const report = await check(['plans/2026.yaml'], { asOf: '2026-11-22' });
    const checks = report.files[0]!.checks;
    // parsed as XML, not matched as text: well formed, and the JUnit structure checked
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'testcase', 'failure', 'skipped', 'property'].includes(name),
    }).parse(xml);
    const suites = doc.testsuites.testsuite as {
      name: string;
      tests: string;
      failures: string;
      skipped: string;
      testcase: { classname: string; name: string; failure?: { type: string; message: string }[]; skipped?: unknown[] }[];
    }[];
    expect(suites.map((s) => s.name)).toEqual(['plans/2026.yaml']);
    const cases = suites[0]!.testcase;
    expect(cases.length).toBe(checks.length);
    expect(Number(suites[0]!.tests)).toBe(checks.length);
    expect(Number(doc.testsuites.tests)).toBe(checks.length);
    const failed = cases.filter((c) => c.failure);
    expect(failed.length).toBe(checks.filter((c) => c.status === 'fail').length);
    expect(Number(suites[0]!.failures)).toBe(failed.length);
    expect(Number(doc.testsuites.failures)).toBe(failed.length);
    expect(Number(suites[0]!.skipped)).toBe(cases.filter((c) => c.skipped).length);
    for (const c of cases) expect(c.classname).toBe('plans/2026.yaml');
    // one test case per check, named by rule id and title, in the order of the checks
    expect(cases.map((c) => c.name)).toEqual(checks.map((c) => `${c.ruleId}: ${c.title}`));
    for (const c of failed) for (const f of c.failure!) expect(['error', 'warning', 'info']).toContain(f.type);
    expect(cases.find((c) => c.name.startsWith('HP-714/satisfaction: '))).toBeDefined();
  });

  it('GitHub annotations point at real lines', () => {
    const lines = readFileSync(out('r.gh'), 'utf8').trim().split('\n');
    const plan = readFileSync(join(ROOT, 'plans/2026.yaml'), 'utf8').split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) {
      const m = /^::(error|warning|notice) file=plans\/2026\.yaml,line=(\d+),col=(\d+)/.exec(l);
      expect(m, l).not.toBeNull();
      expect(plan[Number(m![2]) - 1]!.length).toBeGreaterThanOrEqual(Number(m![3]) - 1);
    }
  });

  it('Markdown is a summary fit for a pull-request comment', () => {
    const md = readFileSync(out('r.md'), 'utf8');
    expect(md).toMatch(/^## plan-check: /);
    expect(md).toContain('<details>');
    expect(md).toContain('SHA-256');
  });
});

describe('formatters are pure and deterministic', () => {
  it.each(FORMATS)('%s gives byte-identical output for the same inputs', async (name) => {
    const a = await check(['plans/nam-do-son-cchc-2026.yaml'], { asOf: '2026-05-01' });
    const b = await check(['plans/nam-do-son-cchc-2026.yaml'], { asOf: '2026-05-01' });
    expect(format(name, a, { color: false })).toBe(format(name, b, { color: false }));
  });

  it('adds the time only with --timestamp', async () => {
    const plain = await cli(['plans/2026.yaml', '--as-of', '2026-06-01', '-f', 'json']);
    const stamped = await cli(['plans/2026.yaml', '--as-of', '2026-06-01', '-f', 'json', '--timestamp']);
    expect(JSON.parse(plain.out).generatedAt).toBeUndefined();
    expect(JSON.parse(stamped.out).generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('hostile plan text never injects markup', () => {
  let evil = '';
  beforeAll(() => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/signing/plan.yaml'), 'utf8');
    evil = t.write(
      'evil.yaml',
      text.replace(
        'lead: ["Các cơ quan, đơn vị có liên quan"]',
        'lead: ["<script>window.__pwned = 1</script> **đậm** [liên kết](http://example.com) | ô | =cmd|\' /C calc\'!A0"]',
      ),
    );
    expect(readFileSync(evil, 'utf8')).not.toBe(text);
  });

  it('Markdown escapes it', async () => {
    const md = format('markdown', await check([evil], { asOf: '2026-03-10' }), { color: false });
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/[^\\]\[liên kết\]/);
    expect(md).toContain('\\<script\\>window'); // the lead is in the report, escaped
  });

  it('HTML escapes it', async () => {
    const html = format('html', await check([evil], { asOf: '2026-03-10' }), { color: false });
    expect(html).not.toContain('<script>window');
    expect(html).toContain('&lt;script&gt;');
  });

  it('JUnit and SARIF stay well formed', async () => {
    const r = await check([evil], { asOf: '2026-03-10' });
    const junit = format('junit', r, { color: false });
    expect(junit).not.toContain('<script>');
    expect(junit).toContain('&lt;script&gt;window'); // the lead is in the report, escaped
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(() => JSON.parse(format('sarif', r, { color: false }))).not.toThrow();
  });
});
