import type { Lang } from '../types.js';
import type { Matrix } from './views.js';
import { msg } from '../messages/index.js';

const SYMBOL: Record<string, string> = { pass: '✓', fail: '✗', waived: '~', 'not-applicable': '–', '': '' };
const FILL: Record<string, string> = { pass: 'FFE6F4EA', fail: 'FFFDE8EA', waived: 'FFEEEEEE' };

/** The dashboard's matrix as an .xlsx workbook (exceljs, loaded only for this): one sheet, plans × rules, totals. */
export async function matrixXlsx(m: Matrix, lang: Lang): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan-check';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet(msg(lang, 'serve.xlsx.sheet'), { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const head = (['file', 'plan', 'pass', 'fail', 'waived', 'notApplicable', 'errors'] as const).map((k) => msg(lang, `serve.xlsx.${k}`));
  const fixed = head.length;
  ws.addRow([...head, ...m.rules.map((r) => r.id)]);
  ws.getRow(1).font = { bold: true };
  for (const r of m.rows) {
    const row = ws.addRow([r.file, r.title, r.pass, r.fail, r.waived, r.notApplicable, r.errors, ...r.cells.map((c) => SYMBOL[c] ?? '')]);
    r.cells.forEach((c, i) => {
      const fill = FILL[c];
      if (fill) row.getCell(fixed + 1 + i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      row.getCell(fixed + 1 + i).alignment = { horizontal: 'center' };
    });
  }
  const total = ws.addRow([msg(lang, 'serve.xlsx.totalFailing'), '', '', '', '', '', '', ...m.rules.map((r) => r.fail)]);
  total.font = { bold: true };
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 50;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
