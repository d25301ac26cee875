import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Annex } from './annex-model.js';

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const p = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.CENTER,
    spacing: { after: o.after ?? 0 },
    children: [new TextRun({ text, bold: o.bold ?? false, italics: o.italics ?? false, font: FONT, size: o.size ?? 26 })],
  });

/** Relative widths of the 8 columns, in fiftieths of a percent (landscape A4). */
const WIDTHS = [5, 29, 13, 11, 8, 10, 9, 15];

/**
 * The annex as a Word document in the layout of Nghị định 30/2020: A4 (landscape for the table),
 * Times New Roman, issuing body and national motto heading, "(Kèm theo Quyết định số … ngày …)",
 * the table with its header row repeated on every page, and what it was made from.
 */
export async function annexDocx(a: Annex): Promise<Buffer> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 40, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: [p(a.issuerLines[0], { size: 26 }), p(a.issuerLines[1], { bold: true, size: 26 })] }),
          new TableCell({ width: { size: 60, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: [p(a.motto[0], { bold: true, size: 26 }), p(a.motto[1], { bold: true, size: 28 })] }),
        ],
      }),
    ],
  });
  const cell = (text: string, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT, width = 10) =>
    new TableCell({
      width: { size: width * 100, type: WidthType.PERCENTAGE },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: text.split('\n').map((t) => p(t, { bold, size: 24, align })),
    });
  const headerRow = new TableRow({ tableHeader: true, cantSplit: true, children: a.columns.map((c, i) => cell(c, true, AlignmentType.CENTER, WIDTHS[i]!)) });
  const rows = a.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [String(r.no), r.requirement, r.source, r.tasks, r.planValue, r.required, r.statusLabel, r.note].map((t, i) =>
          cell(t, i === 6 && r.status !== 'pass', i === 0 || i >= 4 && i <= 6 ? AlignmentType.CENTER : AlignmentType.LEFT, WIDTHS[i]!),
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

/**
 * Word files carry the time they were written (docProps/core.xml and every zip entry); the annex
 * instead carries the as-of date of the check, so the same inputs give the same bytes.
 */
export function stableDocx(docx: Buffer, isoDate: string): Buffer {
  const stamp = `${isoDate}T00:00:00Z`;
  const files = unzipSync(new Uint8Array(docx));
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  const mtime = new Date(stamp);
  const entries = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }] as [Uint8Array, { mtime: Date }]]));
  return Buffer.from(zipSync(entries, { level: 6 }));
}
