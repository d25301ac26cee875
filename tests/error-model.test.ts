import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../src/errors/config-error.js';
import { InputError } from '../src/errors/input-error.js';
import { PlanCheckError } from '../src/errors/plan-check-error.js';
import { RuleSetError } from '../src/errors/ruleset-error.js';
import { reviveError, serialiseError } from '../src/errors/serialise.js';
import { UsageError } from '../src/errors/usage-error.js';
import { loadRegistry } from '../src/legal/registry.js';
import { printError } from '../src/cli/print-error.js';
import { tempDir } from './helpers/temp.js';

// Issue 15 item 3: one error model. Every exit-2 error is a PlanCheckError with a code, Vietnamese
// and English text and an optional location; workers send errors through one function.

/** What printError writes on stderr for an error, and the exit code. */
function printed(err: unknown, lang: 'vi' | 'en'): { text: string; code: number } {
  let text = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    text += String(s);
    return true;
  });
  try {
    return { code: printError(err, lang, false), text };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('one error model', () => {
  it('input, configuration and usage errors are PlanCheckErrors with a code and both languages', () => {
    const input = new InputError('Không tìm thấy tệp "a.yaml"', 'a.yaml', 'File not found: "a.yaml"');
    const config = new ConfigError('Tệp miễn trừ không hợp lệ', 'Invalid waivers file', 'w.yaml', 3, 5, undefined, 'waivers');
    const usage = new UsageError('chưa nêu tệp kế hoạch', 'no plan file given');
    for (const [err, code] of [
      [input, 'input'],
      [config, 'config'],
      [usage, 'usage'],
    ] as const) {
      expect(err).toBeInstanceOf(PlanCheckError);
      expect(err.code).toBe(code);
    }
    expect(input.location).toEqual({ file: 'a.yaml' });
    expect(config.location).toEqual({ file: 'w.yaml', line: 3, column: 5 });
    expect(usage.location).toBeUndefined();
    expect(input.text('en')).toBe('File not found: "a.yaml"');
    expect(usage.text('vi')).toBe('chưa nêu tệp kế hoạch');
  });

  it('a rule-set error is the configuration error of kind "ruleset"', () => {
    const err = new RuleSetError('Bộ quy tắc không hợp lệ', 'Invalid rule set', 'r.yaml', 2, 1, 'my-rule');
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.kind).toBe('ruleset');
    expect(printed(err, 'en')).toEqual({ code: 2, text: 'plan-check: broken rule set: r.yaml:2:1 (rule my-rule): Invalid rule set\n' });
    expect(printed(err, 'vi').text).toBe('plan-check: bộ quy tắc hỏng: r.yaml:2:1 (quy tắc my-rule): Bộ quy tắc không hợp lệ\n');
  });

  it('a broken registry entry is called a broken legal registry, not a broken rule set', () => {
    const t = tempDir('plan-check-registry-');
    const folder = join(t.dir, 'legal');
    mkdirSync(folder);
    t.write(
      'legal/r.yaml',
      'documents:\n  - ref: 1/2020/NĐ-CP\n    type: Nghị định\n    issuer: Chính phủ\n    source: thử\n    confidence: C\n    source_url: [LEGAL.md]\n',
    );
    let err: unknown;
    try {
      loadRegistry(folder);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).kind).toBe('registry');
    const en = printed(err, 'en');
    expect(en.code).toBe(2);
    expect(en.text).toMatch(/^plan-check: broken legal registry: .*r\.yaml:\d+:\d+: Invalid registry entry/);
    expect(en.text).not.toMatch(/broken rule set/);
    expect(printed(err, 'vi').text).toMatch(/^plan-check: cơ sở dữ liệu văn bản hỏng: /);
  });

  it('input and usage errors print their text in the run language, exit 2', () => {
    expect(printed(new InputError('Không tìm thấy tệp "a.yaml"', 'a.yaml', 'File not found: "a.yaml"'), 'en')).toEqual({
      code: 2,
      text: 'plan-check: File not found: "a.yaml"\n',
    });
    expect(printed(new UsageError('chưa nêu tệp kế hoạch', 'no plan file given'), 'vi')).toEqual({
      code: 2,
      text: 'plan-check: chưa nêu tệp kế hoạch\n',
    });
  });
});

describe('errors cross from a worker thread by one function', () => {
  const roundTrip = (err: unknown) => reviveError(structuredClone(serialiseError(err)));

  it('each PlanCheckError comes back as the same class with the same texts and location', () => {
    const errors = [
      new InputError('Không đọc được tệp "a.yaml"', 'a.yaml', 'Cannot read "a.yaml"'),
      new ConfigError('Tệp miễn trừ không hợp lệ', 'Invalid waivers file', 'w.yaml', 3, 5, undefined, 'waivers'),
      new RuleSetError('Bộ quy tắc không hợp lệ', 'Invalid rule set', 'r.yaml', 2, 7, 'my-rule'),
      new UsageError('chưa nêu tệp kế hoạch', 'no plan file given'),
    ];
    for (const err of errors) {
      const back = roundTrip(err) as PlanCheckError;
      expect(back.constructor).toBe(err.constructor);
      expect([back.code, back.vi, back.en, back.location, back.message]).toEqual([err.code, err.vi, err.en, err.location, err.message]);
      expect(back.explain('vi')).toBe(err.explain('vi'));
      expect(back.explain('en')).toBe(err.explain('en'));
    }
    expect((roundTrip(errors[1]) as ConfigError).kind).toBe('waivers');
  });

  it('any other error comes back as a plain Error with its message and stack (an internal error)', () => {
    const bug = new TypeError('x is undefined');
    const back = roundTrip(bug);
    expect(back).not.toBeInstanceOf(PlanCheckError);
    expect(back.message).toBe('x is undefined');
    expect(back.stack).toBe(bug.stack);
    expect(printed(back, 'en').text).toMatch(/^plan-check: internal error: x is undefined/);
  });
});
