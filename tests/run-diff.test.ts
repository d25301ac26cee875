import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDiff } from '../src/diff/run-diff.js';
import { ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

/**
 * `plan-check diff` in process: two versions of the real plan, checked against the parent rule set
 * (hai-phong/2026-kstthc, floor 95 % for satisfaction), and what makes the change blocking.
 */
const OPTIONS = { asOf: '2026-06-01' } as const;
const PLAN = readFileSync(join(ROOT, 'plans', '2026.yaml'), 'utf8');
const t = tempDir('plan-check-rundiff-');
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const SATISFACTION = /(metric: satisfaction\n\s+bound: ">="\n\s+value:) 95/;
const edit = (from: RegExp | string, to: string) => {
  const out = PLAN.replace(from, to);
  expect(out).not.toBe(PLAN);
  return out;
};

describe('runDiff', () => {
  it('the same text: no change, every finding unchanged, not blocking; labels and hashes of both sides', async () => {
    const file = t.write('same.yaml', PLAN);
    const { diff, reports } = await runDiff({ label: 'HEAD:plans/2026.yaml', text: PLAN }, file, OPTIONS);
    expect(diff.before).toEqual({ label: 'HEAD:plans/2026.yaml', sha256: sha(PLAN) });
    expect(diff.after).toEqual({ label: file, sha256: sha(PLAN) });
    expect(diff.changes).toEqual([]);
    expect(diff.findings.new).toEqual([]);
    expect(diff.findings.fixed).toEqual([]);
    const open = reports[1].files[0]!.findings.filter((f) => !f.waiver);
    expect(open.length).toBeGreaterThan(0);
    expect(diff.findings.unchanged).toEqual(open);
    expect(diff.blocking).toBe(false);
    expect(reports[0].asOf).toBe('2026-06-01');
  });

  it('a target lowered but still at the parent floor is reported and does not block', async () => {
    const before = edit(SATISFACTION, '$1 97');
    const file = t.write('above.yaml', PLAN);
    const { diff } = await runDiff({ label: 'old', text: before }, file, OPTIONS);
    expect(diff.changes).toEqual([
      { kind: 'target-lowered', task: 'II.3.c', metric: 'satisfaction', floor: 95, belowFloor: false, before: 97, after: 95 },
    ]);
    expect(diff.blocking).toBe(false);
  });

  it('a target lowered below the parent floor blocks, with the floor of the rule set the plan names', async () => {
    const file = t.write('below.yaml', edit(SATISFACTION, '$1 94'));
    const { diff } = await runDiff({ label: 'old', text: PLAN }, file, { ...OPTIONS, lang: 'en' });
    expect(diff.changes).toContainEqual({
      kind: 'target-lowered',
      task: 'II.3.c',
      metric: 'satisfaction',
      floor: 95,
      belowFloor: true,
      before: 95,
      after: 94,
    });
    expect(diff.blocking).toBe(true);
  });

  it('a changed parent plan blocks even with no finding changed', async () => {
    const file = t.write('parent.yaml', edit('ref: 714/QĐ-UBND', 'ref: 715/QĐ-UBND'));
    const { diff } = await runDiff({ label: 'old', text: PLAN }, file, OPTIONS);
    expect(diff.changes).toEqual([{ kind: 'identity-changed', field: 'parent', before: '714/QĐ-UBND', after: '715/QĐ-UBND' }]);
    expect(diff.blocking).toBe(true);
  });

  it('a new error blocks; a fixed one is listed under the old label; a new warning alone does not block', async () => {
    const broken = edit(/(id: II\.3\.c[\s\S]*?)lead:\n\s+- Các phòng chuyên môn, các cơ quan, đơn vị liên quan\n/, '$1lead: []\n');
    const file = t.write('broken.yaml', broken);
    const worse = await runDiff({ label: 'old', text: PLAN }, file, OPTIONS);
    expect(worse.diff.findings.new.some((f) => f.severity === 'error')).toBe(true);
    expect(worse.diff.blocking).toBe(true);

    const fixed = t.write('fixed.yaml', PLAN);
    const better = await runDiff({ label: 'HEAD:old.yaml', text: broken }, fixed, OPTIONS);
    // the lead given back is a vague one: a new warning, which alone does not block
    expect(better.diff.findings.new.map((f) => [f.ruleId, f.severity])).toEqual([['lead-accountable', 'warning']]);
    expect(better.diff.findings.fixed.length).toBeGreaterThan(0);
    for (const f of better.diff.findings.fixed) expect(f.location.file).toBe('HEAD:old.yaml');
    expect(better.diff.blocking).toBe(false);
  });
});
