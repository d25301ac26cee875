import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../src/plan/deadline.js';

type Row = [phrase: string, kind: string, start: string | undefined, end: string | undefined, extra?: Record<string, unknown>];

/** Every deadline phrase printed in the three seed plans, with what it means. */
const SEED_PHRASES: Row[] = [
  // seed 000 (Nam Đồ Sơn KSTTHC)
  ['Thường xuyên', 'ongoing', '2026-01-01', '2026-12-31'],
  [
    'Sau khi có Quyết định của UBND thành phố',
    'conditional',
    undefined,
    undefined,
    { condition: 'Sau khi có Quyết định của UBND thành phố' },
  ],
  ['Chậm nhất ngày 09/9/2026', 'by-date', undefined, '2026-09-09'],
  ['Chậm nhất ngày 15/9/2026', 'by-date', undefined, '2026-09-15'],
  ['Theo lộ trình của Nghị quyết', 'conditional', undefined, undefined, { condition: 'Theo lộ trình của Nghị quyết' }],
  ['Từ ngày 15/3/2026.', 'from-date', '2026-03-15', undefined],
  ['Bắt đầu từ tháng 4 đến tháng 11/2026', 'range', '2026-04-01', '2026-11-30', { months: [4, 5, 6, 7, 8, 9, 10, 11] }],
  ['Quý II năm 2026.', 'quarter', '2026-04-01', '2026-06-30', { quarters: [2] }],
  ['Thường xuyên hoặc theo lộ Trình của Sở Tư pháp', 'ongoing', '2026-01-01', '2026-12-31', { condition: 'theo lộ Trình của Sở Tư pháp' }],
  // seed 004 (Ninh Giang KSTTHC)
  ['Trong Quý II/2026', 'quarter', '2026-04-01', '2026-06-30'],
  ['Trong Quý II năm 2026', 'quarter', '2026-04-01', '2026-06-30'],
  [
    'Thường xuyên theo lộ trình của Bộ Tư pháp và Trung tâm phục vụ hành chính công thành phố',
    'ongoing',
    '2026-01-01',
    '2026-12-31',
    { condition: 'theo lộ trình của Bộ Tư pháp và Trung tâm phục vụ hành chính công thành phố' },
  ],
  ['Theo hướng dẫn của Bộ Tư pháp', 'conditional', undefined, undefined],
  // seed 002 (Nam Đồ Sơn CCHC)
  ['Quý I/2026', 'quarter', '2026-01-01', '2026-03-31', { quarters: [1] }],
  ['Quý I/2026.', 'quarter', '2026-01-01', '2026-03-31'],
  [
    'Quý III, IV/2026 (thực hiện theo hướng dẫn).',
    'quarter',
    '2026-07-01',
    '2026-12-31',
    { quarters: [3, 4], note: 'thực hiện theo hướng dẫn' },
  ],
  ['Trong năm 2026.', 'year', '2026-01-01', '2026-12-31'],
  ['Trong năm 2026', 'year', '2026-01-01', '2026-12-31'],
  ['Quý III/2026.', 'quarter', '2026-07-01', '2026-09-30'],
  ['Theo Kế hoạch của thành phố.', 'conditional', undefined, undefined, { condition: 'Theo Kế hoạch của thành phố' }],
  ['Thường xuyên trong năm.', 'ongoing', '2026-01-01', '2026-12-31'],
  ['Thường xuyên trong năm', 'ongoing', '2026-01-01', '2026-12-31'],
  ['Chậm nhất là ngày 31/01/2026.', 'by-date', undefined, '2026-01-31'],
  ['Thường xuyên trong năm (theo kế hoạch, hướng dẫn).', 'ongoing', '2026-01-01', '2026-12-31', { note: 'theo kế hoạch, hướng dẫn' }],
  [
    'Thường xuyên trong năm; định kỳ báo cáo kết quả thực hiện.',
    'ongoing',
    '2026-01-01',
    '2026-12-31',
    { note: 'định kỳ báo cáo kết quả thực hiện' },
  ],
  ['Quý IV/2026 (theo hướng dẫn).', 'quarter', '2026-10-01', '2026-12-31', { note: 'theo hướng dẫn' }],
  ['Quý IV/2026.', 'quarter', '2026-10-01', '2026-12-31'],
  ['Trong năm 2026 (theo hướng dẫn).', 'year', '2026-01-01', '2026-12-31'],
  ['Trong năm 2026 (theo Kế hoạch).', 'year', '2026-01-01', '2026-12-31', { note: 'theo Kế hoạch' }],
  ['Tháng 01 năm 2026.', 'month', '2026-01-01', '2026-01-31', { months: [1] }],
  ['Thường xuyên trong năm 2026.', 'ongoing', '2026-01-01', '2026-12-31'],
  ['Quý I/2026 (theo hướng dẫn)', 'quarter', '2026-01-01', '2026-03-31'],
  ['Quý II/2026 (theo hướng dẫn)', 'quarter', '2026-04-01', '2026-06-30'],
  ['Quý III/2026 (theo hướng dẫn).', 'quarter', '2026-07-01', '2026-09-30'],
  ['Năm 2026 (tổ chức ít nhất 02 Hội nghị/năm).', 'year', '2026-01-01', '2026-12-31', { note: 'tổ chức ít nhất 02 Hội nghị/năm' }],
];

