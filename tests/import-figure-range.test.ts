import { describe, expect, it } from 'vitest';
import { findTargets } from '../src/import/find-targets.js';
import { loadMetricVocabulary } from '../src/import/metric-vocabulary.js';

/**
 * Issue 12, item 5: a range is a doubt however its dash is spaced. "90-95%" was a doubt; "90 - 95%"
 * and "90 – 95 %" were cut at the dash as if it opened a list item, and the figure was lost.
 */
const vocabulary = loadMetricVocabulary();
const read = (text: string) => findTargets(text, vocabulary);
const ON_TIME = 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt';

describe('import: a range with spaces around its dash is a doubtful figure', () => {
  it.each([
    `${ON_TIME} 90-95%`,
    `${ON_TIME} 90 - 95%`,
    `${ON_TIME} 90 – 95 %`,
    `${ON_TIME} 90 — 95%`,
    `${ON_TIME} 90% - 95%`,
    `${ON_TIME} 90 % – 95 %`,
    `${ON_TIME} 90,5 - 95,5%`,
    `${ON_TIME}  90  -  95%`,
    `- ${ON_TIME} 90 - 95%.`,
  ])('%s: no target, one doubt about the bound, no unrecognised figure', (text) => {
    const found = read(text);
    expect(found.targets).toEqual([]);
    expect(found.doubtful.map((d) => d.doubt)).toEqual(['bound']);
    expect(found.doubtful[0]!.text).toMatch(/90.*95/);
    expect(found.unknown).toEqual([]);
  });

  it.each([
    // a list dash between two statements, each with its own figure
    [`${ON_TIME} 95% - Mức độ hài lòng của người dân đạt 90%`, ['on_time_resolution = 95', 'satisfaction = 90']],
    [`Năm 2026 - ${ON_TIME} 98%`, ['on_time_resolution = 98']],
    // a span of years, not of figures
    [`Giai đoạn 2021 - 2025, ${ON_TIME} 98%`, ['on_time_resolution = 98']],
    [`${ON_TIME} 98% trong giai đoạn 2021 – 2025`, ['on_time_resolution = 98']],
  ])('%s: read without a doubt about the bound', (text, want) => {
    const found = read(text);
    expect(found.targets.map((t) => `${t.metric} ${t.bound} ${t.value}`)).toEqual(want);
    expect(found.doubtful).toEqual([]);
  });
});
