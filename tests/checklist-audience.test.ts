import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { formatTerminal } from '../src/report/formatters/terminal.js';
import { cli } from './helpers/cli.js';

describe('the terminal checklist', () => {
  it('shows failed items first and one line per rule set for the passed ones; --all lists each', async () => {
    const report = await check(['plans/2026.yaml'], { asOf: '2026-03-10' });
    const lines = (all: boolean) => {
      const text = formatTerminal(report, { color: false, all });
      return text
        .slice(text.indexOf('Danh mục kiểm tra'), text.indexOf('Các vấn đề phát hiện'))
        .split('\n')
        .filter((l) => /^ {2}[✓✗≈–]/.test(l));
    };
    const short = lines(false);
    const firstPass = short.findIndex((l) => l.startsWith('  ✓') || l.startsWith('  –'));
    expect(short.slice(0, firstPass).every((l) => l.startsWith('  ✗'))).toBe(true);
    expect(short.slice(firstPass).every((l) => !l.startsWith('  ✗'))).toBe(true);
    // failed items by severity: warnings before info
    const failed = report.files[0]!.checks.filter((k) => k.status === 'fail');
    expect(short.slice(0, firstPass)).toHaveLength(failed.length);
    expect(short.slice(firstPass).map((l) => l.trim().split(/\s+/)[1])).toEqual([
      'plan-check',
      'core/citations',
      'core/deadlines',
      'core/drafting',
      'core/form',
      'core/tasks',
      'hai-phong/2026-kstthc',
    ]);
    expect(short.some((l) => /✓ task-product-required/.test(l))).toBe(false);
    const all = lines(true);
    expect(all).toHaveLength(report.files[0]!.checks.length);
    expect(all.some((l) => /✓ task-product-required/.test(l))).toBe(true);
  });
});

describe('--audience', () => {
  it('reviewer leaves drafter hints out; drafter (the default) shows them; --for-signing defaults to reviewer', async () => {
    const json = async (args: string[]) =>
      JSON.parse((await cli(['plans/2026.yaml', '--as-of', '2026-03-10', '-f', 'json', ...args])).out).files[0].findings as {
        ruleId: string;
        audience?: string;
      }[];
    const drafter = await json([]);
    const reviewer = await json(['--audience', 'reviewer']);
    expect(drafter.some((f) => f.ruleId === 'parent-task-linked' && f.audience === 'drafter')).toBe(true);
    expect(reviewer.some((f) => f.audience === 'drafter')).toBe(false);
    expect(reviewer.length).toBe(drafter.filter((f) => f.audience !== 'drafter').length);
    expect((await json(['--for-signing'])).some((f) => f.audience === 'drafter')).toBe(false);
    expect((await json(['--for-signing', '--audience', 'drafter'])).some((f) => f.audience === 'drafter')).toBe(true);
  });

  it('refuses an unknown audience with a usage error', async () => {
    const r = await cli(['plans/2026.yaml', '--as-of', '2026-03-10', '--audience', 'judge']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('reviewer');
  });

  it('--for-signing still blocks on a registry gap the reviewer view leaves out', async () => {
    const report = await check(['plans/2026.yaml'], { asOf: '2026-03-10', forSigning: true });
    expect(report.files[0]!.findings.some((f) => f.ruleId === 'citation-registry-gap')).toBe(false);
    expect(report.signing!.reasons).toContainEqual(expect.stringContaining('3 văn bản trích dẫn chưa xác định hiệu lực'));
  });
});
