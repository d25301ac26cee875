import { describe, expect, it } from 'vitest';
import { describeChange, formatDiffMarkdown } from '../src/diff/format-diff.js';
import type { Change } from '../src/diff/plan-diff.js';
import type { PlanDiff } from '../src/diff/run-diff.js';
import type { Finding } from '../src/types.js';

/**
 * The diff comment as GitHub renders it (a blank line around each heading and list, or the list
 * runs into the heading) and values of every shape a change can carry.
 */
const f = (ruleId: string, line: number, message: string, severity: Finding['severity'] = 'error'): Finding => ({
  ruleId,
  severity,
  message,
  location: { file: 'p.yaml', pointer: '/x', line, column: 3 },
});
const diff = (blocking: boolean, changes: Change[]): PlanDiff => ({
  before: { label: 'HEAD:p.yaml', sha256: '0'.repeat(64) },
  after: { label: 'p.yaml', sha256: '1'.repeat(64) },
  changes,
  findings: { new: [f('n', 9, 'thấp hơn')], fixed: [f('o', 4, 'đã sửa', 'warning')], unchanged: [f('u', 1, 'u'), f('v', 2, 'v')] },
  blocking,
});

describe('the diff in Markdown, line by line', () => {
  it('blocked, with a change', () => {
    expect(formatDiffMarkdown(diff(true, [{ kind: 'legal-basis-added', after: 'Căn cứ A' }]), 'vi').split('\n')).toEqual([
      '## plan-check diff: p.yaml',
      '',
      '> **Không đạt:** thay đổi gây lỗi mới, hạ chỉ tiêu dưới mức của kế hoạch cấp trên, hoặc bỏ, đổi kế hoạch cấp trên (cần rà soát).',
      '',
      '### Thay đổi về nội dung (1)',
      '',
      '- Căn cứ thêm: Căn cứ A',
      '',
      '### Vấn đề mới (1)',
      '',
      '- 🆕 `n` thấp hơn (p.yaml:9)',
      '',
      '### Vấn đề đã khắc phục (1)',
      '',
      '- ✅ `o` đã sửa (p.yaml:4)',
      '',
      'Vấn đề giữ nguyên: 2.',
      '',
    ]);
  });

  it('not blocked, no change of meaning', () => {
    expect(formatDiffMarkdown(diff(false, []), 'en').split('\n')).toEqual([
      '## plan-check diff: p.yaml',
      '',
      '### Changes of meaning (0)',
      '',
      '_No semantic change._',
      '',
      '### New findings (1)',
      '',
      '- 🆕 `n` thấp hơn (p.yaml:9)',
      '',
      '### Fixed findings (1)',
      '',
      '- ✅ `o` đã sửa (p.yaml:4)',
      '',
      'Unchanged findings: 2.',
      '',
    ]);
  });

  it('with changes, no "no change" line', () => {
    const md = formatDiffMarkdown(diff(false, [{ kind: 'legal-basis-removed', before: 'Căn cứ B' }]), 'en');
    expect(md).toContain('### Changes of meaning (1)\n\n- Legal basis removed: Căn cứ B\n\n### New findings');
    expect(md).not.toContain('No semantic change');
  });
});

describe('values of every shape in a change', () => {
  it('a field missing on one side shows as a dash; lists joined; other values as JSON or text', () => {
    expect(describeChange({ kind: 'task-changed', task: '2', field: 'lead', after: ['C', 'D'] }, 'en')).toBe('Task 2: lead "—" → "C; D"');
    expect(describeChange({ kind: 'identity-changed', field: 'parent', before: { ref: 'x' }, after: true }, 'en')).toBe(
      'Document parent: "{"ref":"x"}" → "true"',
    );
    expect(describeChange({ kind: 'identity-changed', field: 'year', before: 2026, after: undefined }, 'vi')).toBe(
      'Thông tin văn bản year: "2026" → "—"',
    );
  });

  it('a change missing its task, metric, old id or field (never made by diffPlans) leaves the slot empty', () => {
    const cases: [Change, string, string][] = [
      [{ kind: 'task-renumbered' }, 'Nhiệm vụ  đổi số thành ', 'Task  renumbered as '],
      [{ kind: 'identity-changed' }, 'Thông tin văn bản : "—" → "—"', 'Document : "—" → "—"'],
      [{ kind: 'task-changed', field: 'content', before: 'a', after: 'b' }, ': nội dung "a" → "b"', ': content "a" → "b"'],
      [{ kind: 'target-added', after: 5 }, 'Chỉ tiêu : thêm 5%', 'Target : added 5%'],
    ];
    for (const [c, vi, en] of cases) {
      expect(describeChange(c, 'vi')).toBe(vi);
      expect(describeChange(c, 'en')).toBe(en);
    }
  });
});
