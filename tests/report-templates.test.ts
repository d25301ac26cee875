import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/report/build-report.js';
import { formatHtml } from '../src/report/formatters/html.js';
import { renderTemplate } from '../src/report/templates.js';
import type { Check, FileReport } from '../src/types.js';
import { tempDir } from './helpers/temp.js';

/**
 * The template renderer (src/report/templates.ts) as an office that edits templates/ meets it:
 * HTML templates escape every value, Markdown templates do not (their values come escaped for
 * Markdown), a missing value renders empty, and the two helpers `eq` and `join` behave as named.
 * Each template is a file of its own (the renderer keeps compiled templates by file).
 */
const t = tempDir('plan-check-templates-');
const render = (name: string, source: string, view: unknown): string => {
  t.write(name, source);
  return renderTemplate(name, view, t.dir);
};
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));
const RAW = `<b class="x">Tom & 'Jerry'</b>`;

describe('renderTemplate', () => {
  it('an .html.hbs template escapes every value', () => {
    expect(render('escape.html.hbs', '<p>{{v}}</p>', { v: RAW })).toBe(
      '<p>&lt;b class&#x3D;&quot;x&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/b&gt;</p>',
    );
  });

  it('an .md.hbs template leaves values as given (the caller escaped them for Markdown)', () => {
    expect(render('raw.md.hbs', '# {{v}}', { v: RAW })).toBe(`# ${RAW}`);
  });

  it('a template whose name only contains ".md.hbs" is still HTML-escaped', () => {
    expect(render('.md.hbs.html.hbs', '{{v}}', { v: '<i>' })).toBe('&lt;i&gt;');
  });

  it('a missing value, however deep, renders empty instead of failing', () => {
    expect(render('missing.html.hbs', '[{{a.b.c}}][{{#if a.b}}x{{/if}}]', {})).toBe('[][]');
  });

  it('eq is strict equality', () => {
    const tpl = '{{#if (eq a b)}}same{{else}}different{{/if}}';
    t.write('eq.html.hbs', tpl);
    const eq = (a: unknown, b: unknown) => renderTemplate('eq.html.hbs', { a, b }, t.dir);
    expect(eq('pass', 'pass')).toBe('same');
    expect(eq(2, 2)).toBe('same');
    expect(eq('pass', 'fail')).toBe('different');
    expect(eq(1, '1')).toBe('different');
    expect(eq(undefined, null)).toBe('different');
  });

  it('join joins a list with the given separator, ", " by default, and renders a non-list as nothing', () => {
    t.write('join.html.hbs', '[{{join list " / "}}][{{join list}}][{{join other "-"}}][{{join list 3}}]');
    expect(renderTemplate('join.html.hbs', { list: ['a', 'b', 'c'], other: 'abc' }, t.dir)).toBe('[a / b / c][a, b, c][][a, b, c]');
    // an HTML template escapes the joined text too
    expect(renderTemplate('join.html.hbs', { list: ['<a>', 'b'], other: ['x', 'y'] }, t.dir)).toBe(
      '[&lt;a&gt; / b][&lt;a&gt;, b][x-y][&lt;a&gt;, b]',
    );
  });

  it('the same template renders each view afresh', () => {
    t.write('again.html.hbs', '{{v}}');
    expect(renderTemplate('again.html.hbs', { v: 'one' }, t.dir)).toBe('one');
    expect(renderTemplate('again.html.hbs', { v: 'two' }, t.dir)).toBe('two');
  });
});

describe('the HTML report template (templates/report.html.hbs)', () => {
  const ck = (ruleId: string, status: Check['status']): Check => ({
    ruleId,
    title: `T ${ruleId}`,
    status,
    severity: 'error',
    evaluated: 1,
    findings: [],
  });
  const file: FileReport = {
    file: 'a.yaml',
    sha256: '0'.repeat(64),
    plan: { title: 'A' },
    rulesets: [],
    checks: [ck('p', 'pass'), ck('f', 'fail'), ck('w', 'waived'), ck('n', 'not-applicable')],
    findings: [],
  };
  it('marks each checklist row with the glyph of its status', () => {
    const html = formatHtml(buildReport({ tool: { name: 'plan-check', version: '1' }, asOf: '2026-06-01', lang: 'vi', files: [file] }));
    const rows = [
      ...html.matchAll(/<tr class="check filterable" data-status="([a-z-]+)"[^>]*>\s*<td class="status-\1">([^<]*)<\/td>/g),
    ].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual({ pass: '✓', fail: '✗', waived: '≈', 'not-applicable': '–' });
    expect(rows).toHaveLength(4);
  });
});
