import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../src/legal/citations.js';
import { statusOn } from '../src/legal/status.js';
import { loadRegistry } from '../src/legal/registry.js';
import type { LegalDoc } from '../src/legal/registry-types.js';

const registry = loadRegistry(join(import.meta.dirname, '..', 'rules', 'legal'));
const lookup = (ref: string) => registry.get(ref);

describe('the issuer named just before a citation completes it', () => {
  it('"của Chính phủ tại Nghị định số …"', () => {
    const [c] = extractCitations(
      'thực hiện theo quy định của Chính phủ tại Nghị định số 45/2020/NĐ-CP ngày 08/4/2020, Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ',
    );
    expect(c!.issuer).toBe('Chính phủ');
  });
  it('"hướng dẫn của Văn phòng Chính phủ tại Thông tư số …"', () => {
    const [c] = extractCitations('theo hướng dẫn của Văn phòng Chính phủ tại Thông tư số 02/2017/TT-VPCP ngày 31/10/2017');
    expect(c!.issuer).toBe('Văn phòng Chính phủ');
  });
  it('not an issuer further away, nor one not leading into the citation', () => {
    expect(extractCitations('của Chính phủ. Nghị định số 45/2020/NĐ-CP ngày 08/4/2020')[0]!.issuer).toBeUndefined();
  });
});

describe('impossible dates are their own finding, never read as another year', () => {
  it('"ngày 08/6/20210" is not 08/6/2021', () => {
    const [c] = extractCitations('Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ');
    expect(c!.date).toBeUndefined();
    expect(c!.badDate).toBe('08/6/20210');
    expect(c!.issuer).toBe('Chính phủ');
  });
  it('"31/02/2017" is no date', () => {
    const [c] = extractCitations('Thông tư số 02/2017/TT-VPCP ngày 31/02/2017 của Văn phòng Chính phủ');
    expect(c!.date).toBeUndefined();
    expect(c!.badDate).toBe('31/02/2017');
  });
});

describe('an amendment counts from its own effective date', () => {
  const doc = (ref: string) => registry.get(ref)!;
  it('48/2013 amends 63/2010 from 01/7/2013, not from its signing (14/5/2013)', () => {
    expect(statusOn(doc('63/2010/NĐ-CP'), '2013-06-01', lookup).amendments.map((a) => a.ref)).not.toContain('48/2013/NĐ-CP');
    expect(statusOn(doc('63/2010/NĐ-CP'), '2013-07-01', lookup).amendments.map((a) => a.ref)).toContain('48/2013/NĐ-CP');
  });
  it('an amendment whose effective date is unknown (367/2025) or only inferred (04/2025) is not required', () => {
    const s118 = statusOn(doc('118/2025/NĐ-CP'), '2026-03-15', lookup);
    expect(s118.amendments).toEqual([]);
    expect(s118.amendmentsUndated!.map((a) => a.ref)).toEqual(['367/2025/NĐ-CP']);
    const s03 = statusOn(doc('03/2025/TT-VPCP'), '2026-01-10', lookup);
    expect(s03.amendments).toEqual([]);
  });
  it('never for a document no longer in force', () => {
    const old: LegalDoc = {
      ref: '61/2018/NĐ-CP',
      type: 'Nghị định',
      issuer: 'Chính phủ',
      signed: '2018-04-23',
      in_force: '2018-06-21',
      ended: '2025-07-01',
      amended_by: [{ ref: '107/2021/NĐ-CP', date: '2021-12-06' }],
      confidence: 'C',
      source: 'test',
    };
    const amended: LegalDoc = {
      ref: '107/2021/NĐ-CP',
      type: 'Nghị định',
      issuer: 'Chính phủ',
      signed: '2021-12-06',
      in_force: '2022-02-20',
      confidence: 'C',
      source: 'test',
    };
    const look = (r: string) => (r === amended.ref ? amended : undefined);
    expect(statusOn(old, '2024-01-01', look).amendments.map((a) => a.ref)).toEqual(['107/2021/NĐ-CP']);
    expect(statusOn(old, '2026-01-10', look).amendments).toEqual([]);
  });
});
