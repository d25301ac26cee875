import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import type { Finding } from '../src/types.js';
import { tempDir } from './helpers/temp.js';

const PLANS = join(import.meta.dirname, '..', 'plans');
const t = tempDir();
const by = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

async function run(file: string, asOf = '2026-11-22', lang: 'vi' | 'en' = 'vi') {
  const r = await check([file], { asOf, lang });
  return r.files[0]!;
}

/** A copy of an example plan with one change, as a drafter would make it. */
function variant(name: string, from: string, edit: (text: string) => string): string {
  const text = readFileSync(join(PLANS, from), 'utf8');
  const changed = edit(text);
  expect(changed).not.toBe(text);
  return t.write(name, changed);
}

describe('plans/nam-do-son-cchc-2026.yaml (seed 002)', () => {
  it('reports "Nghị định số 118/NĐ-CP" as malformed; 45/2020 cited with 118/2025 and DDCI spelt out are not reported', async () => {
    const file = await run(join(PLANS, 'nam-do-son-cchc-2026.yaml'));
    const malformed = by(file.findings, 'citation-number-year');
    expect(malformed.map((f) => f.message)).toEqual([expect.stringContaining('Nghị định số 118/NĐ-CP')]);
    expect(malformed[0]!.message).toContain('118/2025/NĐ-CP');
    expect(malformed[0]!.severity).toBe('warning');
    // 3.12 cites 118/2025 in the same sentence as 45/2020, after "của Chính phủ tại" (VERDICTS.md: wrong findings)
    expect(by(file.findings, 'citation-amendments-cited').filter((f) => f.message.includes('45/2020'))).toEqual([]);
    expect(by(file.findings, 'citation-first-complete').filter((f) => f.message.includes('45/2020'))).toEqual([]);
    // "Chỉ số năng lực cạnh tranh của phường (DDCI)" spells it out in other words
    expect(by(file.findings, 'abbreviation-defined').find((f) => f.message.includes('DDCI'))).toBeUndefined();
    const lines = readFileSync(join(PLANS, 'nam-do-son-cchc-2026.yaml'), 'utf8').split('\n');
    const cntt = by(file.findings, 'abbreviation-defined').find((f) => f.message.includes('CNTT'))!;
    expect(lines[cntt.location.line - 1]!.slice(cntt.location.column - 1)).toMatch(/^CNTT/);
    const spelled = by(file.findings, 'known-misspelling').map((f) => f.message);
    for (const w of ['Phần đầu', 'Chuyên đổi', 'đơn đốc', 'những nhiễu', 'truyền truyền']) expect(spelled.join('\n')).toContain(w);
  });
});

describe('plans/ninh-giang-kstthc-2026.yaml (seed 004)', () => {
  it('notes that 118/2025/NĐ-CP is cited without 367/2025/NĐ-CP (effective date unknown: info) and that the plan title lost a word', async () => {
    const file = await run(join(PLANS, 'ninh-giang-kstthc-2026.yaml'));
    expect(by(file.findings, 'citation-amendments-cited').filter((f) => f.message.includes('367/2025'))).toEqual([]);
    const amended = by(file.findings, 'citation-amendments-undated').find((f) => f.message.includes('118/2025/NĐ-CP'));
    expect(amended?.severity).toBe('info');
    expect(amended?.message).toContain('367/2025/NĐ-CP');
    const title = by(file.findings, 'title-consistent');
    expect(title).toHaveLength(1);
    expect(title[0]!.message).toContain('thiếu "thông" sau "liên"');
    expect(title[0]!.location.pointer).toBe('/plan/titles/plan');
  });

  it('is judged differently before 367/2025/NĐ-CP was signed', async () => {
    const file = await run(join(PLANS, 'ninh-giang-kstthc-2026.yaml'), '2025-12-01');
    expect(by(file.findings, 'citation-amendments-cited').some((f) => f.message.includes('367/2025'))).toBe(false);
    expect(by(file.findings, 'citation-amendments-undated').some((f) => f.message.includes('367/2025'))).toBe(false);
    // the rule did run on the citation of 118/2025/NĐ-CP: it was judged on that day, not skipped
    const rule = file.checks.find((c) => c.ruleId === 'citation-amendments-cited')!;
    expect(rule.evaluated).toBeGreaterThan(0);
    expect(file.asOf).toBe('2025-12-01');
  });
});

