import { describe, expect, it } from 'vitest';
import { describeChange, formatDiffJson, formatDiffMarkdown, formatDiffText } from '../src/diff/format-diff.js';
import { diffFindings } from '../src/diff/findings-diff.js';
import { findingKey } from '../src/review/finding-key.js';
import type { Change } from '../src/diff/plan-diff.js';
import type { PlanDiff } from '../src/diff/run-diff.js';
import type { Finding } from '../src/types.js';

/** What a reviewer reads of a diff, in both languages, and how findings are matched across versions. */
const f = (ruleId: string, pointer: string, line: number, message = `m ${ruleId}`, severity: Finding['severity'] = 'error'): Finding => ({
  ruleId,
  severity,
  message,
  location: { file: 'p.yaml', pointer, line, column: 3 },
  subject: { kind: 'task', id: '1' },
});

describe('describeChange: every kind, both languages', () => {
  const cases: [Change, string, string][] = [
    [{ kind: 'task-added', task: '4', after: 'Tập huấn' }, 'Nhiệm vụ 4: thêm mới — Tập huấn', 'Task 4: added — Tập huấn'],
    [{ kind: 'task-removed', task: '3', before: 'Kiểm tra' }, 'Nhiệm vụ 3: bị xóa — Kiểm tra', 'Task 3: removed — Kiểm tra'],
    [{ kind: 'task-renumbered', task: '1a', from: '1' }, 'Nhiệm vụ 1 đổi số thành 1a', 'Task 1 renumbered as 1a'],
    [
      { kind: 'task-changed', task: '2', field: 'deadline', before: 'Quý I/2026', after: 'Quý II/2026', direction: 'later' },
      'Nhiệm vụ 2: thời hạn "Quý I/2026" → "Quý II/2026" (MUỘN HƠN)',
      'Task 2: deadline "Quý I/2026" → "Quý II/2026" (LATER)',
    ],
    [
      { kind: 'task-changed', task: '2', field: 'deadline', before: 'Quý II/2026', after: 'Quý I/2026', direction: 'earlier' },
      'Nhiệm vụ 2: thời hạn "Quý II/2026" → "Quý I/2026" (sớm hơn)',
      'Task 2: deadline "Quý II/2026" → "Quý I/2026" (earlier)',
    ],
    [
      { kind: 'task-changed', task: '2', field: 'deadline', before: 'Thường xuyên', after: null, direction: 'unclear' },
      'Nhiệm vụ 2: thời hạn "Thường xuyên" → "—"',
      'Task 2: deadline "Thường xuyên" → "—"',
    ],
    [
      { kind: 'task-changed', task: '2', field: 'lead', before: ['A', 'B'], after: ['C'] },
      'Nhiệm vụ 2: cơ quan chủ trì "A; B" → "C"',
      'Task 2: lead "A; B" → "C"',
    ],
    [
      { kind: 'task-changed', task: '2', field: 'partners', before: null, after: ['C'] },
      'Nhiệm vụ 2: cơ quan phối hợp "—" → "C"',
      'Task 2: partners "—" → "C"',
    ],
    [
      { kind: 'task-changed', task: '2', field: 'content', before: 'a', after: 'b' },
      'Nhiệm vụ 2: nội dung "a" → "b"',
      'Task 2: content "a" → "b"',
    ],
    [
      { kind: 'task-changed', task: '2', field: 'product', before: 'a', after: 'b' },
      'Nhiệm vụ 2: sản phẩm "a" → "b"',
      'Task 2: product "a" → "b"',
    ],
    [
      { kind: 'task-changed', task: '2', field: 'section', before: 'I', after: 'II' },
      'Nhiệm vụ 2: mục "I" → "II"',
      'Task 2: section "I" → "II"',
    ],
    [
      { kind: 'task-changed', task: '2', field: 'implements', before: ['X'], after: [] },
      'Nhiệm vụ 2: yêu cầu cấp trên "X" → ""',
      'Task 2: implements "X" → ""',
    ],
    [
      { kind: 'target-added', task: '2', metric: 'satisfaction', after: 90, floor: 95, belowFloor: true },
      'Chỉ tiêu satisfaction (Nhiệm vụ 2): thêm 90% (mức tối thiểu của cấp trên: 95%, THẤP HƠN)',
      'Target satisfaction (Task 2): added 90% (parent floor 95%, BELOW IT)',
    ],
    [
      { kind: 'target-removed', metric: 'online_payment', before: 80 },
      'Chỉ tiêu online_payment: bị xóa (trước 80%)',
      'Target online_payment: removed (was 80%)',
    ],
    [
      { kind: 'target-raised', task: '1', metric: 'satisfaction', before: 95, after: 97, floor: 95, belowFloor: false },
      'Chỉ tiêu satisfaction (Nhiệm vụ 1): nâng 95% → 97% (mức tối thiểu của cấp trên: 95%)',
      'Target satisfaction (Task 1): raised 95% → 97% (parent floor 95%)',
    ],
    [
      { kind: 'target-lowered', metric: 'digitisation', before: 100, after: 99 },
      'Chỉ tiêu digitisation: HẠ 100% → 99%',
      'Target digitisation: LOWERED 100% → 99%',
    ],
    [{ kind: 'legal-basis-added', after: 'Căn cứ X;' }, 'Căn cứ thêm: Căn cứ X;', 'Legal basis added: Căn cứ X;'],
    [{ kind: 'legal-basis-removed', before: 'Căn cứ Y;' }, 'Căn cứ bị xóa: Căn cứ Y;', 'Legal basis removed: Căn cứ Y;'],
    [
      { kind: 'identity-changed', field: 'parent', before: '714/QĐ-UBND', after: null },
      'Thông tin văn bản parent: "714/QĐ-UBND" → "—"',
      'Document parent: "714/QĐ-UBND" → "—"',
    ],
  ];
  it.each(cases)('%j', (c, vi, en) => {
    expect(describeChange(c, 'vi')).toBe(vi);
    expect(describeChange(c, 'en')).toBe(en);
  });
});

