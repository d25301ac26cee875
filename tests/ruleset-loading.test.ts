import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../src/rules/load-ruleset.js';
import { RuleSetError } from '../src/errors/ruleset-error.js';
import { RuleSetCatalog } from '../src/rules/discover.js';

const BROKEN = join(import.meta.dirname, 'fixtures', 'broken-rules');

function failure(file: string): RuleSetError {
  try {
    loadRuleSet(join(BROKEN, file));
  } catch (err) {
    if (err instanceof RuleSetError) return err;
    throw err;
  }
  throw new Error('expected a RuleSetError');
}

describe('rule sets are checked before use', () => {
  it('loads every shipped rule set', () => {
    const sets = new RuleSetCatalog().all();
    expect(new RuleSetCatalog().always().length).toBe(5);
    expect(sets.map((s) => s.id)).toEqual([
      'core/citations',
      'core/deadlines',
      'core/drafting',
      'core/tasks',
      'core/units',
      'hai-phong/2026-cchc',
      'hai-phong/2026-kstthc',
      'signing/gate',
    ]);
    for (const s of sets) for (const r of s.rules) expect(r.message.vi && r.message.en && r.fix.vi && r.source.ref).toBeTruthy();
  });

  it.each([
    ['unknown-operator.yaml', 11, 'uses-unknown-operator', /Toán tử không xác định "isNiceText"/],
    ['missing-message.yaml', 5, 'has-no-message', /thiếu trường "message"/],
    ['duplicate-id.yaml', 13, 'same-id', /Mã quy tắc "same-id" bị trùng/],
    ['unknown-fact.yaml', 11, 'reads-unknown-fact', /Dữ kiện \(fact\) không xác định "budget"/],
    ['bad-path.yaml', 11, 'scripted-path', /không hợp lệ/],
    ['misspelt-path.yaml', 12, 'reads-misspelt-path', /Dữ kiện "task.deadlineInfo" không có trường "du"/],
    ['fact-of-other-kind.yaml', 12, 'reads-citation-on-task', /áp dụng cho "task" không đọc được dữ kiện "citation"/],
    ['misspelt-where.yaml', 9, 'filters-on-missing-field', /Dữ kiện "citation" không có trường "frist"/],
  ])('%s stops with file, line and rule', (file, line, ruleId, message) => {
    const err = failure(file);
    expect(err.file).toBe(join(BROKEN, file));
    expect(err.line).toBe(line);
    expect(err.ruleId).toBe(ruleId);
    expect(err.describe('vi')).toMatch(message);
    expect(err.describe('vi')).toContain(`${file}:${line}:`);
  });
});
