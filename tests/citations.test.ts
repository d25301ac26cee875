import { describe, expect, it } from 'vitest';
import { extractCitations } from '../src/legal/citations.js';

const one = (text: string) => {
  const list = extractCitations(text);
  expect(list).toHaveLength(1);
  const c = list[0]!;
  return { ...c, span: text.slice(c.start, c.end) };
};

describe('citation extraction', () => {
  it.each([
    [
      'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện',
      { type: 'Nghị định', ref: '118/2025/NĐ-CP', date: '2025-06-09', issuer: 'Chính phủ' },
    ],
    ['Nghị định số 118/2025/NĐ-CP của Chính phủ ngày 09/6/2025 của Chính phủ về', { date: '2025-06-09', issuer: 'Chính phủ' }],
    [
      'Thông tư 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn',
      { number: '02', year: 2017, symbol: 'TT-VPCP', issuer: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ' },
    ],
    ['theo Nghị quyết số 66.7/2025/NQ-CP của Chính phủ.', { number: '66.7', year: 2025, symbol: 'NQ-CP', issuer: 'Chính phủ' }],
    ['Tiếp tục thực hiện Nghị định số 118/NĐ-CP ngày 09/6/2025 của Chính phủ', { ref: '118/NĐ-CP', number: '118', symbol: 'NĐ-CP' }],
    ['Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ', { issuer: 'Thủ tướng Chính phủ', date: '2022-06-23' }],
    ['Công điện số 968/CD-TTg ngày 16/10/2023', { type: 'Công điện', symbol: 'CD-TTg' }],
    [
      'Thông báo số 233/TB-UBND ngày 29/7/2025 của Ủy ban nhân dân thành phố Hải Phòng về giờ làm việc',
      { issuer: 'Ủy ban nhân dân thành phố Hải Phòng' },
    ],
    ['Kế hoạch số 160/KH-UBND ngày 01/7/2025 của UBND thành phố triển khai', { type: 'Kế hoạch', issuer: 'UBND thành phố' }],
    ['Chỉ thị số 05/2008/CT-TTg ngày 31/01/2008 của Thủ tướng', { type: 'Chỉ thị', date: '2008-01-31' }],
    [
      'Căn cứ Quyết định số 714/QĐ-UBND ngày 27/02/2026 của Ủy ban nhân dân thành phố Ban hành Kế hoạch',
      { issuer: 'Ủy ban nhân dân thành phố' },
    ],
    [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
      { type: 'Luật', name: 'Luật Tổ chức chính quyền địa phương', date: '2025-06-16' },
    ],
    ['Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ', { date: '2020-03-05' }],
    ['nghị định 118/2025/NĐ-CP', { type: 'Nghị định' }],
    ['(xem 61/2018/NĐ-CP)', { type: 'Nghị định', typeWritten: false, ref: '61/2018/NĐ-CP' }],
  ])('%s', (text, expected) => {
    expect(one(text)).toMatchObject(expected);
  });

  it('locates each citation at its exact characters, in order', () => {
    const text =
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung';
    const list = extractCitations(text);
    expect(list.map((c) => text.slice(c.start, c.end))).toEqual([
      'Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ',
      'Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ',
    ]);
    expect(list[1]!.tail).toMatch(/^ sửa đổi, bổ sung/);
  });

  it.each(['Số: /QĐ-UBND', 'Đề án 06 và Kế hoạch năm 2026', 'tỷ lệ 80/100 hồ sơ', 'ngày 15/9/2026', ''])(
    'finds nothing in "%s"',
    (text) => {
      expect(extractCitations(text)).toEqual([]);
    },
  );

  it('never throws on odd input', () => {
    for (const s of [
      'Nghị định số',
      'Nghị định số 1/',
      'Luật ngày',
      '////',
      'Nghị định số 1.2.3/2025/NĐ-CP',
      'Quyết định số 99999999/QĐ',
      '\u0000Thông tư',
    ]) {
      expect(() => extractCitations(s)).not.toThrow();
    }
  });
});
