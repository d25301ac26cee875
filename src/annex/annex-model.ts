import type { FileReport, Lang, Report } from '../types.js';
import { formatVnDate } from '../util/dates.js';
import { issuerLines, NATIONAL_MOTTO } from '../docx/heading-texts.js';
import { provenanceLines } from '../report/provenance.js';
import { msg } from '../messages/index.js';

/** One row of the compliance annex: a parent requirement and what the plan does about it. */
export interface AnnexRow {
  no: number;
  id: string;
  requirement: string;
  source: string;
  tasks: string;
  planValue: string;
  required: string;
  status: 'pass' | 'fail' | 'waived' | 'not-applicable';
  statusLabel: string;
  note: string;
}

export interface Annex {
  lang: Lang;
  issuerLines: [string, string];
  motto: [string, string];
  heading: string;
  title: string;
  attachedTo: string;
  parentLine: string;
  columns: string[];
  rows: AnnexRow[];
  emptyNote?: string;
  provenanceTitle: string;
  provenance: string[];
}

/**
 * "Phụ lục: Bảng đối chiếu việc thực hiện các yêu cầu của kế hoạch cấp trên": for each parent
 * requirement, its text and source, the plan's tasks, its value against the required one, and the
 * status with any waiver's reason. One model for the .docx, .md and .html annex.
 */
export function buildAnnex(report: Report, file: FileReport): Annex {
  const lang = report.lang;
  const p = file.plan;
  const type = (p.issuer ?? '').replace(/^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s*/i, '');
  const number = p.documentNumber ? `${p.documentNumber}/${p.documentForm ?? 'QĐ-UBND'}` : `      /${p.documentForm ?? 'QĐ-UBND'}`;
  const date = p.documentDate ? formatVnDate(p.documentDate) : `      /      /${p.year ?? ''}`;
  const rows = file.checks
    .filter((c) => c.requirement)
    .sort((a, b) => a.requirement!.index - b.requirement!.index)
    .map((c, i): AnnexRow => {
      const r = c.requirement!;
      const pct = (v?: number) => (v === undefined ? '' : `${v}%`);
      const failing = c.findings.filter((f) => f.severity !== 'info' && !f.waiver);
      const proposal = r.proposed ? msg(lang, 'annex.proposed') : '';
      return {
        no: i + 1,
        id: c.ruleId,
        requirement: c.title,
        source: c.source ? `${c.source.ref}${c.source.article ? `, ${c.source.article}` : ''}` : '',
        tasks: r.tasks.length ? r.tasks.join(', ') + proposal : '—',
        planValue: r.kind === 'target' ? pct(r.planValue) || '—' : r.tasks.length ? msg(lang, 'annex.taskPresent') : '—',
        required: r.kind === 'target' ? `≥ ${pct(r.required)}` : (r.deadline ?? msg(lang, 'annex.taskRequired')),
        status: c.status,
        statusLabel: msg(lang, `annex.status.${c.status}`),
        note: c.waiver
          ? msg(lang, 'annex.waived', { reason: c.waiver.reason, approvedBy: c.waiver.approvedBy, reference: c.waiver.reference })
          : failing.map((f) => f.message).join('; '),
      };
    });
  const parent = p.parent;
  return {
    lang: report.lang,
    issuerLines: issuerLines(type),
    motto: NATIONAL_MOTTO,
    heading: msg(lang, 'annex.heading'),
    title: msg(lang, 'annex.title'),
    // A Kế hoạch issued on its own is "Kèm theo Kế hoạch số …", never a Quyết định.
    attachedTo: msg(lang, /^KH-/u.test(p.documentForm ?? '') ? 'annex.attachedTo.plan' : 'annex.attachedTo', {
      number,
      date,
      issuer: p.issuer ?? '',
    }),
    parentLine: parent
      ? msg(lang, /\/KH-/u.test(parent.ref) ? 'annex.parent.plan' : 'annex.parent', {
          ref: parent.ref,
          date: formatVnDate(parent.date),
          issuer: parent.issuer ? msg(lang, 'annex.parent.issuer', { issuer: parent.issuer }) : '',
        })
      : msg(lang, 'annex.noParent'),
    columns: (['no', 'requirement', 'source', 'tasks', 'plan', 'required', 'status', 'notes'] as const).map((k) =>
      msg(lang, `annex.column.${k}`),
    ),
    rows,
    ...(rows.length ? {} : { emptyNote: msg(lang, 'annex.empty') }),
    provenanceTitle: msg(lang, 'annex.provenance'),
    provenance: provenanceLines(report, file),
  };
}
