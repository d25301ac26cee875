import { describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { InputError } from '../src/errors/input-error.js';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';

const t = tempDir();

describe('loading a plan', () => {
  it('loads a valid plan with no findings', () => {
    const p = loadPlan(t.write('ok.yaml', MINIMAL_PLAN), 'vi');
    expect(p.findings).toEqual([]);
    expect(p.plan?.tasks[0]?.id).toBe('1');
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('normalises NFD text to NFC and still locates by the original text', () => {
    const nfd = MINIMAL_PLAN.replace('Xây dựng kế hoạch', 'Xây dựng kế hoạch'.normalize('NFD'));
    expect(nfd).not.toBe(MINIMAL_PLAN);
    const p = loadPlan(t.write('nfd.yaml', nfd), 'vi');
    expect(p.findings).toEqual([]);
    expect(p.plan?.tasks[0]?.content).toBe('Xây dựng kế hoạch'.normalize('NFC'));
    expect(p.locate('/tasks/0/lead').line).toBe(10);
  });

  it('reports a syntax error located, in Vietnamese, without data', () => {
    const p = loadPlan(t.write('syntax.yaml', MINIMAL_PLAN.replace('    lead: [Trung', '    lead: [[Trung')), 'vi');
    expect(p.plan).toBeUndefined();
    const f = p.findings.find((x) => x.ruleId === 'yaml-syntax');
    expect(f).toBeDefined();
    expect(f!.message).toMatch(/Lỗi cú pháp YAML/);
    expect(f!.location.line).toBeGreaterThanOrEqual(10);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const p = loadPlan(
      t.write('dup.yaml', MINIMAL_PLAN.replace('    product: Kế hoạch\n', '    product: Kế hoạch\n    product: Báo cáo\n')),
      'vi',
    );
    const f = p.findings.find((x) => x.ruleId === 'yaml-duplicate-key');
    expect(f?.location.line).toBe(13);
    expect(f?.location.column).toBe(5);
    expect(f?.message).toMatch(/Khóa bị lặp/);
    expect(p.plan).toBeUndefined();
  });

  it('refuses an alias bomb with a message, quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const p = loadPlan(t.write('bomb.yaml', bomb.join('\n') + '\n'), 'vi');
    const f = p.findings.find((x) => x.ruleId === 'yaml-safe');
    expect(f?.message).toMatch(/bí danh/);
    expect(p.plan).toBeUndefined();
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key, located', (key) => {
    const p = loadPlan(
      t.write(`proto-${key}.yaml`, MINIMAL_PLAN.replace('  year: 2026\n', `  year: 2026\n  ${key}: { polluted: true }\n`)),
      'vi',
    );
    const f = p.findings.find((x) => x.ruleId === 'yaml-safe');
    expect(f?.location).toMatchObject({ line: 4, column: 3 });
    expect(p.plan).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports an empty file as a finding', () => {
    const p = loadPlan(t.write('empty.yaml', ''), 'vi');
    expect(p.findings.map((f) => f.message)).toEqual(['Tệp rỗng: chưa có nội dung kế hoạch']);
    expect(p.plan).toBeUndefined();
  });

  it('accepts a UTF-8 byte-order mark and keeps positions', () => {
    const p = loadPlan(t.write('bom.yaml', '\uFEFF' + MINIMAL_PLAN), 'vi');
    expect(p.findings).toEqual([]);
    expect(p.locate('/tasks/0/product')).toMatchObject({ line: 12, column: 14 });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL_PLAN, 'utf16le')]);
    const p = loadPlan(t.write('utf16.yaml', le), 'vi');
    expect(p.findings).toEqual([]);
    expect(p.plan?.plan.title).toContain('thủ tục');
  });

  it.each([
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
    ['invalid UTF-8', Buffer.from([0x70, 0x6c, 0x61, 0x6e, 0x3a, 0x20, 0xc3, 0x28])],
  ])('refuses a %s file as a usage error', (_, bytes) => {
    expect(() => loadPlan(t.write(`bin-${_.replace(/\W/g, '')}.yaml`, bytes), 'vi')).toThrow(InputError);
  });

  it('refuses a missing file and a directory as usage errors', () => {
    expect(() => loadPlan(t.dir + '/none.yaml', 'vi')).toThrow(/Không tìm thấy tệp/);
    expect(() => loadPlan(t.dir, 'vi')).toThrow(/thư mục/);
  });

  it('refuses a file over the size limit', () => {
    const big = t.write('big.yaml', MINIMAL_PLAN + '#'.repeat(2048) + '\n');
    expect(() => loadPlan(big, 'vi', 1024)).toThrow(/quá lớn/);
  });

  it('reports a wrong type at the value, in Vietnamese', () => {
    const p = loadPlan(t.write('type.yaml', MINIMAL_PLAN.replace('  year: 2026', '  year: "hai nghìn"')), 'vi');
    const f = p.findings.find((x) => x.ruleId === 'plan-schema');
    expect(f?.message).toBe('plan.year phải là số nguyên');
    expect(f?.location).toMatchObject({ line: 3, column: 9 });
  });

  it('reports an unknown field at its key, and a missing one at its parent', () => {
    const p = loadPlan(
      t.write(
        'fields.yaml',
        MINIMAL_PLAN.replace('    product: Kế hoạch', '    prodcut: Kế hoạch').replace('    content: Xây dựng kế hoạch\n', ''),
      ),
      'vi',
    );
    const msgs = p.findings.map((f) => [f.message, f.location.line, f.location.column]);
    expect(msgs).toContainEqual(['Trường "prodcut" không có trong lược đồ kế hoạch (gõ sai tên?) tại tasks.0', 11, 5]);
    expect(msgs).toContainEqual(['Thiếu trường bắt buộc "content" tại tasks.0', 8, 5]);
  });

  it('reports an unknown unit of measure and an impossible date', () => {
    const text = MINIMAL_PLAN.replace('date: null', 'date: "2026-02-30"').replace(
      '    product: Kế hoạch\n',
      '    product: Kế hoạch\n    targets:\n      - { metric: satisfaction, bound: ">=", value: 95, unit: phần trăm }\n',
    );
    const p = loadPlan(t.write('units.yaml', text), 'vi');
    const msgs = p.findings.map((f) => f.message);
    expect(msgs).toContain('tasks.0.targets.0.unit phải là một trong: "percent", "count"');
    expect(msgs).toContain('Ngày 2026-02-30 không tồn tại');
  });

  it('gives English messages with lang en', () => {
    const p = loadPlan(t.write('type-en.yaml', MINIMAL_PLAN.replace('  year: 2026', '  year: "hai nghìn"')), 'en');
    expect(p.findings[0]?.message).toBe('plan.year must be integer');
  });
});
