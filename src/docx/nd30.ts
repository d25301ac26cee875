import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Building blocks of an administrative document in the layout of Nghị định 30/2020/NĐ-CP
 * (Phụ lục I): Times New Roman, the issuing body and national motto heading, short rules under
 * them, and byte-stable files.
 */
export const FONT = 'Times New Roman';
export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  /** Half-points: 26 = 13 pt, 28 = 14 pt. */
  size?: number;
  align?: Align;
  after?: number;
  before?: number;
  /** First-line indent in twips (567 = 1 cm). */
  indent?: number;
}

/** One paragraph; "\n" in the text becomes a line break inside it. */
export function para(text: string, o: TextOptions = {}): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    alignment: o.align ?? AlignmentType.CENTER,
    spacing: { after: o.after ?? 0, before: o.before ?? 0 },
    ...(o.indent ? { indent: { firstLine: o.indent } } : {}),
    children: lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          bold: o.bold ?? false,
          italics: o.italics ?? false,
          font: FONT,
          size: o.size ?? 28,
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  });
}

/** A paragraph of runs with their own emphasis ("Điều 1." bold, then the text). */
export function runs(parts: { text: string; bold?: boolean; italics?: boolean }[], o: TextOptions = {}): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 120, before: o.before ?? 0 },
    ...(o.indent ? { indent: { firstLine: o.indent } } : {}),
    children: parts.map(
      (r) => new TextRun({ text: r.text, bold: r.bold ?? false, italics: r.italics ?? false, font: FONT, size: o.size ?? 28 }),
    ),
  });
}

/**
 * The short rule printed under the issuer, the motto and the title: a bottom border on an empty
 * paragraph, indented so that it is `widthTwips` long and centred in a space `spaceTwips` wide.
 */
export function shortRule(widthTwips: number, spaceTwips: number): Paragraph {
  const side = Math.max(0, Math.round((spaceTwips - widthTwips) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', font: FONT, size: 8 })],
  });
}

/** A borderless two-column table (heading block, signature block). */
export function layoutTable(left: Paragraph[], right: Paragraph[], leftPercent = 40): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: leftPercent, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: 100 - leftPercent, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

/**
 * Word files carry the time they were written (docProps/core.xml and every zip entry); these
 * documents carry a given date instead, so the same inputs give the same bytes.
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
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, [data, { mtime }] as [Uint8Array, { mtime: Date }]]),
  );
  return Buffer.from(zipSync(entries, { level: 6 }));
}
