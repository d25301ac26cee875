import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { check } from '../src/check.js';
import { format } from '../src/report/formatters/index.js';
import { buildAnnex } from '../src/annex/annex-model.js';
import { annexHtml, annexMarkdown } from '../src/annex/render-annex.js';
import type { Report } from '../src/types.js';
import { tempDir } from './helpers/temp.js';

/**
 * Markup put into every field of a plan and of its waivers file that can reach an output: each
 * field carries its own marker, so that a field escaped everywhere but one place is found. The
 * markers must show (escaped) where the field reaches a format, and never as live markup.
 */
const tag = (id: string) => `<script>${id}</script><img src=x onerror=${id}>`;
const FIELDS = [
  'PLANTITLE',
  'DECISIONTITLE',
  'PLANTITLES',
  'APPENDIXTITLE',
  'PARENTREF',
  'ISSUER',
  'UNITLISTED',
  'CONTENT',
  'PRODUCT',
  'DEADLINE',
  'LEADUNIT',
  'REASON',
  'APPROVER',
  'REFERENCE',
] as const;

function hostilePlan(): string {
  const text = readFileSync('tests/fixtures/signing/plan.yaml', 'utf8');
  const out = text
    .replace(
      /  title: Ban hành[^\n]*\n/,
      [
        `  title: "${tag('PLANTITLE')} Ban hành Kế hoạch"`,
        '  titles:',
        `    decision: "Ban hành Kế hoạch ${tag('DECISIONTITLE')}"`,
        `    plan: "Kế hoạch ${tag('PLANTITLES')}"`,
        `    appendix: "Phụ lục ${tag('APPENDIXTITLE')}"`,
        `  parent: { ref: "${tag('PARENTREF')}/QĐ-UBND", date: "2026-02-27" }`,
        '',
      ].join('\n'),
    )
    .replace('name: Ủy ban nhân dân xã Thử Nghiệm,', `name: "Ủy ban nhân dân xã Thử Nghiệm ${tag('ISSUER')}",`)
    .replace(
      'units: [Trung tâm Phục vụ hành chính công, Văn phòng HĐND và UBND xã]',
      `units: [Trung tâm Phục vụ hành chính công, Văn phòng HĐND và UBND xã, "${tag('UNITLISTED')}"]`,
    );
  expect(out).not.toBe(text);
  return `${out}  - id: "3"\n    content: "Tuyên truyền ${tag('CONTENT')} truyền truyền"\n    lead: ["${tag('LEADUNIT')}"]\n    deadline: "Chậm nhất ngày 30/6/2026 ${tag('DEADLINE')}"\n    product: "Báo cáo ${tag('PRODUCT')}"\n`;
}

function hostileReview(): string {
  return readFileSync('tests/fixtures/signing/review.yaml', 'utf8')
    .replace(/reason: .*/, `reason: "Lý do ${tag('REASON')}"`)
    .replace(/approved_by: .*/, `approved_by: "Người duyệt ${tag('APPROVER')}"`)
    .replace(/reference: .*/, `reference: "Biên bản ${tag('REFERENCE')}"`);
}

const t = tempDir('plan-check-escape-');
let report: Report;
const outputs: Record<string, string> = {};
beforeAll(async () => {
  const plan = t.write('plan.yaml', hostilePlan());
  const review = t.write('review.yaml', hostileReview());
  report = await check([plan], { asOf: '2026-03-10', waivers: review });
  for (const f of ['html', 'markdown', 'junit', 'sarif', 'github', 'text', 'json'] as const)
    outputs[f] = format(f, report, { color: false });
  const annex = buildAnnex(report, report.files[0]!);
  outputs['annex.html'] = annexHtml(annex);
  outputs['annex.md'] = annexMarkdown(annex);
  writeFileSync(join(t.dir, 'report.html'), outputs.html!);
});
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));

/** Fields whose marker shows in a format: the text reached it. */
const reached = (out: string) =>
  FIELDS.filter((id) => out.includes(`${id}</script`) || out.includes(`${id}&lt;/script`) || out.includes(`${id}\\</script`));
