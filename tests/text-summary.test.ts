import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { format } from '../src/report/formatters/index.js';
import type { Report } from '../src/types.js';
import { cli } from './helpers/cli.js';

/**
 * The text report's last line is what a reader acts on. Its every count is checked against a
 * count made here from the findings and checks themselves, not only the line's beginning.
 */
function tally(report: Report) {
  const findings = report.files.flatMap((f) => f.findings);
  const open = findings.filter((f) => !f.waiver && !f.baselined);
  const checks = report.files.flatMap((f) => f.checks);
  const n = (s: string) => checks.filter((c) => c.status === s).length;
  return {
    error: open.filter((f) => f.severity === 'error').length,
    warning: open.filter((f) => f.severity === 'warning').length,
    info: open.filter((f) => f.severity === 'info').length,
    waived: findings.filter((f) => f.waiver).length,
    pass: n('pass'),
    fail: n('fail'),
    waivedChecks: n('waived'),
    na: n('not-applicable'),
  };
}

const viLine = (t: ReturnType<typeof tally>) =>
  `Tổng kết: ${t.error} lỗi, ${t.warning} cảnh báo, ${t.info} thông tin${t.waived ? `, ${t.waived} được miễn trừ` : ''} · ${t.pass} đạt, ${t.fail} không đạt, ${t.waivedChecks} miễn trừ, ${t.na} không áp dụng`;
const enLine = (t: ReturnType<typeof tally>) =>
  `Summary: ${t.error} errors, ${t.warning} warnings, ${t.info} info${t.waived ? `, ${t.waived} waived` : ''} · ${t.pass} passed, ${t.fail} failed, ${t.waivedChecks} waived, ${t.na} not applicable`;
const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe('the text summary line, every count', () => {
  it.each([
    ['plans/nam-do-son-cchc-2026.yaml', {}],
    ['tests/fixtures/signing/plan.yaml', { waivers: 'tests/fixtures/signing/review.yaml' }],
  ])('%s: errors, warnings, info, waived and the checks counted apart', async (plan, extra) => {
    for (const lang of ['vi', 'en'] as const) {
      const report = await check([plan], { asOf: '2026-06-01', lang, ...extra });
      const t = tally(report);
      // warnings exist (counting them as errors would show), or waived findings in the waivers case
      if ('waivers' in extra) expect(t.waived).toBeGreaterThan(0);
      else expect(t.warning).toBeGreaterThan(0);
      expect(lastLine(format('text', report, { color: false }))).toBe(lang === 'vi' ? viLine(t) : enLine(t));
      expect(report.summary).toMatchObject({
        error: t.error,
        warning: t.warning,
        info: t.info,
        waivedFindings: t.waived,
        pass: t.pass,
        fail: t.fail,
        waived: t.waivedChecks,
        notApplicable: t.na,
      });
    }
  });
});

describe('the text summary line, from the command line', () => {
  it('a plan with warnings and no error: 0 errors on the line, exit 0', async () => {
    const report = await check(['plans/2026.yaml'], { asOf: '2026-06-01' });
    const t = tally(report);
    expect(t.error).toBe(0);
    expect(t.warning).toBeGreaterThan(0);
    const r = await cli(['plans/2026.yaml', '--as-of', '2026-06-01']);
    expect(r.code).toBe(0);
    expect(lastLine(r.out)).toBe(viLine(t));
    expect(lastLine((await cli(['plans/2026.yaml', '--as-of', '2026-06-01', '--lang', 'en'])).out)).toBe(enLine(t));
  });

  it('the CLI prints the same line as the in-process report (errors and warnings apart)', async () => {
    const report = await check(['plans/nam-do-son-cchc-2026.yaml'], { asOf: '2026-06-01' });
    const t = tally(report);
    expect(t.error).toBeGreaterThan(0);
    const r = await cli(['plans/nam-do-son-cchc-2026.yaml', '--as-of', '2026-06-01']);
    expect(r.code).toBe(1);
    expect(lastLine(r.out)).toBe(viLine(t));
  });
});