describe('findings matched across versions by rule, subject, pointer shape and message, never by line', () => {
  it('moved lines are unchanged; a renumbered list index is the same finding; multisets', () => {
    const before = [f('a', '/tasks/0/lead', 10), f('a', '/tasks/0/lead', 12), f('b', '/plan', 1), f('c', '/x', 2)];
    const after = [f('a', '/tasks/3/lead', 40), f('b', '/plan', 5), f('d', '/y', 6)];
    const d = diffFindings(before, after);
    expect(d.unchanged.map((x) => x.ruleId)).toEqual(['a', 'b']);
    expect(d.new.map((x) => x.ruleId)).toEqual(['d']);
    expect(d.fixed.map((x) => `${x.ruleId}:${x.location.line}`)).toEqual(['a:12', 'c:2']);
    expect(findingKey(f('a', '/tasks/12/lead/3', 1))).toBe('a|task|1|/tasks/#/lead/#|m a');
    expect(findingKey({ ...f('a', '', 1), subject: undefined })).toBe('a||||m a');
    expect(findingKey(f('a', '/p', 1, 'one'))).not.toBe(findingKey(f('a', '/p', 1, 'two')));
    expect(diffFindings([], [])).toEqual({ new: [], fixed: [], unchanged: [] });
  });
});

describe('the diff as text, Markdown and JSON', () => {
  const d = (
    blocking: boolean,
    changes: Change[] = [{ kind: 'target-lowered', task: '1', metric: 'satisfaction', before: 97, after: 94, floor: 95, belowFloor: true }],
  ): PlanDiff =>
    ({
      before: { label: 'HEAD~1:p.yaml' },
      after: { label: 'p.yaml' },
      changes,
      findings: {
        new: [f('parent-target-floor', '/tasks/0', 9, 'thấp hơn')],
        fixed: [f('old', '/tasks/1', 4, 'đã sửa', 'warning')],
        unchanged: [f('u', '/x', 1)],
      },
      blocking,
    }) as unknown as PlanDiff;

  it('text: header, each change, new, fixed, unchanged count, verdict', () => {
    expect(formatDiffText(d(true), 'vi').split('\n')).toEqual([
      'HEAD~1:p.yaml → p.yaml',
      '',
      'Thay đổi về nội dung (1):',
      '  • Chỉ tiêu satisfaction (Nhiệm vụ 1): HẠ 97% → 94% (mức tối thiểu của cấp trên: 95%, THẤP HƠN)',
      '',
      'Vấn đề mới (1):',
      '  + p.yaml:9:3  lỗi  thấp hơn  [parent-target-floor]',
      '',
      'Vấn đề đã khắc phục (1):',
      '  - p.yaml:4:3  cảnh báo  đã sửa  [old]',
      '',
      'Vấn đề giữ nguyên: 1',
      '',
      'KHÔNG ĐẠT: thay đổi gây lỗi mới, hạ chỉ tiêu dưới mức của cấp trên, hoặc bỏ, đổi kế hoạch cấp trên (cần rà soát).',
      '',
    ]);
    const en = formatDiffText(d(false, []), 'en');
    expect(en).toContain('Changes of meaning (0):\n  (no semantic change)\n');
    expect(en).toContain('New findings (1):\n  + p.yaml:9:3  error  thấp hơn  [parent-target-floor]');
    expect(en).toContain('Fixed findings (1):\n  - p.yaml:4:3  warning  đã sửa  [old]');
    expect(en).toContain('Unchanged findings: 1');
    expect(en).not.toContain('BLOCKED');
    expect(formatDiffText(d(true), 'en')).toContain('BLOCKED: the change introduces an error');
    expect(formatDiffText(d(false, []), 'vi')).toContain('  (không có thay đổi về nội dung)');
  });

  it('Markdown: verdict first, changes, new and fixed lists', () => {
    const md = formatDiffMarkdown(d(true), 'vi').split('\n');
    expect(md[0]).toBe('## plan-check diff: p.yaml');
    expect(md[2]).toMatch(/^> \*\*Không đạt:\*\* /);
    expect(md).toContain('### Thay đổi về nội dung (1)');
    expect(md).toContain('- Chỉ tiêu satisfaction (Nhiệm vụ 1): HẠ 97% → 94% (mức tối thiểu của cấp trên: 95%, THẤP HƠN)');
    expect(md).toContain('### Vấn đề mới (1)');
    expect(md).toContain('- 🆕 `parent-target-floor` thấp hơn (p.yaml:9)');
    expect(md).toContain('### Vấn đề đã khắc phục (1)');
    expect(md).toContain('- ✅ `old` đã sửa (p.yaml:4)');
    expect(md).toContain('Vấn đề giữ nguyên: 1.');
    const en = formatDiffMarkdown(d(false, []), 'en');
    expect(en).not.toContain('Blocked');
    expect(en).toContain('_No semantic change._');
    expect(en).toContain('### New findings (1)');
    expect(formatDiffMarkdown(d(true), 'en')).toContain('> **Blocked:** ');
    expect(formatDiffMarkdown(d(false, []), 'vi')).toContain('_Không có thay đổi về nội dung._');
  });

  it('JSON is the diff itself', () => {
    expect(JSON.parse(formatDiffJson(d(true)))).toEqual(JSON.parse(JSON.stringify(d(true))));
    expect(formatDiffJson(d(true)).endsWith('}\n')).toBe(true);
  });
});
