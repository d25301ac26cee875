import type { Report } from '../../types.js';
import { labels } from '../labels.js';
import { provenanceLines } from '../provenance.js';
import { mdEscape } from '../../text/markdown-escape.js';

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

/** A summary fit for a pull-request comment: counts, failed checks, findings, provenance. */
export function formatMarkdown(report: Report): string {
  const L = labels(report.lang);
  const vi = report.lang === 'vi';
  const s = report.summary;
  const out: string[] = [`## plan-check: ${mdEscape(L.counts(s))}`, '', `${mdEscape(L.checks(s))}`, ''];
  if (report.signing) {
    out.push(
      report.signing.ready
        ? vi
          ? '**Đủ điều kiện trình ký.**'
          : '**Ready for signature.**'
        : `**${vi ? 'Chưa đủ điều kiện trình ký' : 'Not ready for signature'}:** ${report.signing.reasons.map(mdEscape).join('; ')}`,
      '',
    );
  }
  for (const file of report.files) {
    out.push(`### ${mdEscape(file.file)}${file.plan.title ? ` — ${mdEscape(file.plan.title)}` : ''}`, '');
    const failed = file.checks.filter((c) => c.status === 'fail' || c.status === 'waived');
    if (failed.length) {
      out.push(`| ${vi ? 'Kiểm tra' : 'Check'} | ${vi ? 'Kết quả' : 'Result'} | ${vi ? 'Số vấn đề' : 'Findings'} |`, '|---|---|---|');
      for (const c of failed) out.push(`| \`${c.ruleId}\` ${mdEscape(c.title)} | ${L.status[c.status]} | ${c.findings.length} |`);
      out.push('');
    }
    const passed = file.checks.filter((c) => c.status === 'pass').length;
    out.push(vi ? `${passed} mục kiểm tra đạt.` : `${passed} checks passed.`, '');
    if (file.findings.length) {
      out.push(`<details><summary>${L.findings} (${file.findings.length})</summary>`, '');
      for (const f of file.findings) {
        const where = `${mdEscape(f.location.file)}:${f.location.line}:${f.location.column}`;
        const waived = f.waiver ? ` *(${vi ? 'miễn trừ' : 'waived'}: ${mdEscape(f.waiver.reason)})*` : '';
        out.push(`- ${ICON[f.severity]} \`${where}\` ${mdEscape(f.message)} \`${f.ruleId}\`${waived}`);
        if (f.fix) out.push(`  - ${L.fix}: ${mdEscape(f.fix)}`);
      }
      out.push('', '</details>', '');
    }
    out.push(...provenanceLines(report, file).map((l) => `<sub>${mdEscape(l)}</sub><br>`), '');
  }
  return out.join('\n');
}
