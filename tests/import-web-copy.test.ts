import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../src/import/read-text.js';
import { importBlocks } from '../src/import/import-plan.js';
import { loadMetricVocabulary } from '../src/import/metric-vocabulary.js';

/**
 * Issue 12: a Quyết định copied from a law portal's page, one paragraph a line with no blank line
 * (the layout fixture tests/fixtures/layouts/web-copy-line-paragraphs.txt is a Kế hoạch): the
 * title in capitals cut over two lines, "Điều 1." alone on its line, bases cut mid-sentence.
 */
const vocabulary = loadMetricVocabulary();

describe('import: a decision copied from a web page, one paragraph a line', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'XÃ AN HÒA',
    '|',
    'CỘNG HÒA XÃ HỘI',
    'CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '|',
    'Số: 08/QĐ-UBND',
    '|',
    'An Hòa, ngày',
    '10 tháng 01 năm 2026',
    'QUYẾT ĐỊNH',
    'BAN HÀNH KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026',
    'TRÊN ĐỊA BÀN XÃ AN HÒA',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN HÒA',
    'Căn cứ Nghị định số',
    '63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;',
    'QUYẾT ĐỊNH:',
    'Điều 1.',
    'Ban hành kèm theo Quyết định này Kế hoạch kiểm soát thủ tục hành chính năm 2026.',
  ].join('\n');

  it('reads the identity, the whole title, the basis and the article text', () => {
    const { plan, notes } = importBlocks(readTextBlocks(text), { vocabulary, parents: [] });
    expect(plan.plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân xã An Hòa', level: 'commune' });
    expect(plan.plan.document).toMatchObject({ form: 'QĐ-UBND', number: '08', date: '2026-01-10' });
    expect(plan.plan.titles?.decision).toBe('BAN HÀNH KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026 TRÊN ĐỊA BÀN XÃ AN HÒA');
    expect(plan.plan.legal_basis).toEqual([
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;',
    ]);
    expect(plan.decision?.articles?.[0]).toMatchObject({
      number: 1,
      text: 'Ban hành kèm theo Quyết định này Kế hoạch kiểm soát thủ tục hành chính năm 2026.',
    });
    expect(notes.filter((n) => n.kind === 'unplaced' || n.kind === 'table-row-unplaced')).toEqual([]);
  });

  it('a text with blank lines between its paragraphs is read as before: lines of one paragraph stay together', () => {
    const blocks = readTextBlocks('KẾ HOẠCH\n\nKiểm soát thủ tục hành chính\nnăm 2026\n\nI. MỤC ĐÍCH\n');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.lines : []))).toEqual([
      ['KẾ HOẠCH'],
      ['Kiểm soát thủ tục hành chính', 'năm 2026'],
      ['I. MỤC ĐÍCH'],
    ]);
  });
});
