import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check } from '../src/check.js';
import { loadRuleSet } from '../src/rules/load-ruleset.js';
import { ROOT, run } from './helpers/cli.js';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';

describe('a new province rule set is data only, and the parent checks run on it', () => {
  it('plan-check rules new writes requirements and metadata, no rules; a requirement added to it is checked', async () => {
    const t = tempDir('plan-check-compose-');
    const rulesDir = join(t.dir, 'rules');
    cpSync(join(ROOT, 'rules', 'core'), join(rulesDir, 'core'), { recursive: true });
    cpSync(join(ROOT, 'rules', 'legal'), join(rulesDir, 'legal'), { recursive: true });
    cpSync(join(ROOT, 'rules', 'vocabulary'), join(rulesDir, 'vocabulary'), { recursive: true }); // core/drafting reads its phrase vocabulary
    const made = run([
      'rules',
      'new',
      '--province',
      'tinh-moi',
      '--ref',
      '9/QĐ-UBND',
      '--date',
      '2026-01-15',
      '--year',
      '2026',
      '--dir',
      rulesDir,
    ]);
    expect(made.code).toBe(0);
    const file = made.out.trim();
    expect(Object.keys(parse(readFileSync(file, 'utf8')) as object)).not.toContain('rules');
    // the scaffold's empty list of requirements, filled in
    const requirements = [
      'requirements:',
      '  - id: TM-9/satisfaction',
      '    kind: target',
      '    title: Mức độ hài lòng đạt tối thiểu 95%',
      '    target: { metric: satisfaction, min: 95, unit: percent }',
      '    source: { ref: 9/QĐ-UBND, article: "Phụ lục, mục I" }',
      '  - id: TM-9/inspection',
      '    kind: task',
      '    title: Thành lập Đoàn kiểm tra công tác kiểm soát TTHC',
      '    match: { any: [đoàn kiểm tra] }',
      '    source: { ref: 9/QĐ-UBND, article: "Phụ lục, mục II" }',
      '',
    ].join('\n');
    const scaffold = readFileSync(file, 'utf8');
    expect(scaffold).toMatch(/^requirements: \[\]\n/m);
    writeFileSync(file, scaffold.replace(/^requirements: \[\]\n/m, requirements));
    const rs = loadRuleSet(file);
    expect(rs.rules).toEqual([]);
    expect(rs.requirements.map((r) => r.id)).toEqual(['TM-9/satisfaction', 'TM-9/inspection']);

    const plan = t.write('plan.yaml', MINIMAL_PLAN);
    const report = await check([plan], { rulesDir, asOf: '2026-06-01' });
    const f = report.files[0]!;
    expect(f.rulesets.map((r) => r.id)).toContain('tinh-moi/2026-kstthc');
    const byRequirement = (id: string) => f.checks.find((c) => c.ruleId === id)!;
    expect(byRequirement('TM-9/satisfaction').status).toBe('fail');
    expect(byRequirement('TM-9/satisfaction').findings.map((x) => x.ruleId)).toEqual(['parent-target-present']);
    expect(byRequirement('TM-9/inspection').findings.map((x) => x.ruleId)).toEqual(['parent-task-present']);
    // a finding on a requirement cites where the requirement is written
    expect(byRequirement('TM-9/inspection').findings[0]!.source).toEqual({ ref: '9/QĐ-UBND', article: 'Phụ lục, mục II' });
  });
});
