import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDiff } from '../src/diff/run-diff.js';
import { ROOT } from './helpers/cli.js';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';

/**
 * The corners of `plan-check diff` (runDiff, in process) that tests/run-diff.test.ts does not reach:
 * a side that is not a plan, a plan under no parent rule set, waived findings, and a change that
 * blocks on its own when every finding it brings is waived.
 */
const OPTIONS = { asOf: '2026-06-01' } as const;
const PLAN = readFileSync(join(ROOT, 'plans', '2026.yaml'), 'utf8');
const t = tempDir('plan-check-rundiff-edges-');
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));
const edit = (text: string, from: RegExp | string, to: string) => {
  const out = text.replace(from, to);
  expect(out).not.toBe(text);
  return out;
};
const WAIVER = `    reason: Thử nghiệm
    approved_by: Người duyệt
    reference: Biên bản số 1
`;
const waivers = (...entries: string[]) => t.write(`review-${entries.join('-')}.yaml`, `waivers:\n${entries.join('')}`);
const waive = (rule: string, task?: string) => `  - rule: ${rule}\n${task ? `    task: "${task}"\n` : ''}${WAIVER}`;

// II.3.c without a lead: a new error (task-lead-required) on that task
const NO_LEAD = edit(PLAN, /(id: II\.3\.c[\s\S]*?)lead:\n\s+- Các phòng chuyên môn, các cơ quan, đơn vị liên quan\n/, '$1lead: []\n');
const SATISFACTION = /(metric: satisfaction\n\s+bound: ">="\n\s+value:) 95/;

describe('runDiff corners', () => {
  it('a side that is not valid YAML: no change of meaning, its findings only on its side', async () => {
    const file = t.write('broken.yaml', 'plan: [unclosed');
    const worse = await runDiff({ label: 'old', text: PLAN }, file, OPTIONS);
    expect(worse.diff.changes).toEqual([]);
    expect(worse.diff.findings.new.map((f) => [f.ruleId, f.severity])).toEqual([['yaml-syntax', 'error']]);
    expect(worse.diff.blocking).toBe(true);

    const fixed = t.write('fixed.yaml', PLAN);
    const better = await runDiff({ label: 'old', text: 'plan: [unclosed' }, fixed, OPTIONS);
    expect(better.diff.changes).toEqual([]);
    expect(better.diff.findings.fixed.map((f) => f.ruleId)).toEqual(['yaml-syntax']);
    expect(better.diff.findings.new.some((f) => f.severity === 'error')).toBe(false);
    expect(better.diff.blocking).toBe(false);
  });

  it('a plan no parent rule set covers: its changes are listed, with no floor', async () => {
    const file = t.write('minimal.yaml', edit(MINIMAL_PLAN, 'content: Xây dựng kế hoạch', 'content: Xây dựng và ban hành kế hoạch'));
    const { diff } = await runDiff({ label: 'old', text: MINIMAL_PLAN }, file, OPTIONS);
    expect(diff.changes).toEqual([
      { kind: 'task-changed', task: '1', field: 'content', before: 'Xây dựng kế hoạch', after: 'Xây dựng và ban hành kế hoạch' },
    ]);
    expect(diff.blocking).toBe(false);
  });

  it('a new error covered by a waiver is not new and does not block', async () => {
    const file = t.write('no-lead.yaml', NO_LEAD);
    const plain = await runDiff({ label: 'old', text: PLAN }, file, OPTIONS);
    expect(plain.diff.findings.new.map((f) => f.ruleId)).toContain('task-lead-required');
    expect(plain.diff.blocking).toBe(true);

    const waived = await runDiff({ label: 'old', text: PLAN }, file, {
      ...OPTIONS,
      waivers: waivers(waive('task-lead-required', 'II.3.c')),
    });
    expect(waived.reports[1].files[0]!.findings.some((f) => f.ruleId === 'task-lead-required' && f.waiver)).toBe(true);
    expect(waived.diff.findings.new.map((f) => f.ruleId)).not.toContain('task-lead-required');
    expect(waived.diff.findings.new.some((f) => f.severity === 'error')).toBe(false);
    expect(waived.diff.blocking).toBe(false);
  });

  it('an error that was waived before and is gone now is not counted as fixed', async () => {
    const file = t.write('lead-back.yaml', PLAN);
    const { diff, reports } = await runDiff({ label: 'old', text: NO_LEAD }, file, {
      ...OPTIONS,
      waivers: waivers(waive('task-lead-required', 'II.3.c')),
    });
    expect(reports[0].files[0]!.findings.some((f) => f.ruleId === 'task-lead-required' && f.waiver)).toBe(true);
    expect(diff.findings.fixed.map((f) => f.ruleId)).not.toContain('task-lead-required');
    expect([...diff.findings.unchanged, ...diff.findings.new].map((f) => f.ruleId)).not.toContain('task-lead-required');
  });

  it('a changed parent plan blocks by itself when the error it brings is waived', async () => {
    const file = t.write('parent.yaml', edit(PLAN, 'ref: 714/QĐ-UBND', 'ref: 715/QĐ-UBND'));
    const { diff } = await runDiff({ label: 'old', text: PLAN }, file, { ...OPTIONS, waivers: waivers(waive('parent-cited')) });
    expect(diff.findings.new).toEqual([]);
    expect(diff.changes).toEqual([{ kind: 'identity-changed', field: 'parent', before: '714/QĐ-UBND', after: '715/QĐ-UBND' }]);
    expect(diff.blocking).toBe(true);
  });

  it('a target lowered below the floor blocks by itself when the floor error is waived', async () => {
    const file = t.write('below.yaml', edit(PLAN, SATISFACTION, '$1 94'));
    const { diff } = await runDiff({ label: 'old', text: PLAN }, file, { ...OPTIONS, waivers: waivers(waive('parent-target-floor')) });
    expect(diff.findings.new.some((f) => f.severity === 'error')).toBe(false);
    expect(diff.changes).toEqual([
      { kind: 'target-lowered', task: 'II.3.c', metric: 'satisfaction', floor: 95, belowFloor: true, before: 95, after: 94 },
    ]);
    expect(diff.blocking).toBe(true);
  });

  it('leaves nothing behind in the temporary folder', async () => {
    const tmp = join(t.dir, 'tmp');
    mkdirSync(tmp);
    const file = t.write('again.yaml', PLAN);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      await runDiff({ label: 'old', text: MINIMAL_PLAN }, file, OPTIONS);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(readdirSync(tmp)).toEqual([]);
  });
});
