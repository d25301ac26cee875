import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckOptions } from '../check.js';
import type { RuleSet } from '../rules/ruleset-types.js';

export interface RuleTestResult {
  ruleId: string;
  status: 'pass' | 'fail' | 'no-fixtures';
  problems: string[];
}

/** Lines of a fixture marked "# expect: <column>" or "# expect: @<text>". */
export function expectedMarks(file: string): { line: number; column: number }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const m = /\s# expect: (.+?)\s*$/.exec(text);
      if (!m) return [];
      const spec = m[1]!;
      if (spec.startsWith('@')) return [{ line: i + 1, column: text.slice(0, m.index).indexOf(spec.slice(1)) + 1 }];
      return spec.split(/\s+/).map((n) => ({ line: i + 1, column: Number(n) }));
    });
}

/**
 * A rule set's own tests, like a policy test runner: for each rule, `<dir>/<rule-id>/valid.yaml`
 * must raise nothing of that rule and `invalid.yaml` must raise it exactly at the lines and columns
 * marked "# expect:". Rules without fixtures are listed.
 */
export async function testRules(rulesets: RuleSet[], dir: string, asOf = '2026-03-10'): Promise<RuleTestResult[]> {
  const out: RuleTestResult[] = [];
  for (const rs of rulesets) {
    for (const rule of rs.rules) {
      const d = join(dir, rule.id);
      if (!existsSync(join(d, 'valid.yaml')) || !existsSync(join(d, 'invalid.yaml'))) {
        out.push({ ruleId: rule.id, status: 'no-fixtures', problems: [] });
        continue;
      }
      const extra = ['parent.yaml'].map((f) => join(d, f)).filter(existsSync);
      const opts = existsSync(join(d, 'options.json'))
        ? (JSON.parse(readFileSync(join(d, 'options.json'), 'utf8')) as Partial<CheckOptions>)
        : {};
      const problems: string[] = [];
      const valid = await check([join(d, 'valid.yaml')], { asOf, extraRules: extra, ...opts });
      for (const f of valid.files[0]!.findings.filter((x) => x.ruleId === rule.id))
        problems.push(`valid.yaml:${f.location.line}:${f.location.column} ${f.message}`);
      const invalid = await check([join(d, 'invalid.yaml')], { asOf, extraRules: extra, ...opts });
      const got = invalid.files[0]!.findings.filter((x) => x.ruleId === rule.id).map((f) => `${f.location.line}:${f.location.column}`);
      const want = expectedMarks(join(d, 'invalid.yaml')).map((m) => `${m.line}:${m.column}`);
      if (want.length === 0) problems.push('invalid.yaml has no "# expect:" mark');
      if (got.join(',') !== want.join(',')) problems.push(`invalid.yaml: expected ${want.join(', ') || '—'}, got ${got.join(', ') || '—'}`);
      out.push({ ruleId: rule.id, status: problems.length ? 'fail' : 'pass', problems });
    }
  }
  return out.sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
}

export function fixtureDirs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
