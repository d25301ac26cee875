import type { Annex } from './annex-model.js';
import { renderTemplate } from '../report/templates.js';
import { mdEscape } from '../report/formatters/markdown.js';

/** The annex in Markdown (templates/annex.md.hbs); plan text is escaped for Markdown. */
export function annexMarkdown(a: Annex): string {
  const esc = (s: string) => mdEscape(s);
  return renderTemplate('annex.md.hbs', {
    ...a,
    attachedTo: esc(a.attachedTo),
    parentLine: esc(a.parentLine),
    rows: a.rows.map((r) => ({ ...r, requirement: esc(r.requirement), source: esc(r.source), tasks: esc(r.tasks), note: esc(r.note), planValue: esc(r.planValue), required: esc(r.required) })),
    provenance: a.provenance.map(esc),
  });
}

/** The annex as one self-contained HTML page (templates/annex.html.hbs); every value escaped. */
export function annexHtml(a: Annex): string {
  return renderTemplate('annex.html.hbs', a);
}
