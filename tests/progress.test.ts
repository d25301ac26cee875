import { describe, expect, it } from 'vitest';
import { Progress } from '../src/batch/progress.js';
import { run } from './helpers/cli.js';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WriteStream };
}

describe('progress bar', () => {
  it('draws on a terminal and clears itself', () => {
    const { chunks, stream } = fakeStream(true);
    const saved = process.env.CI;
    delete process.env.CI;
    try {
      const p = new Progress(3, stream);
      for (const f of ['a.yaml', 'b.yaml', 'c.yaml']) p.tick(f);
      p.finish();
    } finally {
      if (saved !== undefined) process.env.CI = saved;
    }
    expect(chunks.join('')).toContain('3/3 c.yaml');
    expect(chunks.at(-1)).toMatch(/^\r +\r$/);
  });

  it('stays silent in pipes and in CI logs', () => {
    const piped = fakeStream(false);
    new Progress(3, piped.stream).tick('a.yaml');
    expect(piped.chunks).toEqual([]);
    const saved = process.env.CI;
    process.env.CI = 'true';
    try {
      const ci = fakeStream(true);
      new Progress(3, ci.stream).tick('a.yaml');
      expect(ci.chunks).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
  });

  it('a piped batch run prints no bar, and a per-file summary at the end', () => {
    const r = run(['plans', '--as-of', '2026-06-01', '--jobs', '2']);
    expect(r.err).not.toContain('\r');
    expect(r.out).toContain('Tổng hợp theo tệp');
    expect(r.out.indexOf('plans/2026.yaml —')).toBeLessThan(r.out.indexOf('plans/nam-do-son-cchc-2026.yaml —'));
  });
});
