import type { Report } from '../../types.js';
import { checkCounts, summaryCounts } from '../labels.js';
import { msg } from '../../messages/index.js';
import { provenanceLines } from '../provenance.js';
import { mdEscape } from '../../text/markdown-escape.js';

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

/** A summary fit for a pull-request comment: counts, failed checks, findings, provenance. */
export function formatMarkdown(report: Report): string {
  const lang = report.lang;
  const s = report.summary;
  const out: string[] = [`## plan-check: ${mdEscape(summaryCounts(lang, s))}`, '', `${mdEscape(checkCounts(lang, s))}`, ''];
  if (report.signing) {
    out.push(
      report.signing.ready
        ? `**${msg(lang, 'report.ready')}.**`
        : `**${msg(lang, 'report.notReady')}:** ${report.signing.reasons.map(mdEscape).join('; ')}`,
      '',
    );
  }
  for (const file of report.files) {
    out.push(`### ${mdEscape(file.file)}${file.plan.title ? ` — ${mdEscape(file.plan.title)}` : ''}`, '');
    const failed = file.checks.filter((c) => c.status === 'fail' || c.status === 'waived');
    if (failed.length) {
      out.push(
        `| ${msg(lang, 'report.md.check')} | ${msg(lang, 'report.md.result')} | ${msg(lang, 'report.md.findingCount')} |`,
        '|---|---|---|',
      );
      for (const c of failed)
        out.push(`| \`${c.ruleId}\` ${mdEscape(c.title)} | ${msg(lang, `report.status.${c.status}`)} | ${c.findings.length} |`);
      out.push('');
    }
    const passed = file.checks.filter((c) => c.status === 'pass').length;
    out.push(msg(lang, 'report.md.passed', { n: passed }), '');
    if (file.findings.length) {
      out.push(`<details><summary>${msg(lang, 'report.findings')} (${file.findings.length})</summary>`, '');
      for (const f of file.findings) {
        const where = `${mdEscape(f.location.file)}:${f.location.line}:${f.location.column}`;
        const waived = f.waiver ? ` *(${msg(lang, 'report.waived')}: ${mdEscape(f.waiver.reason)})*` : '';
        out.push(`- ${ICON[f.severity]} \`${where}\` ${mdEscape(f.message)} \`${f.ruleId}\`${waived}`);
        if (f.fix) out.push(`  - ${msg(lang, 'report.fix')}: ${mdEscape(f.fix)}`);
      }
      out.push('', '</details>', '');
    }
    out.push(...provenanceLines(report, file).map((l) => `<sub>${mdEscape(l)}</sub><br>`), '');
  }
  return out.join('\n');
}
