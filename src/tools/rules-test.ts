import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, finishReport, type CheckOptions } from '../check.js';
import { unreadableReport } from '../check/unreadable.js';
import { InputError } from '../errors/input-error.js';
import { BUILT_IN_CHECKS } from '../plan/built-in-checks.js';
import type { RuleSet } from '../rules/ruleset-types.js';
import type { Report } from '../types.js';

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

/** What a fixture folder brings along: a parent plan's rule set (parent.yaml), options (options.json). */
export function fixtureOptions(dir: string): Partial<CheckOptions> {
  const extraRules = ['parent.yaml'].map((f) => join(dir, f)).filter(existsSync);
  const opts = existsSync(join(dir, 'options.json'))
    ? (JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as Partial<CheckOptions>)
    : {};
  return { extraRules, ...opts };
}

/**
 * The report of one fixture, checked in-process as a batch would: a file that cannot be read at all
 * is reported as a failed `input-readable` check instead of stopping the run, so that the built-in
 * checks are tested like the rules.
 */
export async function checkFixture(file: string, options: CheckOptions): Promise<Report> {
  try {
    return await check([file], options);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return finishReport([unreadableReport(file, err, options.lang ?? 'vi')], options);
  }
}

/**
 * A rule set's own tests, like a policy test runner: for each rule, and each built-in check
 * (src/plan/built-in-checks.ts), `<dir>/<rule-id>/valid.yaml` must raise nothing of that rule and
 * `invalid.yaml` must raise it exactly at the lines and columns marked "# expect:". Rules without
 * fixtures are listed.
 */
export async function testRules(rulesets: RuleSet[], dir: string, asOf = '2026-03-10'): Promise<RuleTestResult[]> {
  const out: RuleTestResult[] = [];
  const ids = [...rulesets.flatMap((rs) => rs.rules.map((r) => r.id)), ...Object.keys(BUILT_IN_CHECKS)];
  for (const ruleId of ids) {
    const d = join(dir, ruleId);
    if (!existsSync(join(d, 'valid.yaml')) || !existsSync(join(d, 'invalid.yaml'))) {
      out.push({ ruleId, status: 'no-fixtures', problems: [] });
      continue;
    }
    const opts = { asOf, ...fixtureOptions(d) };
    const problems: string[] = [];
    const valid = await checkFixture(join(d, 'valid.yaml'), opts);
    for (const f of valid.files[0]!.findings.filter((x) => x.ruleId === ruleId))
      problems.push(`valid.yaml:${f.location.line}:${f.location.column} ${f.message}`);
    const invalid = await checkFixture(join(d, 'invalid.yaml'), opts);
    const got = invalid.files[0]!.findings.filter((x) => x.ruleId === ruleId).map((f) => `${f.location.line}:${f.location.column}`);
    const want = expectedMarks(join(d, 'invalid.yaml')).map((m) => `${m.line}:${m.column}`);
    if (want.length === 0) problems.push('invalid.yaml has no "# expect:" mark');
    if (got.join(',') !== want.join(',')) problems.push(`invalid.yaml: expected ${want.join(', ') || '—'}, got ${got.join(', ') || '—'}`);
    out.push({ ruleId, status: problems.length ? 'fail' : 'pass', problems });
  }
  return out.sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
}

export function fixtureDirs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
