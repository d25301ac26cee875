import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { both, isMessageKey, msg, MESSAGES, PARTS } from '../src/messages/index.js';
import { fill, placeholderNames } from '../src/messages/define.js';
import { checkCounts, summaryCounts } from '../src/report/labels.js';
import { signingVerdict } from '../src/review/signing.js';
import { formatMarkdown } from '../src/report/formatters/markdown.js';
import { describeChange } from '../src/diff/format-diff.js';
import type { Finding, Report } from '../src/types.js';
import { ROOT } from './helpers/cli.js';

// Issue 15 item 4: one message catalogue (src/messages/). Every fixed text is a keyed {vi, en}
// message with named placeholders; code calls msg(lang, key, params) and never chooses a language
// inline. That English texts hold no Vietnamese is checked with the rule messages, in
// tests/english-messages.test.ts ("src/messages: every English text of the catalogue").

/** Inline language choices: `lang === 'vi' ? …`, `const vi = report.lang === 'vi'`, `vi ? '…' : '…'`, `{ vi: { … }, en: { … } }` label tables. */
const INLINE_CHOICE = [
  /\blang\s*[!=]==?\s*['"](?:vi|en)['"]/,
  /[!=]==?\s*['"](?:vi|en)['"]\s*\?/,
  /\bvi\s*\?\s*[`'"(]/,
  /\b(?:vi|en)\s*:\s*\{/,
];

/** Lines of `text` that choose a language inline. */
function inlineChoices(text: string): string[] {
  return text.split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l) && INLINE_CHOICE.some((re) => re.test(l)));
}

describe('no language is chosen inline outside the catalogue', () => {
  it('the scan finds the forms it is meant to find, and lets a language value through', () => {
    for (const line of [
      "const s = lang === 'vi' ? 'lỗi' : 'error';",
      "  const vi = report.lang === 'vi';",
      "opts.lang !== 'en' ? a : b",
      "x === 'vi' ? a : b",
      'return vi ? `Nhiệm vụ ${t}` : `Task ${t}`;',
      "const STATUS = { vi: { pass: 'Đạt' }, en: { pass: 'Met' } };",
    ])
      expect(inlineChoices(line), line).toEqual([line]);
    for (const line of [
      "if (v !== 'vi' && v !== 'en') throw invalid('…', '…');",
      "const lang = options.lang ?? 'vi';",
      "msg(lang, 'report.fix')",
      'return { vi: a, en: b }[lang];',
      "s.toLocaleLowerCase('vi')",
    ])
      expect(inlineChoices(line), line).toEqual([]);
  });

  it('src/ outside src/messages/ holds none', () => {
    const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.startsWith('messages/') && !f.startsWith('messages\\'),
    );
    expect(files.length).toBeGreaterThan(100); // the scan reads the sources, it is not vacuous
    const found = files.flatMap((f) => inlineChoices(readFileSync(join(ROOT, 'src', f), 'utf8')).map((l) => `src/${f}: ${l.trim()}`));
    expect(found).toEqual([]);
  });
});

/**
 * Bilingual texts built in code: a `{ vi: '…', en: '…' }` literal (a non-empty string after `vi:`),
 * an error made from two strings (`new UsageError('…', '…')`), an option refused with `invalid('…', '…')`.
 * They belong in the catalogue, called with msg / both / bilingual.
 */
const BILINGUAL_IN_CODE = [/\bvi\s*:\s*[`'"](?![`'"])/g, /\bnew (?:Input|Config|Usage|RuleSet)Error\(\s*[`'"]/g, /\binvalid\(\s*[`'"]/g];

/**
 * The boundary: data is not a message. Tables that document something in both languages, read by
 * `plan-check rules docs` and shown as metadata like a YAML rule's title and fix, stay with what
 * they describe: the facts reference (field descriptions) and the built-in checks' metadata.
 */
const DATA = new Set(['facts/subject-facts.ts', 'plan/built-in-checks.ts']);

function bilingualInCode(text: string): string[] {
  return BILINGUAL_IN_CODE.flatMap((re) => [...text.matchAll(re)].map((m) => text.slice(m.index, text.indexOf('\n', m.index))));
}

describe('no bilingual text is built in code outside the catalogue', () => {
  it('the scan finds a literal, an error and a refused option, across lines, and lets a call or an empty text through', () => {
    for (const text of [
      "const m = { vi: 'Thiếu trường', en: 'Missing field' };",
      'message: {\n  vi: `Ngày ${v} không tồn tại`,\n  en: `Date ${v} does not exist`,\n}',
      "throw new UsageError('không ghi được', 'cannot write');",
      'throw new InputError(\n  `Tệp "${file}" quá lớn`,\n  file,\n  `too large`,\n);',
      "throw invalid('phải là số', 'must be a number');",
    ])
      expect(bilingualInCode(text), text).toHaveLength(1);
    for (const text of [
      "message: bilingual('plan.dateNotReal', { date: v })",
      "throw new UsageError(...both('output.isFolder', { file }));",
      "return { vi: msg('vi', key), en: msg('en', key) };",
      "const leaf = { field: { type: 'number', vi: '', en: '' } };",
      'throw new InputError(s.vi, file, s.en);',
    ])
      expect(bilingualInCode(text), text).toEqual([]);
  });

  it('src/ outside src/messages/ holds none but data', () => {
    const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) => f.endsWith('.ts') && !f.startsWith('messages/'));
    const found: Record<string, string[]> = {};
    for (const f of files) {
      const hits = bilingualInCode(readFileSync(join(ROOT, 'src', f), 'utf8'));
      if (hits.length && !DATA.has(f)) found[f] = hits;
    }
    expect(found).toEqual({});
    // the data files are really scanned (the boundary is a decision, not a blind spot)
    expect(bilingualInCode(readFileSync(join(ROOT, 'src', 'facts', 'subject-facts.ts'), 'utf8')).length).toBeGreaterThan(0);
  });
});

describe('every message', () => {
  const entries = Object.entries(MESSAGES) as [string, { vi: string; en: string }][];

  it('has a Vietnamese and an English text, with the same placeholders', () => {
    expect(entries.length).toBeGreaterThan(150);
    for (const [key, m] of entries) {
      expect(m.vi.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      expect(placeholderNames(m.en).sort(), key).toEqual(placeholderNames(m.vi).sort());
    }
  });

  it('is in the file its key names, once', () => {
    let total = 0;
    for (const [part, messages] of Object.entries(PARTS)) {
      for (const key of Object.keys(messages)) expect(key.split('.')[0], key).toBe(part);
      total += Object.keys(messages).length;
    }
    expect(total).toBe(entries.length); // no key defined in two files (the later would hide the earlier)
  });

  it('has no plural in Vietnamese, and every English plural has its number', () => {
    for (const [key, m] of entries) {
      expect(m.vi, key).not.toMatch(/\{\{[^}]*\|/);
      for (const [, name] of m.en.matchAll(/\{\{([^}|]+)\|/g)) expect(m.en, key).toContain(`{{${name}}}`);
    }
  });

  it('fills its placeholders: by name, a Vietnamese date, a value missing is an error', () => {
    expect(fill('{{a}} và {{b}}, {{a}}', { a: 1, b: 'x' })).toBe('1 và x, 1');
    expect(fill('ngày {{d:date}}', { d: '2026-06-01' })).toBe('ngày 01/6/2026');
    expect(() => fill('{{a}}', {})).toThrow(/\{\{a\}\}/);
    expect(msg('vi', 'cli.exists', { file: 'a.txt' })).toBe('"a.txt" đã có; dùng --force để ghi đè');
    expect(both('cli.exists', { file: 'a.txt' })).toEqual([
      '"a.txt" đã có; dùng --force để ghi đè',
      '"a.txt" exists; use --force to overwrite',
    ]);
    expect(isMessageKey('diff.field.lead')).toBe(true);
    expect(isMessageKey('diff.field.nope')).toBe(false);
  });

  it('keys and values are type-checked (npm run lint type-checks this file)', () => {
    // @ts-expect-error: no such message
    expect(() => msg('en', 'report.no-such-message')).toThrow();
    // @ts-expect-error: the message needs { file }
    expect(() => msg('en', 'cli.exists')).toThrow();
    // @ts-expect-error: a plural's value is a number
    expect(msg('en', 'report.count.error', { n: '1' })).toBe('1 error');
  });
});

describe('English plurals', () => {
  it('every English plural: 1 takes the singular, 2 the plural', () => {
    const plurals = Object.entries(MESSAGES).filter(([, m]) => m.en.includes('|'));
    expect(plurals.length).toBeGreaterThan(8);
    for (const [key, m] of plurals) {
      const names = placeholderNames(m.en);
      const with_ = (n: number) => fill(m.en, Object.fromEntries(names.map((k) => [k, n])));
      expect(with_(1), key).not.toBe(with_(2));
    }
  });

  it('the counts of a run: "1 error, 1 warning", "2 errors, 2 warnings"; Vietnamese unchanged', () => {
    expect(summaryCounts('en', { error: 1, warning: 1, info: 1 })).toBe('1 error, 1 warning, 1 info');
    expect(summaryCounts('en', { error: 2, warning: 2, info: 2, waivedFindings: 1 })).toBe('2 errors, 2 warnings, 2 info, 1 waived');
    expect(summaryCounts('vi', { error: 1, warning: 2, info: 0 })).toBe('1 lỗi, 2 cảnh báo, 0 thông tin');
    expect(checkCounts('en', { pass: 1, fail: 2, waived: 0, notApplicable: 1 })).toBe('1 passed, 2 failed, 0 waived, 1 not applicable');
    expect(msg('en', 'report.count.warning', { n: 1 })).toBe('1 warning');
    expect(msg('en', 'report.count.warning', { n: 2 })).toBe('2 warnings');
    expect(msg('vi', 'report.count.warning', { n: 2 })).toBe('2 cảnh báo');
  });

  it('the signing gate and the markdown report say "1 unwaived error", "2 unwaived warnings", "1 check passed"', () => {
    const finding = (severity: Finding['severity'], i: number): Finding => ({
      ruleId: `r${i}`,
      severity,
      message: 'm',
      location: { file: 'a.yaml', pointer: '', line: 1, column: 1 },
    });
    const report = {
      tool: { name: 'plan-check', version: '0' },
      asOf: '2026-06-01',
      lang: 'en',
      files: [
        {
          file: 'a.yaml',
          sha256: 'x',
          plan: {},
          rulesets: [],
          checks: [{ ruleId: 'r0', title: 't', severity: 'error', status: 'pass', evaluated: 1, findings: [] }],
          findings: [finding('error', 1), finding('warning', 2), finding('warning', 3)],
        },
      ],
      summary: { error: 1, warning: 2, info: 0, pass: 1, fail: 0, waived: 0, notApplicable: 0 },
    } as unknown as Report;
    expect(signingVerdict(report, 'en').reasons).toEqual(['a.yaml: 1 unwaived error', 'a.yaml: 2 unwaived warnings']);
    expect(signingVerdict(report, 'vi').reasons).toEqual([
      'a.yaml: còn 1 lỗi chưa được miễn trừ',
      'a.yaml: còn 2 cảnh báo chưa được miễn trừ',
    ]);
    const md = formatMarkdown(report);
    expect(md).toContain('1 check passed.');
    expect(md).toContain('## plan-check: 1 error, 2 warnings, 0 info');
  });

  it('a task field changed is named in Vietnamese and kept as is in English', () => {
    const c = { kind: 'task-changed', task: '3', field: 'lead', before: 'A', after: 'B' } as const;
    expect(describeChange(c, 'vi')).toBe('Nhiệm vụ 3: cơ quan chủ trì "A" → "B"');
    expect(describeChange(c, 'en')).toBe('Task 3: lead "A" → "B"');
    expect(describeChange({ ...c, field: 'other' }, 'vi')).toBe('Nhiệm vụ 3: other "A" → "B"');
  });
});
