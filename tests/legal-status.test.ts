import { describe, expect, it } from 'vitest';
import { statusOn } from '../src/legal/status.js';
import { loadRegistry } from '../src/legal/registry.js';
import type { LegalDoc } from '../src/legal/registry-types.js';
import { join } from 'node:path';

const doc = (over: Partial<LegalDoc>): LegalDoc => ({
  ref: '1/2020/NĐ-CP',
  type: 'Nghị định',
  issuer: 'Chính phủ',
  confidence: 'C',
  source: 'test',
  ...over,
});

describe('status of a document on a date: both sides of every date', () => {
  it('end of validity: in force the day before, expired on the day', () => {
    const d = doc({ signed: '2018-04-23', ended: '2025-07-01' });
    expect(statusOn(d, '2025-06-30').verdict).toBe('in-force');
    expect(statusOn(d, '2025-07-01').verdict).toBe('expired');
    expect(statusOn(d, '2025-07-01').ended).toBe('2025-07-01');
  });

  it('signing date: not yet the day before, in force on the day', () => {
    const d = doc({ signed: '2025-12-31' });
    expect(statusOn(d, '2025-12-30').verdict).toBe('not-yet');
    expect(statusOn(d, '2025-12-31').verdict).toBe('in-force');
  });

  it('entry into force: not yet the day before, in force on the day', () => {
    const d = doc({ signed: '2025-12-08', in_force: '2026-01-25' });
    expect(statusOn(d, '2026-01-24').verdict).toBe('not-yet');
    expect(statusOn(d, '2026-01-25').verdict).toBe('in-force');
  });

  it('an amendment counts from its date, not before', () => {
    const d = doc({ signed: '2025-06-09', amended_by: [{ ref: '367/2025/NĐ-CP', date: '2025-12-31' }] });
    expect(statusOn(d, '2025-12-30').amendments).toEqual([]);
    expect(statusOn(d, '2025-12-31').amendments.map((a) => a.ref)).toEqual(['367/2025/NĐ-CP']);
  });

  it('unknown stays unknown, never in force; repealed without a date is expired', () => {
    expect(statusOn(doc({ status: 'unknown', signed: '2020-10-21' }), '2026-06-01').verdict).toBe('unknown');
    expect(statusOn(doc({ status: 'unknown', signed: '2020-10-21' }), '2020-10-20').verdict).toBe('not-yet');
    expect(statusOn(doc({ status: 'repealed' }), '2026-06-01').verdict).toBe('expired');
  });

  it('the confidence of the fact used is reported', () => {
    const d = doc({ confidence: 'S', ended: '2025-07-01', ended_confidence: 'I' });
    expect(statusOn(d, '2025-08-01').confidence).toBe('I');
    expect(statusOn(d, '2025-06-01').confidence).toBe('S');
  });
});

describe('the shipped registry', () => {
  const registry = loadRegistry(join(import.meta.dirname, '..', 'rules', 'legal'));

  it('holds every document of LEGAL.md and of the example plans', () => {
    for (const ref of [
      '61/2018/NĐ-CP',
      '107/2021/NĐ-CP',
      '118/2025/NĐ-CP',
      '367/2025/NĐ-CP',
      '45/2020/NĐ-CP',
      '42/2022/NĐ-CP',
      '63/2010/NĐ-CP',
      '92/2017/NĐ-CP',
      '02/2017/TT-VPCP',
      '01/2018/TT-VPCP',
      '01/2020/TT-VPCP',
      '01/2023/TT-VPCP',
      '03/2025/TT-VPCP',
      '04/2025/TT-VPCP',
      '766/QĐ-TTg',
      '45/2016/QĐ-TTg',
      '468/QĐ-TTg',
      '66.7/2025/NQ-CP',
      '72/2025/QH15',
      '65/2025/QH15',
      '77/2015/QH13',
      '76/NQ-CP',
      '01/NQ-CP',
      '02/NQ-CP',
      '202/2025/QH15',
      '30/2020/NĐ-CP',
      '79/2025/NĐ-CP',
      '59/2019/NĐ-CP',
      '60/2021/NĐ-CP',
      '111/2025/NĐ-CP',
      '23/CT-TTg',
      '1847/QĐ-TTg',
      '05/2008/CT-TTg',
      '26/CT-TTg',
      '968/CĐ-TTg',
      '51/2025/QĐ-TTg',
      '1829/QĐ-CT',
      '160/KH-UBND',
      '233/TB-UBND',
    ]) {
      expect(registry.get(ref), ref).toBeDefined();
    }
  });

  it('finds documents the way people type them', () => {
    expect(registry.search('nghị định 118/2025').map((d) => d.ref)).toEqual(['118/2025/NĐ-CP']);
    expect(registry.search('2/2017/TT-VPCP').map((d) => d.ref)).toEqual(['02/2017/TT-VPCP']);
    expect(registry.search('Luật Tổ chức chính quyền địa phương').length).toBe(3);
  });

  it('resolves a citation without its year or with a mistyped symbol by number and date', () => {
    expect(registry.resolve({ number: '118', symbol: 'NĐ-CP' }, '2025-06-09')?.ref).toBe('118/2025/NĐ-CP');
    expect(registry.resolve({ number: '968', symbol: 'CD-TTG' }, '2023-10-16')?.ref).toBe('968/CĐ-TTg');
    expect(registry.byLawName('Luật Tổ chức chính quyền địa phương', '2025-06-16').doc?.ref).toBe('72/2025/QH15');
  });
});
