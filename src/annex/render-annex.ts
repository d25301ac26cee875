import type { Annex } from './annex-model.js';
import { renderTemplate } from '../report/templates.js';
import { mdEscape } from '../text/markdown-escape.js';

/** The annex in Markdown (templates/annex.md.hbs); plan text is escaped for Markdown. */
export function annexMarkdown(a: Annex): string {
  const esc = (s: string) => mdEscape(s);
  return renderTemplate('annex.md.hbs', {
    ...a,
    // every value that comes from the plan or the rule set, the issuer lines and title included
    issuerLines: a.issuerLines.map(esc),
    motto: a.motto.map(esc),
    heading: esc(a.heading),
    title: esc(a.title),
    columns: a.columns.map(esc),
    ...(a.emptyNote ? { emptyNote: esc(a.emptyNote) } : {}),
    provenanceTitle: esc(a.provenanceTitle),
    attachedTo: esc(a.attachedTo),
    parentLine: esc(a.parentLine),
    rows: a.rows.map((r) => ({
      ...r,
      no: esc(String(r.no)),
      statusLabel: esc(r.statusLabel),
      requirement: esc(r.requirement),
      source: esc(r.source),
      tasks: esc(r.tasks),
      note: esc(r.note),
      planValue: esc(r.planValue),
      required: esc(r.required),
    })),
    provenance: a.provenance.map(esc),
  });
}

/** The annex as one self-contained HTML page (templates/annex.html.hbs); every value escaped. */
export function annexHtml(a: Annex): string {
  return renderTemplate('annex.html.hbs', a);
}
