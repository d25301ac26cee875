import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Checker } from '../src/check.js';
import { importDocument } from '../src/import/import-document.js';
import { planYaml } from '../src/plan/plan-yaml.js';
import type { FileReport } from '../src/types.js';
import { renderedDocx } from './helpers/rendered-docx.js';
import { tempDir } from './helpers/temp.js';

const ROOT = join(import.meta.dirname, '..');
const AS_OF = '2026-06-01';
const PLANS = readdirSync(join(ROOT, 'plans')).filter((f) => f.endsWith('.yaml'));

/** Counts by severity and, per subject (a task, a unit named in a task, a citation …), the rule ids that fired. */
function summary(r: FileReport) {
  const counts = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  const bySubject = new Map<string, string[]>();
  for (const f of r.findings) {
    counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    const key = `${f.subject?.kind ?? '-'}:${f.subject?.id ?? '-'}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), `${f.severity} ${f.ruleId}`]);
  }
  for (const list of bySubject.values()) list.sort();
  return { counts, bySubject: Object.fromEntries([...bySubject].sort(([a], [b]) => a.localeCompare(b))) };
}

describe('render → import → check gives back what the plan itself gives', () => {
  const t = tempDir('plan-check-round-trip-');
  const checker = new Checker({ asOf: AS_OF });
  afterAll(() => rmSync(t.dir, { recursive: true, force: true }));

  it.each(PLANS)('plans/%s: same error/warning/info counts and the same rule ids per task', async (name) => {
    const file = join(ROOT, 'plans', name);
    const original = await checker.checkFile(file);
    const { plan, bytes } = await renderedDocx(file);
    const docx = t.write(name.replace(/\.yaml$/, '.docx'), bytes);
    const imported = await importDocument(docx, 'import');
    expect(imported.plan.tasks).toHaveLength(plan.tasks.length);
    expect(imported.unplaced).toBe(0);
    // the units lists are not printed: render keeps them in the file and import reads them back
    expect(imported.plan.units).toEqual(plan.units);
    expect(imported.plan.external_units).toEqual(plan.external_units);
    const yaml = t.write(name, planYaml(imported.plan, join(ROOT, 'schema', 'plan.schema.json'), [imported.plan.plan.title]));
    const again = await checker.checkFile(yaml);
    expect(summary(again)).toEqual(summary(original));
  });
});