describe('deadline phrases of the seed plans', () => {
  it.each(SEED_PHRASES)('%s → %s', (phrase, kind, start, end, extra) => {
    const d = parseDeadline(phrase, 2026);
    expect(d.text).toBe(phrase);
    expect(d.kind).toBe(kind);
    expect(d.start).toBe(start);
    expect(d.end).toBe(end);
    if (extra) expect(d).toMatchObject(extra);
  });

  it('reads every deadline printed in plans/ (none unknown)', () => {
    const dir = join(import.meta.dirname, '..', 'plans');
    const phrases = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')).tasks as { deadline?: string }[]).map((t) => t.deadline))
      .filter((x): x is string => typeof x === 'string');
    expect(phrases.length).toBeGreaterThan(100);
    const unread = phrases.filter((p) => parseDeadline(p, 2026).kind === 'unknown');
    expect(unread).toEqual([]);
    // and the table above covers every distinct phrase of the seeds
    const covered = new Set(SEED_PHRASES.map((r) => r[0]));
    expect([...new Set(phrases)].filter((p) => !covered.has(p))).toEqual([]);
  });
});

describe('other forms and edge cases', () => {
  it.each<Row>([
    ['Chậm nhất ngày 15 tháng 9 năm 2026', 'by-date', undefined, '2026-09-15'],
    ['Trước ngày 05/12/2026', 'by-date', undefined, '2026-12-05'],
    ['15/9/2026', 'by-date', undefined, '2026-09-15'],
    ['Từ ngày 01/4/2026 đến ngày 30/11/2026', 'range', '2026-04-01', '2026-11-30'],
    ['Từ tháng 4/2026 đến hết tháng 11/2026', 'range', '2026-04-01', '2026-11-30'],
    ['Tháng 4/2026', 'month', '2026-04-01', '2026-04-30'],
    ['6 tháng đầu năm 2026', 'range', '2026-01-01', '2026-06-30'],
    ['QUÝ II/2026', 'quarter', '2026-04-01', '2026-06-30'],
    ['Quý I và Quý II/2026', 'quarter', '2026-01-01', '2026-06-30'],
    ['  Thường   xuyên  ', 'ongoing', '2026-01-01', '2026-12-31'],
    ['Năm 2026 (*tổ chức ít nhất 02 Hội nghị/năm*).', 'year', '2026-01-01', '2026-12-31'], // italics from a Word conversion
  ])('%s → %s', (phrase, kind, start, end) => {
    const d = parseDeadline(phrase, 2026);
    expect([d.kind, d.start, d.end]).toEqual([kind, start, end]);
  });

  it.each<[string, string[]]>([
    ['Hàng quý', ['quarter']],
    ['Hằng quý', ['quarter']],
    ['Hằng năm', ['year']],
    ['Hàng tháng', ['month']],
    ['Định kỳ 6 tháng', ['half-year']],
    ['Định kỳ hằng quý', ['quarter']],
    ['Hàng Quý/ Năm', ['quarter', 'year']],
    ['Hàng Quý / Năm 2026', ['quarter', 'year']],
    ['Hàng tháng, quý, năm', ['month', 'quarter', 'year']],
    ['Hằng quý hoặc đột xuất', ['quarter']],
  ])('a recurring duty "%s" is read as periodic (%j), within the plan year', (phrase, periods) => {
    const d = parseDeadline(phrase, 2026);
    expect([d.kind, d.periods, d.start, d.end]).toEqual(['periodic', periods, '2026-01-01', '2026-12-31']);
  });

  it.each(['Hàng', 'Quý/ Năm', 'Hàng quý và sớm', 'Định kỳ'])('"%s" is no recurring duty (unknown)', (phrase) => {
    expect(parseDeadline(phrase, 2026).kind).toBe('unknown');
  });

  it('keeps NFD input readable (Vietnamese arrives decomposed too)', () => {
    const nfd = 'Chậm nhất ngày 09/9/2026'.normalize('NFD');
    expect(parseDeadline(nfd, 2026)).toMatchObject({ kind: 'by-date', end: '2026-09-09', text: nfd });
  });

  it.each([
    'Sớm nhất có thể',
    '',
    'Chậm nhất ngày 31/02/2026', // no such date
    'Quý V/2026',
    'Tháng 13 năm 2026',
    'Từ tháng 11 đến tháng 4/2026', // backwards
    'Thường xuyên và khi nào rảnh',
  ])('"%s" is unknown, not ongoing', (phrase) => {
    expect(parseDeadline(phrase, 2026).kind).toBe('unknown');
  });

  it('never throws on odd input', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'Quý IVXtháng nămngày0123456789/.,;()*-Thường xuyênTừđến\u0300\u0000🙂';
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const d = parseDeadline(s, 2026);
      expect(d.text).toBe(s);
      if (d.kind === 'unknown') expect(d.start ?? d.end).toBeUndefined();
    }
  });
});
