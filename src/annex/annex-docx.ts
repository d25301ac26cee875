import { AlignmentType, Document, Packer, PageOrientation, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Annex } from './annex-model.js';
import { FONT, layoutTable, para, type Align, type TextOptions } from '../docx/nd30.js';

export { stableDocx } from '../docx/nd30.js';

const p = (text: string, o: TextOptions = {}) => para(text, { size: 26, ...o });

/** Relative widths of the 8 columns, in fiftieths of a percent (landscape A4). */
const WIDTHS = [5, 29, 13, 11, 8, 10, 9, 15];

/**
 * The annex as a Word document in the layout of Nghị định 30/2020: A4 (landscape for the table),
 * Times New Roman, issuing body and national motto heading, "(Kèm theo Quyết định số … ngày …)"
 * (or "Kế hoạch số …" for a plan issued as a Kế hoạch),
 * the table with its header row repeated on every page, and what it was made from.
 */
export async function annexDocx(a: Annex): Promise<Buffer> {
  const header = layoutTable(
    [p(a.issuerLines[0], { size: 26 }), p(a.issuerLines[1], { bold: true, size: 26 })],
    [p(a.motto[0], { bold: true, size: 26 }), p(a.motto[1], { bold: true, size: 28 })],
  );
  const cell = (text: string, bold = false, align: Align = AlignmentType.LEFT, width = 10) =>
    new TableCell({
      width: { size: width * 100, type: WidthType.PERCENTAGE },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: text.split('\n').map((t) => p(t, { bold, size: 24, align })),
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: a.columns.map((c, i) => cell(c, true, AlignmentType.CENTER, WIDTHS[i]!)),
  });
  const rows = a.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [String(r.no), r.requirement, r.source, r.tasks, r.planValue, r.required, r.statusLabel, r.note].map((t, i) =>
          cell(t, i === 6 && r.status !== 'pass', i === 0 || (i >= 4 && i <= 6) ? AlignmentType.CENTER : AlignmentType.LEFT, WIDTHS[i]!),
        ),
      }),
  );
  const table = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, layout: TableLayoutType.FIXED, rows: [headerRow, ...rows] });

  const doc = new Document({
    creator: 'plan-check',
    title: a.title,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: [
          header,
          p('', { after: 200 }),
          p(a.heading, { bold: true, size: 28 }),
          p(a.title, { bold: true, size: 28 }),
          p(a.attachedTo, { italics: true, size: 26 }),
          p(a.parentLine, { size: 26, after: 200 }),
          table,
          ...(a.emptyNote ? [p(a.emptyNote, { italics: true, align: AlignmentType.LEFT })] : []),
          p('', { after: 200 }),
          p(a.provenanceTitle, { italics: true, size: 18, align: AlignmentType.LEFT }),
          ...a.provenance.map((l) => p(l, { size: 18, align: AlignmentType.LEFT })),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
