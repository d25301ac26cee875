import type { Check, Report } from '../../types.js';
import { showLines, xmlText } from '../../text/safe-text.js';

/** Text for XML: hidden characters shown as escapes, what XML 1.0 forbids dropped, markup escaped. */
const esc = (s: string) => xmlText(showLines(s)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML: one test suite per plan, one test case per check, passes included. */
export function formatJunit(report: Report): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = report.files.reduce((n, f) => n + f.checks.length, 0);
  const failures = report.files.reduce((n, f) => n + f.checks.filter((c) => c.status === 'fail').length, 0);
  out.push(`<testsuites name="${esc(report.tool.name)}" tests="${total}" failures="${failures}" errors="0">`);
  for (const file of report.files) {
    const fails = file.checks.filter((c) => c.status === 'fail').length;
    const skipped = file.checks.filter((c) => c.status !== 'pass' && c.status !== 'fail').length;
    out.push(`  <testsuite name="${esc(file.file)}" tests="${file.checks.length}" failures="${fails}" errors="0" skipped="${skipped}">`);
    out.push(
      `    <properties><property name="sha256" value="${file.sha256}"/><property name="asOf" value="${esc(file.asOf ?? report.asOf)}"/></properties>`,
    );
    for (const c of file.checks) out.push(testCase(c, file.file));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function testCase(c: Check, file: string): string {
  const open = `    <testcase classname="${esc(file)}" name="${esc(`${c.ruleId}: ${c.title}`)}">`;
  if (c.status === 'pass') return `${open}</testcase>`;
  if (c.status === 'not-applicable') return `${open}<skipped message="not applicable"/></testcase>`;
  if (c.status === 'waived') return `${open}<skipped message="${esc(`waived: ${c.waiver?.reason ?? ''}`)}"/></testcase>`;
  const body = c.findings
    .filter((f) => !f.waiver)
    .map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.severity} ${f.message}${f.fix ? ` (${f.fix})` : ''}`)
    .join('\n');
  const first = c.findings.find((f) => !f.waiver) ?? c.findings[0];
  return `${open}<failure type="${c.severity}" message="${esc(first?.message ?? c.title)}">${esc(body)}</failure></testcase>`;
}
