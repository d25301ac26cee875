import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';
import { cli, ROOT, run, sha } from './helpers/cli.js';

const t = tempDir();

// The command line runs in-process (tests/helpers/cli.ts) but where a test says it runs the built binary.
describe('plan-check command line', () => {
  it('prints the checklist of the bundled example, passes included', async () => {
    const r = run(['plans/2026.yaml', '--as-of', '2026-03-10', '--all']); // the built binary, as a process
    expect(r.err).toBe('');
    expect(r.out).toContain('Danh mục kiểm tra');
    expect(r.out).toMatch(/✓ task-product-required/);
    expect(r.out).toMatch(/✗ lead-accountable/);
    expect(r.out).toMatch(/plans\/2026\.yaml:\d+:\d+ {2}cảnh báo/);
    expect(r.out).toContain('Phòng VHXXH');
    expect(r.out).toMatch(/^Tổng kết: /m);
    // no error-level finding in seed 000's core rules: exit 0; warnings fail with --fail-on warning
    expect(r.code).toBe(0);
    expect((await cli(['plans/2026.yaml', '--as-of', '2026-06-01', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('reports tasks 2.2 and 7.8 of the CCHC plan as missing a product, and catch-all leads as warnings', async () => {
    const r = await cli(['plans/nam-do-son-cchc-2026.yaml', '--as-of', '2026-06-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.tool.name).toBe('plan-check');
    const file = report.files[0];
    expect(file.sha256).toBe(sha(join(ROOT, 'plans/nam-do-son-cchc-2026.yaml')));
    const missing = file.findings.filter((f: { ruleId: string }) => f.ruleId === 'task-product-required');
    expect(missing.map((f: { subject: { id: string }; severity: string }) => [f.subject.id, f.severity])).toEqual([
      ['2.2', 'error'],
      ['7.8', 'error'],
    ]);
    const lines = readFileSync(join(ROOT, 'plans/nam-do-son-cchc-2026.yaml'), 'utf8').split('\n');
    for (const f of missing) expect(lines[f.location.line - 1]).toContain(`id: "${f.subject.id}"`);
    const catchAll = file.findings.filter((f: { ruleId: string }) => f.ruleId === 'lead-accountable');
    expect(catchAll.map((f: { subject: { id: string } }) => f.subject.id)).toEqual(expect.arrayContaining(['3.5', '3.6', '4.1', '4.6']));
    expect(catchAll.every((f: { severity: string }) => f.severity === 'warning')).toBe(true);
    expect(report.summary.error).toBe(2);
    const check = file.checks.find((c: { ruleId: string }) => c.ruleId === 'task-product-required');
    expect(check).toMatchObject({ status: 'fail', severity: 'error' });
  });

  it('gives a located Vietnamese message and exit 1 for a YAML syntax error, with no stack trace', async () => {
    const f = t.write('syntax.yaml', MINIMAL_PLAN.replace('  year: 2026', '  year: [2026'));
    const r = await cli([f, '--as-of', '2026-06-01']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ {2}lỗi +Lỗi cú pháp YAML`));
    expect(r.out + r.err).not.toMatch(/\n\s+at /);
  });

  it('gives a located message and exit 1 for a wrong type', async () => {
    const f = t.write(
      'type.yaml',
      MINIMAL_PLAN.replace('    lead: [Trung tâm Phục vụ hành chính công]', '    lead: Trung tâm Phục vụ hành chính công'),
    );
    const r = await cli([f, '--as-of', '2026-06-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const finding = JSON.parse(r.out).files[0].findings[0];
    expect(finding).toMatchObject({
      ruleId: 'plan-schema',
      severity: 'error',
      message: 'tasks.0.lead phải là danh sách',
      location: { line: 10, column: 11, pointer: '/tasks/0/lead' },
    });
  });

  it('exits 2 with a clear message for a missing file, a directory, a binary file', async () => {
    const missing = run(['plans/khong-co.yaml', '--as-of', '2026-06-01']); // the built binary, as a process
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('plan-check: Không tìm thấy tệp "plans/khong-co.yaml"\n');
    expect((await cli([tempDir().dir, '--as-of', '2026-06-01'])).code).toBe(2); // a folder without any plan
    const bin = t.write('x.yaml', Buffer.from([0, 1, 2, 3, 255]));
    const r = await cli([bin, '--as-of', '2026-06-01', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is not text/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming file, line and rule for a broken rule set', async () => {
    const r = await cli(['plans/2026.yaml', '--as-of', '2026-06-01', '--rules', 'tests/fixtures/broken-rules/unknown-operator.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown-operator\.yaml:11:\d+ \(quy tắc uses-unknown-operator\): Toán tử không xác định "isNiceText"/);
  });

  it('exits 2 for usage errors: unknown option, bad date, bad language', async () => {
    expect((await cli(['plans/2026.yaml', '--frobnicate'])).code).toBe(2);
    expect((await cli(['plans/2026.yaml', '--as-of', '2026-02-30'])).code).toBe(2);
    expect((await cli(['plans/2026.yaml', '--lang', 'fr'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });

  it('shows help with examples and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Ví dụ (examples):');
    expect(r.out).toContain('--fail-on');
  });

  it('speaks English with --lang en', async () => {
    const r = await cli(['plans/nam-do-son-cchc-2026.yaml', '--as-of', '2026-06-01', '--lang', 'en']);
    expect(r.out).toContain('Checklist');
    expect(r.out).toContain('Task 2.2 has no expected product');
  });

  it('writes reports atomically to files and leaves the plan untouched; output is deterministic', async () => {
    const plan = join(ROOT, 'plans/ninh-giang-kstthc-2026.yaml');
    const before = sha(plan);
    const out1 = join(t.dir, 'r1.json');
    const out2 = join(t.dir, 'r2.json');
    // no error since HP-714/inspection (seen in one commune plan only) is a hint, not an error (issue 13)
    expect((await cli([plan, '-f', 'json', '-o', out1, '--as-of', '2026-04-01'])).code).toBe(0);
    expect((await cli([plan, '-f', 'json', '-o', out2, '-f', 'text', '--as-of', '2026-04-01'])).out).toContain('Danh mục kiểm tra');
    expect(readFileSync(out1, 'utf8')).toBe(readFileSync(out2, 'utf8'));
    expect(sha(plan)).toBe(before);
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(out1)).toBe(true);
  });
});

describe('plan-check registry', () => {
  it('prints a document status on a date; the verdict changes on the end date', async () => {
    const before = await cli(['registry', '61/2018/NĐ-CP', '--as-of', '2025-06-30']);
    expect(before.code).toBe(0);
    expect(before.out).toContain('Tại ngày 30/6/2025: CÒN HIỆU LỰC');
    const after = await cli(['registry', 'nghị', 'định', '61/2018', '--as-of', '2025-07-01']);
    expect(after.out).toContain('HẾT HIỆU LỰC');
    expect(after.out).toContain('Được thay thế bởi: 118/2025/NĐ-CP');
  });

  it('says unknown for a document it does not hold, with exit 1, and speaks JSON', async () => {
    const r = await cli(['registry', '999/QĐ-UBND']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('hiệu lực chưa xác định');
    const j = JSON.parse((await cli(['registry', '118/2025/NĐ-CP', '--json', '--as-of', '2026-01-01'])).out);
    expect(j.documents[0].status.verdict).toBe('in-force');
    expect(j.documents[0].status.amendments.map((a: { ref: string }) => a.ref)).toEqual(['367/2025/NĐ-CP']);
  });
});
