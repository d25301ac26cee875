import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildServer, type Served } from '../src/serve/server.js';
import { check } from '../src/check.js';
import type { Report } from '../src/types.js';
import { format } from '../src/report/formatters/index.js';
import { renderedDocx } from './helpers/rendered-docx.js';
import { tempDir } from './helpers/temp.js';
import { ROOT } from './helpers/cli.js';
import { launchChromium, systemTools } from './helpers/system-tools.js';
import { pdfWords, wordsOnly } from './helpers/pdf-words.js';

/**
 * `plan-check serve` in Debian's headless Chromium: upload, a finding on its row, a filter; screenshots
 * for the README. Then the HTML report (tests/html-browser.test.ts before) in the same browser: one
 * Chromium launch for both files' tests.
 */
const tools = systemTools('chromium');
/**
 * Where the pages' screenshots go: a temporary folder in an ordinary run (a test run leaves the
 * work tree as it found it); docs/screenshots, the README's pictures, with
 * PLAN_CHECK_SCREENSHOTS=1 npx vitest run tests/serve-browser.test.ts
 */
const SHOTS =
  process.env.PLAN_CHECK_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'plan-check-shots-'));
const AS_OF = '2026-06-01';
let served: Served;
let browser: Browser;
let page: Page;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  if (tools.skip) return;
  served = await buildServer({ asOf: AS_OF, dir: join(ROOT, 'plans') });
  await served.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(served.app.server.address() as AddressInfo).port}`;
  browser = await launchChromium(tools.path.chromium);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.app.close();
  if (process.env.PLAN_CHECK_SCREENSHOTS !== '1') rmSync(SHOTS, { recursive: true, force: true });
});

/** Picks a file in the home page's form and submits it; resolves on the result page. */
async function uploadInPage(file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(`${base}/`);
  await page.locator('input[type=file]').setInputFiles(file);
  await Promise.all([page.waitForURL(/\/result\//), page.locator('button[type=submit]').click()]);
}

/** The result page's error, warning and info counts, beside check()'s. */
async function expectSameCounts(expected: Report, what: string) {
  for (const k of ['error', 'warning', 'info'] as const)
    expect(Number(await page.locator(`[data-count=${k}]`).textContent()), `${what}: ${k}`).toBe(expected.summary[k]);
}

const visible = (sel: string) => page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

describe.skipIf(tools.skip)('plan-check serve in Chromium', () => {
  it('uploads a plan, marks a finding on its task row, filters, and fetches nothing from elsewhere', async () => {
    await page.goto(`${base}/`);
    expect(await page.locator('h1').textContent()).toBe('Kiểm tra một kế hoạch');
    await page.screenshot({ path: join(SHOTS, 'serve-home.png') });

    await page.locator('input[type=file]').setInputFiles(join(ROOT, 'plans', '2026.yaml'));
    await Promise.all([page.waitForURL(/\/result\//), page.locator('button[type=submit]').click()]);
    // a warning marked on a task row, and its cell
    const row = page.locator('tr.task.has-warning').first();
    expect(await row.locator('.mark.warning').count()).toBeGreaterThan(0);
    expect(await row.locator('td.marked').count()).toBeGreaterThan(0);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'serve-result.png') });

    // clicking the mark scrolls to the finding
    await row.locator('.mark').first().click();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#f-\d+$/);

    // the severity filter hides warnings, in the list and on the rows
    const infos = await visible('.finding.info');
    expect(await visible('.finding.warning')).toBeGreaterThan(0);
    await page.locator('input.f-sev[value=warning]').uncheck();
    expect(await visible('.finding.warning')).toBe(0);
    expect(await visible('.finding.info')).toBe(infos);
    expect(await visible('.mark.warning')).toBe(0);
    // the rule filter keeps one rule
    await page.locator('input.f-sev[value=warning]').check();
    await page.locator('#f-rule').selectOption('lead-accountable');
    const shown = await page
      .locator('.finding')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.rule));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['lead-accountable']));

    // a waiver made in the page: one warning fewer, and the signing verdict shown
    const warnings = Number(await page.locator('[data-count=warning]').textContent());
    const finding = page.locator('.finding[data-rule=lead-accountable]').first();
    await finding.locator('details.waive summary').click();
    await finding.locator('input[name=reason]').fill('Mỗi phòng tự công bố thủ tục thuộc lĩnh vực mình');
    await finding.locator('input[name=approved_by]').fill('Trần Thị Duyệt');
    await finding.locator('input[name=reference]').fill('Biên bản ngày 10/3/2026');
    await Promise.all([page.waitForURL(/\/result\/[^/]+$/), finding.locator('button[type=submit]').click()]);
    expect(Number(await page.locator('[data-count=warning]').textContent())).toBe(warnings - 1);
    expect(await page.locator('#signing').count()).toBe(1);
    expect(await page.locator('#dl-waivers').count()).toBe(1);

    await page.goto(`${base}/dashboard`);
    expect(await page.locator('tr.plan-row').count()).toBe(3);
    await page.screenshot({ path: join(SHOTS, 'serve-dashboard.png') });
    // the verdict filter and the sort
    await page.locator('#d-status').selectOption('not-ok');
    expect(await visible('tr.plan-row')).toBe(await page.locator('tr.plan-row.not-ok').count());
    await page.locator('#d-status').selectOption('');
    // the filter by issuing locality (plan.issuer.locality): one place, only its plans
    const places = await page
      .locator('#d-locality option:not([value=""])')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(places.length).toBeGreaterThan(1);
    await page.locator('#d-locality').selectOption(places[0]!);
    const shownPlaces = await page
      .locator('tr.plan-row')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.locality));
    expect(shownPlaces.length).toBeGreaterThan(0);
    expect(shownPlaces.length).toBeLessThan(3);
    expect(new Set(shownPlaces)).toEqual(new Set([places[0]]));
    await page.locator('#d-locality').selectOption('');
    expect(await visible('tr.plan-row')).toBe(3);
    await page.locator('#matrix thead th').nth(3).click();
    await page.locator('#matrix thead th').nth(3).click();
    const fails = await page.locator('tr.plan-row td[data-total=fail]').allTextContents();
    expect(fails.map(Number)).toEqual([...fails.map(Number)].sort((a, b) => b - a));

    await page.goto(`${base}/diff`);
    await page.locator('input[name=old]').setInputFiles(join(ROOT, 'plans', '2026.yaml'));
    await page.locator('input[name=new]').setInputFiles({
      name: '2026-moi.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(readFileSync(join(ROOT, 'plans', '2026.yaml'), 'utf8').replace('value: 95', 'value: 90')),
    });
    await Promise.all([page.waitForURL(/\/diff$/), page.locator('#diff-form button[type=submit]').click()]);
    await page.locator('#changes').waitFor();
    expect(await page.locator('li.change.target-lowered').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'serve-diff.png') });

    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  }, 120_000); // a loaded 2-core machine took more than 30 s here

  it('each example plan and a .docx made by render, uploaded through the page, show the counts of check()', async () => {
    const plans = readdirSync(join(ROOT, 'plans'))
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(plans).toHaveLength(3);
    for (const name of plans) {
      const file = join(ROOT, 'plans', name);
      await uploadInPage(file);
      await expectSameCounts(await check([file], { asOf: AS_OF }), name);
    }

    // a Word file rendered in-process, imported by the server; expected: check() of the plan it imported
    const { bytes } = await renderedDocx(join(ROOT, 'plans', 'ninh-giang-kstthc-2026.yaml'));
    await uploadInPage({
      name: 'ninh-giang.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: bytes,
    });
    const href = await page.locator('a[href$="/plan.yaml"]').getAttribute('href');
    const imported = await page.request.get(`${base}${href}`);
    expect(imported.status()).toBe(200);
    const t = tempDir('plan-check-browser-docx-');
    try {
      const yaml = t.write('ninh-giang.yaml', await imported.body());
      const expected = await check([yaml], { asOf: AS_OF });
      expect(expected.summary.error + expected.summary.warning + expected.summary.info).toBeGreaterThan(0);
      await expectSameCounts(expected, 'ninh-giang.docx');
    } finally {
      rmSync(t.dir, { recursive: true, force: true });
    }
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  }, 120_000); // a loaded 2-core machine took more than 30 s here
});

/** The HTML report in the same headless Chromium (Debian's, installed by .ci/run). */
const htmlTools = systemTools('chromium', 'pdftotext');

describe.skipIf(htmlTools.skip)('HTML report in Chromium', () => {
  const t = tempDir();
  let page: Page;
  const requests: string[] = [];
  let url: string;

  beforeAll(async () => {
    const plan = t.write(
      'plan.yaml',
      readFileSync(join(ROOT, 'plans/nam-do-son-cchc-2026.yaml'), 'utf8').replace(
        '  - id: "8.2"',
        '  - id: "8.3"\n    content: Kiểm tra\n    lead: ["<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>"]\n    deadline: Quý I/2026\n    product: Báo cáo\n  - id: "8.2"',
      ),
    );
    const html = format('html', await check([plan], { asOf: '2026-05-01' }), { color: false });
    const file = join(t.dir, 'report.html');
    writeFileSync(file, html);
    url = pathToFileURL(file).href;
    // a page of its own (its own browser context) in the browser launched above
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  const visible = (sel: string) =>
    page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

  it('opens with the plan identity, the checklist and the findings, in Vietnamese', async () => {
    expect(await page.title()).toContain('Kế hoạch cải cách hành chính phường Nam Đồ Sơn');
    expect(await page.locator('h3').first().textContent()).toBe('Danh mục kiểm tra');
    expect(await visible('tr.check')).toBeGreaterThan(20);
    expect(await page.locator('.finding').count()).toBeGreaterThan(20);
  });

  it('fetches nothing from the network', () => {
    expect(requests.filter((u) => u !== url && !u.startsWith('data:'))).toEqual([]);
  });

  it('shows injected markup as text and runs none of it', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.finding .msg', { hasText: '<script>window.__pwned=2</script>' }).count()).toBeGreaterThan(0);
  });

  it('filters by severity and status', async () => {
    const warnings = await visible('.finding.warning');
    const errors = await visible('.finding.error');
    expect(warnings).toBeGreaterThan(0);
    await page.locator('input.f-sev[value=warning]').uncheck();
    expect(await visible('.finding.warning')).toBe(0);
    expect(await visible('.finding.error')).toBe(errors);
    await page.locator('input.f-sev[value=warning]').check();
    expect(await visible('.finding.warning')).toBe(warnings);
    await page.locator('input.f-status[value=pass]').uncheck();
    expect(await visible('tr.check[data-status=pass]')).toBe(0);
    expect(await visible('tr.check[data-status=fail]')).toBeGreaterThan(0);
    await page.locator('input.f-status[value=pass]').check();
  });

  it('searches, Unicode-aware', async () => {
    // (DDCI is spelt out in this plan: no finding names it since the reviewer's verdicts)
    await page.locator('#q').fill('CNTT');
    const shown = await page
      .locator('.finding')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent ?? ''));
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(s).toContain('CNTT');
    await page.locator('#q').fill('DDCI');
    expect(await visible('.finding')).toBe(0);
    await page.locator('#q').fill('NHỮNG NHIỄU'.normalize('NFD'));
    expect(await visible('.finding')).toBe(1);
    await page.locator('#q').fill('');
  });

  it('prints: the PDF carries the checklist, without the filter controls', async () => {
    const pdf = join(t.dir, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = pdfWords(htmlTools.path.pdftotext, pdf);
    expect(text).toContain(wordsOnly('Danh mục kiểm tra'));
    expect(text).toContain(wordsOnly('Mỗi nhiệm vụ có sản phẩm dự kiến'));
    expect(text).not.toContain(wordsOnly('Tìm kiếm'));
  }, 60_000);
});
