import type { Check, FileReport, Finding, Report } from '../../types.js';
import { checkCounts, summaryCounts } from '../labels.js';
import { msg } from '../../messages/index.js';
import type { Lang } from '../../types.js';
import { provenanceLines } from '../provenance.js';
import { renderTemplate } from '../templates.js';
import { formatVnDate } from '../../util/dates.js';

/** One self-contained HTML page (templates/report.html.hbs): no network, every plan text escaped. */
export function formatHtml(report: Report): string {
  const lang = report.lang;
  const view = {
    lang: report.lang,
    t: {
      title: msg(lang, 'report.html.title'),
      checklist: msg(lang, 'report.checklist'),
      findings: msg(lang, 'report.findings'),
      noFindings: msg(lang, 'report.noFindings'),
      search: msg(lang, 'report.html.search'),
      severity: msg(lang, 'report.html.severity'),
      status: msg(lang, 'report.html.status'),
      fix: msg(lang, 'report.fix'),
      source: msg(lang, 'report.source'),
      rule: msg(lang, 'report.html.rule'),
      issuer: msg(lang, 'report.html.issuer'),
      parent: msg(lang, 'report.html.parent'),
      document: msg(lang, 'report.html.document'),
      provenance: msg(lang, 'report.html.provenance'),
      waived: msg(lang, 'report.html.waived'),
      general: msg(lang, 'report.html.general'),
      task: msg(lang, 'report.html.task'),
      signing: report.signing ? msg(lang, report.signing.ready ? 'report.ready' : 'report.notReady') : '',
      summary: `${summaryCounts(lang, report.summary)} · ${checkCounts(lang, report.summary)}`,
      severities: (['error', 'warning', 'info'] as const).map((s) => ({ key: s, label: msg(lang, `report.severity.${s}`) })),
      statuses: (['fail', 'waived', 'pass', 'not-applicable'] as const).map((s) => ({ key: s, label: msg(lang, `report.status.${s}`) })),
    },
    signing: report.signing,
    asOf: report.asOf,
    files: report.files.map((f) => fileView(report, f)),
  };
  return renderTemplate('report.html.hbs', view);
}

function fileView(report: Report, file: FileReport) {
  const lang = report.lang;
  const groups = new Map<string, Finding[]>();
  for (const f of file.findings) {
    const k = f.subject && ['task', 'unit-ref', 'target'].includes(f.subject.kind) ? (f.subject.id.split(':')[0] ?? '') : '';
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const counts = (c: Check['status']) => file.checks.filter((k) => k.status === c).length;
  return {
    ...file,
    identity: {
      ...file.plan,
      ...(file.plan.documentDate ? { documentDate: formatVnDate(file.plan.documentDate) } : {}),
      ...(file.plan.parent ? { parent: { ...file.plan.parent, date: formatVnDate(file.plan.parent.date) } } : {}),
    },
    counts: { pass: counts('pass'), fail: counts('fail'), waived: counts('waived'), na: counts('not-applicable') },
    checks: file.checks.map((c) => ({ ...c, statusLabel: msg(lang, `report.status.${c.status}`), countLabel: countLabel(c, lang) })),
    groups: [...groups.entries()]
      .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'vi', { numeric: true })))
      .map(([task, findings]) => ({
        task,
        findings: findings.map((f) => ({
          ...f,
          severityLabel: msg(lang, `report.severity.${f.severity}`),
          where: `${f.location.file}:${f.location.line}:${f.location.column}`,
        })),
      })),
    provenance: provenanceLines(report, file),
  };
}

/** "3 cảnh báo, 1 thông tin": the findings of a check by severity. */
function countLabel(c: Check, lang: Lang): string {
  const n = (s: Finding['severity']) => c.findings.filter((f) => f.severity === s).length;
  return (['error', 'warning', 'info'] as const)
    .filter((s) => n(s))
    .map((s) => msg(lang, `report.count.${s}`, { n: n(s) }))
    .join(', ');
}