describe('plans/2026.yaml (seed 000) against Hải Phòng plan 714/QĐ-UBND', () => {
  it('lists every Hải Phòng target as passed, and the seed 000 amendment cited', async () => {
    const file = await run(join(PLANS, '2026.yaml'));
    const targets = file.checks.filter((c) => c.ruleId.startsWith('HP-714/'));
    expect(targets.length).toBeGreaterThanOrEqual(26);
    expect(targets.filter((c) => c.status !== 'pass').map((c) => c.ruleId)).toEqual([]);
    expect(targets.every((c) => c.source?.ref === '714/QĐ-UBND')).toBe(true);
    expect(by(file.findings, 'citation-amendments-cited').some((f) => f.message.includes('118/2025/NĐ-CP'))).toBe(false);
    // ...because the amendment is cited, not because the rule did not run
    expect(file.checks.find((c) => c.ruleId === 'citation-amendments-cited')!.evaluated).toBeGreaterThan(0);
    expect(readFileSync(join(PLANS, '2026.yaml'), 'utf8')).toMatch(/118\/2025\/NĐ-CP/);
    expect(by(file.findings, 'no-repeated-words').map((f) => f.message)).toEqual(['Lặp từ "kiểm soát kiểm soát"']);
  });

  it('gives an error naming 714/QĐ-UBND when the satisfaction target is lowered to 90', async () => {
    const f = variant('lowered.yaml', '2026.yaml', (s) =>
      s
        .replace(/(metric: satisfaction\n\s+bound: ">="\n\s+value: )95/, '$190')
        .replace('giải quyết TTHC đạt tối thiểu 95%', 'giải quyết TTHC đạt tối thiểu 90%'),
    );
    const file = await run(f);
    const errors = file.findings.filter((x) => x.severity === 'error');
    expect(errors.map((x) => x.ruleId)).toEqual(['parent-target-floor']);
    expect(errors[0]!.message).toContain('714/QĐ-UBND');
    expect(errors[0]!.message).toMatch(/90%.*95%/);
    expect(file.checks.find((c) => c.ruleId === 'HP-714/satisfaction')?.status).toBe('fail');
    const text = readFileSync(f, 'utf8').split('\n');
    expect(text[errors[0]!.location.line - 1]).toMatch(/metric: satisfaction$/);
  });

  it('gives an error naming 118/2025/NĐ-CP and 01/7/2025 for a citation of 61/2018/NĐ-CP, depending on the date', async () => {
    const f = variant('old-decree.yaml', '2026.yaml', (s) =>
      s.replace(
        'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 về thực hiện TTHC',
        'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện TTHC',
      ),
    );
    const late = by((await run(f, '2025-08-01')).findings, 'citation-in-force');
    expect(late).toHaveLength(1);
    expect(late[0]!.severity).toBe('error');
    expect(late[0]!.message).toContain('118/2025/NĐ-CP');
    expect(late[0]!.message).toContain('01/7/2025');
    expect(late[0]!.location).toMatchObject({ line: 37 });
    const early = by((await run(f, '2025-06-01')).findings, 'citation-in-force');
    expect(early).toEqual([]);
    const en = by((await run(f, '2025-08-01', 'en')).findings, 'citation-in-force');
    expect(en[0]!.message).toContain('replaced by 118/2025/NĐ-CP');
  });

  it('reports a parent plan cited with the wrong date', async () => {
    const f = variant('parent-date.yaml', '2026.yaml', (s) =>
      s.replace('Quyết định số 714/QĐ-UBND ngày 27/02/2026', 'Quyết định số 714/QĐ-UBND ngày 28/02/2026'),
    );
    const file = await run(f);
    expect(by(file.findings, 'parent-cited').map((x) => x.severity)).toEqual(['error']);
    expect(by(file.findings, 'citation-date').map((x) => x.message)).toEqual([expect.stringContaining('27/02/2026')]);
  });
});
