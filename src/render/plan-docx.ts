import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { layoutTable, para, runs, shortRule, FONT } from '../docx/nd30.js';
import type { PlanDocument } from './plan-document.js';
import { LINKS_PROPERTY, UNITS_PROPERTY } from '../docx/plan-links.js';

const A4 = { width: 11906, height: 16838 };
/** Margins of Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15–20 mm. */
const PORTRAIT_MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134 };
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
const INDENT = 567;
/** Text width of a portrait page (A4 less the margins), and the heading block's column widths. */
const TEXT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
const LEFT_PERCENT = 40;
/** Appendix column widths, in percent. */
const WIDTHS = [6, 34, 15, 15, 12, 18];

/**
 * The plan as the Word document to be signed: the decision (portrait), the plan it issues, and
 * the appendix table (landscape, header row repeated on every page). A Kế hoạch issued on its own
 * (form KH-…) is printed as a Kế hoạch: no decision, the number, date, legal bases, "Nơi nhận"
 * and signature in the plan itself, the appendix "(Kèm theo Kế hoạch số …)".
 */
export async function planDocx(d: PlanDocument): Promise<Buffer> {
  const heading = (withNumber: boolean, width = TEXT_WIDTH) =>
    layoutTable(
      [
        para(d.issuerLines.join('\n'), { bold: true, size: 26 }),
        shortRule(1200, (width * LEFT_PERCENT) / 100),
        ...(withNumber ? [para(d.numberLine, { size: 26 })] : []),
      ],
      [
        para(d.motto[0], { bold: true, size: 24 }),
        para(d.motto[1], { bold: true, size: 26 }),
        shortRule(2800, (width * (100 - LEFT_PERCENT)) / 100),
        ...(withNumber ? [para(d.dateLine, { italics: true, size: 28 })] : []),
      ],
    );
  const body = (text: string, o: { italics?: boolean } = {}) =>
    para(text, { align: AlignmentType.JUSTIFIED, indent: INDENT, after: 120, ...o });

  const closing = () => [
    para('', { after: 240 }),
    layoutTable(
      [
        para('Nơi nhận:', { bold: true, italics: true, size: 24, align: AlignmentType.LEFT }),
        ...d.distribution.map((x) => para(`- ${x}`, { size: 22, align: AlignmentType.LEFT })),
      ],
      [...d.signer.capacityLines.map((l) => para(l, { bold: true })), para('', { after: 1400 }), para(d.signer.name, { bold: true })],
      45,
    ),
  ];
  const decision: (Paragraph | Table)[] = [
    heading(true),
    para('', { after: 240 }),
    para('QUYẾT ĐỊNH', { bold: true }),
    para(d.decisionTitle, { bold: true }),
    shortRule(1800, TEXT_WIDTH),
    para(d.authority, { bold: true, after: 240 }),
    ...d.legalBasis.map((t) => body(t, { italics: true })),
    ...(d.proposer ? [body(`Theo đề nghị của ${d.proposer}.`, { italics: true })] : []),
    para('QUYẾT ĐỊNH:', { bold: true, before: 120, after: 240 }),
    ...d.articles.flatMap((a) => [
      runs(
        a.title && a.title === a.text
          ? [{ text: `Điều ${a.number}. ${a.title}`, bold: true }]
          : [{ text: `Điều ${a.number}. `, bold: true }, { text: a.text }],
        { indent: INDENT },
      ),
      ...a.clauses.map((c) => body(c)),
    ]),
    ...closing(),
  ];

  // A Kế hoạch issued on its own carries the number and date, opens with its legal bases and
  // closes with "Nơi nhận" and the signature; a plan attached to a decision has none of them.
  const own = d.form === 'plan';
  const plan: (Paragraph | Table)[] = [
    heading(own),
    para('', { after: 240 }),
    para('KẾ HOẠCH', { bold: true }),
    para(d.planTitle, { bold: true }),
    ...(own ? [] : [para(d.attachedTo, { italics: true })]),
    shortRule(1800, TEXT_WIDTH),
    ...d.opening.map((t) => body(t)),
    ...d.planBody.map((x) =>
      x.heading !== undefined
        ? para(x.heading, { bold: true, align: AlignmentType.JUSTIFIED, indent: INDENT, before: 120, after: 120 })
        : body(x.text),
    ),
    ...(own ? closing() : []),
  ];

  const cell = (
    lines: string[],
    o: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; width: number; span?: number },
  ) =>
    new TableCell({
      width: { size: o.width, type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlign.TOP,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(o.span ? { columnSpan: o.span } : {}),
      children: (lines.length ? lines : ['']).map((t) =>
        para(t, { bold: o.bold ?? false, size: 24, align: o.align ?? AlignmentType.LEFT }),
      ),
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: d.appendixColumns.map((c, i) => cell([c], { bold: true, align: AlignmentType.CENTER, width: WIDTHS[i]! })),
  });
  const rows = d.appendixRows.map((r) =>
    r.kind === 'section'
      ? new TableRow({
          cantSplit: true,
          children: [
            cell([r.stt], { bold: true, align: AlignmentType.CENTER, width: WIDTHS[0]! }),
            cell([r.title], { bold: true, width: 100 - WIDTHS[0]!, span: 5 }),
          ],
        })
      : new TableRow({
          children: [
            cell([r.stt], { align: AlignmentType.CENTER, width: WIDTHS[0]! }),
            cell([r.cells[0]], { width: WIDTHS[1]! }),
            cell(r.cells[1], { width: WIDTHS[2]! }),
            cell(r.cells[2], { width: WIDTHS[3]! }),
            cell([r.cells[3]], { align: AlignmentType.CENTER, width: WIDTHS[4]! }),
            cell(r.cells[4].split('\n'), { width: WIDTHS[5]! }),
          ],
        }),
  );
  const appendix: (Paragraph | Table)[] = [
    heading(false, A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right),
    para('', { after: 240 }),
    para('Phụ lục', { bold: true }),
    para(d.appendixTitle, { bold: true }),
    para(d.attachedTo, { italics: true, after: 240 }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, layout: TableLayoutType.FIXED, rows: [headerRow, ...rows] }),
  ];

  // What the document does not print but the plan needs back (see src/docx/plan-links.ts).
  const properties = [
    ...(d.links.length ? [{ name: LINKS_PROPERTY, value: JSON.stringify(d.links) }] : []),
    ...(d.units ? [{ name: UNITS_PROPERTY, value: JSON.stringify(d.units) }] : []),
  ];
  const portrait: ISectionOptions['properties'] = { page: { size: A4, margin: PORTRAIT_MARGIN } };
  const doc = new Document({
    creator: 'plan-check',
    title: d.decisionTitle,
    ...(properties.length ? { customProperties: properties } : {}),
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      ...(own ? [] : [{ properties: portrait, children: decision }]),
      { properties: portrait, children: plan },
      { properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } }, children: appendix },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
