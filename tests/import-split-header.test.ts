import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { readDocxBlocks } from '../src/import/read-docx.js';
import { readTextBlocks } from '../src/import/read-text.js';
import { importBlocks } from '../src/import/import-plan.js';
import { loadMetricVocabulary } from '../src/import/metric-vocabulary.js';

/**
 * Issue 12: a task table whose header is printed over two rows (the Kon Tum layout): a cell
 * spanning two columns above their own names, a header word cut into the row below. The text
 * fixtures are tests/fixtures/layouts/split-header-*.txt; here a Word table with merged header
 * cells, and the rows that must not be taken for a header's second row.
 */
const vocabulary = loadMetricVocabulary();
const fields = (plan: ReturnType<typeof importBlocks>['plan']) =>
  plan.tasks.map((t) => [t.id, t.content, t.lead, t.partners, t.deadline, t.product]);

describe('import: a header printed over two rows', () => {
  it('Word: "Đơn vị" merged across "Chủ trì" | "Phối hợp", the other header cells merged down', async () => {
    const c = (text: string, opts: { merge?: 'restart' | 'continue'; span?: number } = {}) =>
      new TableCell({
        children: [new Paragraph({ children: [new TextRun(text)] })],
        ...(opts.merge ? { verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
        ...(opts.span ? { columnSpan: opts.span } : {}),
      });
    const down = (text: string) => c(text, { merge: 'restart' });
    const more = () => c('', { merge: 'continue' });
    const table = new Table({
      rows: [
        new TableRow({
          children: [down('STT'), down('Kết quả'), down('Nội dung'), c('Đơn vị', { span: 2 }), down('Thời gian hoàn thành')],
        }),
        new TableRow({ children: [more(), more(), more(), c('Chủ trì'), c('Phối hợp'), more()] }),
        new TableRow({ children: [c('1'), c('Báo cáo'), c('Rà soát thủ tục'), c('Phòng Kinh tế'), c('Công an xã'), c('Quý II/2026')] }),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('KẾ HOẠCH')] }), table] }] });
    const { blocks } = await readDocxBlocks(Buffer.from(await Packer.toBuffer(doc)));
    const { plan, notes } = importBlocks(blocks, { vocabulary, parents: [] });
    expect(fields(plan)).toEqual([['1', 'Rà soát thủ tục', ['Phòng Kinh tế'], ['Công an xã'], 'Quý II/2026', 'Báo cáo']]);
    expect(notes.filter((n) => n.kind === 'header-unknown' || n.kind === 'table-row-unplaced')).toEqual([]);
  });

  const table = (...rows: string[]) =>
    ['KẾ HOẠCH', '', ...rows.map((r, i) => (i === 1 ? `${r}\n|---|---|---|---|---|---|` : r))].join('\n');

  it('a header repeated on the next page with its second row: both rows skipped, no task gets "Chủ trì"', () => {
    const top = '| TT | Nội dung | Đơn vị | | Thời gian | Sản phẩm |';
    const below = '| | | Chủ trì | Phối hợp | hoàn thành | |';
    const text = [
      'KẾ HOẠCH',
      '',
      top,
      '|---|---|---|---|---|---|',
      below,
      '| 1 | Rà soát thủ tục | Phòng Kinh tế | Công an xã | Quý II/2026 | Báo cáo |',
      '',
      top,
      '|---|---|---|---|---|---|',
      below,
      '| 2 | Công khai thủ tục | Văn phòng HĐND và UBND xã | | Thường xuyên | Danh mục |',
    ].join('\n');
    const { plan } = importBlocks(readTextBlocks(text), { vocabulary, parents: [] });
    expect(fields(plan)).toEqual([
      ['1', 'Rà soát thủ tục', ['Phòng Kinh tế'], ['Công an xã'], 'Quý II/2026', 'Báo cáo'],
      ['2', 'Công khai thủ tục', ['Văn phòng HĐND và UBND xã'], undefined, 'Thường xuyên', 'Danh mục'],
    ]);
  });

  it('a first row under the header that is data (a date, a title in the content column) is not read as more header', () => {
    const head = '| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành | Sản phẩm |';
    // an unnumbered first row with a date: not header
    const dated = importBlocks(
      readTextBlocks(table(head, '| | | | | Quý I/2026 | |', '| 1 | Rà soát thủ tục | Phòng Kinh tế | | Quý II/2026 | Báo cáo |')),
      { vocabulary, parents: [] },
    );
    expect(fields(dated.plan)).toEqual([['1', 'Rà soát thủ tục', ['Phòng Kinh tế'], undefined, 'Quý II/2026', 'Báo cáo']]);
    expect(dated.notes.filter((n) => n.kind === 'table-row-unplaced')).toHaveLength(1);
    // an unnumbered title row in the content column: not header either (reported, not swallowed)
    const titled = importBlocks(
      readTextBlocks(
        table(head, '| | Công tác chỉ đạo, điều hành | | | | |', '| 1 | Rà soát thủ tục | Phòng Kinh tế | | Quý II/2026 | Báo cáo |'),
      ),
      { vocabulary, parents: [] },
    );
    expect(titled.plan.tasks.map((t) => t.content)).toEqual(['Rà soát thủ tục']);
    expect(titled.notes.filter((n) => n.kind === 'table-row-unplaced').map((n) => n.text)).toEqual(['Công tác chỉ đạo, điều hành']);
  });
});