/** A marker as live markup: `<script>` or `<img` that an HTML or Markdown renderer would act on. */
const liveInHtml = (out: string) => FIELDS.filter((id) => out.includes(`<script>${id}`) || out.includes(`<img src=x onerror=${id}`));
const liveInMarkdown = (out: string) => FIELDS.filter((id) => new RegExp(`(?<!\\\\)<(?:script>|img src=x onerror=)${id}\\b`).test(out));

describe('markup in every field never reaches a page or a document as markup', () => {
  it('the waiver applies and the hostile fields raise findings (the markers have a way out)', () => {
    const findings = report.files[0]!.findings;
    expect(findings.find((f) => f.ruleId === 'lead-accountable')?.waiver?.reason).toContain('<script>REASON');
    expect(findings.some((f) => f.ruleId === 'title-consistent' && f.fix?.includes('<script>DECISIONTITLE'))).toBe(true);
    expect(findings.some((f) => f.ruleId === 'unit-known' && f.message.includes('<script>LEADUNIT'))).toBe(true);
    expect(findings.some((f) => f.ruleId === 'parent-cited' && f.fix?.includes('<script>PARENTREF'))).toBe(true);
  });

  it('HTML report (the page from the template): every field shown escaped, none live', () => {
    const html = outputs.html!;
    expect(liveInHtml(html)).toEqual([]);
    // the title, a fix quoting a title, the parent, the issuer, a unit, the waiver's three fields
    expect(reached(html)).toEqual(
      expect.arrayContaining(['PLANTITLE', 'DECISIONTITLE', 'PARENTREF', 'ISSUER', 'LEADUNIT', 'REASON', 'APPROVER', 'REFERENCE']),
    );
    expect(html).toContain('&lt;script&gt;DECISIONTITLE&lt;/script&gt;');
    // the page's own script is the only <script> element
    expect(html.match(/<script\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('Markdown report: markup escaped so that a renderer shows it as text', () => {
    const md = outputs.markdown!;
    expect(liveInMarkdown(md)).toEqual([]);
    expect(reached(md)).toEqual(expect.arrayContaining(['PLANTITLE', 'DECISIONTITLE', 'PARENTREF', 'LEADUNIT', 'REASON']));
  });

  it('JUnit XML: well-formed, the markup is character data, not elements', () => {
    const xml = outputs.junit!;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(liveInHtml(xml)).toEqual([]);
    expect(reached(xml)).toEqual(expect.arrayContaining(['DECISIONTITLE', 'PARENTREF', 'LEADUNIT', 'REASON']));
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(JSON.stringify(doc)).not.toMatch(/"script"|"img"/); // no element named script or img
    expect(JSON.stringify(doc)).toContain('<script>LEADUNIT</script>'); // the text itself survives, as text
  });

  it('SARIF: valid JSON whose messages hold the text as it was written (viewers show text, not markup)', () => {
    const sarif = JSON.parse(outputs.sarif!);
    const texts: string[] = sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    expect(texts.some((x) => x.includes('<script>LEADUNIT</script>'))).toBe(true);
    // nothing is offered to a viewer as Markdown or HTML
    expect(outputs.sarif!).not.toMatch(/"markdown"\s*:/);
    expect(reached(outputs.sarif!)).toEqual(
      expect.arrayContaining(['PLANTITLE', 'DECISIONTITLE', 'PARENTREF', 'LEADUNIT', 'REASON', 'APPROVER', 'REFERENCE']),
    );
  });

  it('annex (HTML and Markdown): titles, task content, product, deadline and units escaped', () => {
    expect(liveInHtml(outputs['annex.html']!)).toEqual([]);
    expect(liveInMarkdown(outputs['annex.md']!)).toEqual([]);
    expect(reached(outputs['annex.html']!).length).toBeGreaterThan(0);
    expect(reached(outputs['annex.md']!).length).toBeGreaterThan(0);
  });
});
