import type { Check, FileReport, Finding, Report } from '../../types.js';
import { labels } from '../labels.js';
import { provenanceLines } from '../provenance.js';
import { renderTemplate } from '../templates.js';
import { formatVnDate } from '../../util/dates.js';

/** One self-contained HTML page (templates/report.html.hbs): no network, every plan text escaped. */
export function formatHtml(report: Report): string {
  const L = labels(report.lang);
  const vi = report.lang === 'vi';
  const view = {
    lang: report.lang,
    t: {
      title: vi ? 'Báo cáo kiểm tra kế hoạch' : 'Plan check report',
      checklist: L.checklist,
      findings: L.findings,
      noFindings: L.noFindings,
      search: vi ? 'Tìm kiếm…' : 'Search…',
      severity: vi ? 'Mức độ' : 'Severity',
      status: vi ? 'Kết quả' : 'Status',
      fix: L.fix,
      source: L.source,
      rule: vi ? 'Quy tắc' : 'Rule',
      issuer: vi ? 'Cơ quan ban hành' : 'Issuer',
      parent: vi ? 'Kế hoạch cấp trên' : 'Parent plan',
      document: vi ? 'Văn bản' : 'Document',
      provenance: vi ? 'Báo cáo được lập từ' : 'Made from',
      waived: vi ? 'Miễn trừ' : 'Waived',
      general: vi ? 'Chung toàn kế hoạch' : 'Whole plan',
      task: vi ? 'Nhiệm vụ' : 'Task',
      signing: report.signing
        ? report.signing.ready
          ? vi
            ? 'Đủ điều kiện trình ký'
            : 'Ready for signature'
          : vi
            ? 'Chưa đủ điều kiện trình ký'
            : 'Not ready for signature'
        : '',
      summary: `${L.counts(report.summary)} · ${L.checks(report.summary)}`,
      severities: (['error', 'warning', 'info'] as const).map((s) => ({ key: s, label: L.severity[s] })),
      statuses: (['fail', 'waived', 'pass', 'not-applicable'] as const).map((s) => ({ key: s, label: L.status[s] })),
    },
    signing: report.signing,
    asOf: report.asOf,
    files: report.files.map((f) => fileView(report, f)),
  };
  return renderTemplate('report.html.hbs', view);
}

function fileView(report: Report, file: FileReport) {
  const L = labels(report.lang);
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
    checks: file.checks.map((c) => ({ ...c, statusLabel: L.status[c.status], countLabel: countLabel(c, L) })),
    groups: [...groups.entries()]
      .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'vi', { numeric: true })))
      .map(([task, findings]) => ({
        task,
        findings: findings.map((f) => ({
          ...f,
          severityLabel: L.severity[f.severity],
          where: `${f.location.file}:${f.location.line}:${f.location.column}`,
        })),
      })),
    provenance: provenanceLines(report, file),
  };
}

/** "3 cảnh báo, 1 thông tin": the findings of a check by severity. */
function countLabel(c: Check, L: ReturnType<typeof labels>): string {
  const n = (s: Finding['severity']) => c.findings.filter((f) => f.severity === s).length;
  return (['error', 'warning', 'info'] as const)
    .filter((s) => n(s))
    .map((s) => `${n(s)} ${L.severity[s]}`)
    .join(', ');
}
