import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../src/rules/load-ruleset.js';
import { RuleSetError } from '../src/errors/ruleset-error.js';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { yamlFilesUnder } from '../src/tools/build-compiled-rules.js';

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
  it('loads every shipped rule set, found on disk (not listed here)', () => {
    const RULES = join(import.meta.dirname, '..', 'rules');
    // rule-set files: every YAML file of the rules folder but the registry and the vocabulary
    const files = yamlFilesUnder(RULES).filter((f) => !/^(legal|vocabulary)$/.test(relative(RULES, f).split(sep)[0]!));
    const declared = (f: string) => (parse(readFileSync(f, 'utf8')) as { id: string }).id;
    const catalog = new RuleSetCatalog();
    const sets = catalog.all();
    expect(sets.map((s) => s.file)).toEqual(files);
    expect(sets.map((s) => s.id)).toEqual(files.map(declared));
    expect(catalog.always().map((s) => s.file)).toEqual(files.filter((f) => relative(RULES, f).startsWith(`core${sep}`)));
    // a parent plan's rule set is named by its path
    for (const p of catalog.parents())
      expect(p.id).toBe(
        relative(RULES, p.file)
          .replace(/\.ya?ml$/, '')
          .split(sep)
          .join('/'),
      );
    expect(catalog.parents().length).toBeGreaterThan(0);
    for (const s of sets) for (const r of s.rules) expect(r.message.vi && r.message.en && r.fix.vi && r.source.ref).toBeTruthy();
  });

  it("parent plans' rule sets hold data only: the rules on requirements are core rules", () => {
    const catalog = new RuleSetCatalog();
    for (const p of catalog.parents())
      expect(
        p.rules.filter((r) => r.applies_to === 'requirement'),
        p.id,
      ).toEqual([]);
    expect(catalog.always().flatMap((s) => s.rules.filter((r) => r.applies_to === 'requirement')).length).toBeGreaterThan(0);
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
