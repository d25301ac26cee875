import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { check } from '../src/check.js';
import { format } from '../src/report/formatters/index.js';
import { ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';
import { launchChromium, systemTools } from './helpers/system-tools.js';
import { pdfWords, wordsOnly } from './helpers/pdf-words.js';

/** The HTML report in a real headless Chromium (Debian's, installed by .ci/run). */
const tools = systemTools('chromium', 'pdftotext');
const t = tempDir();
let browser: Browser;
let page: Page;
const requests: string[] = [];
let url: string;

beforeAll(async () => {
  if (tools.skip) return;
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
  browser = await launchChromium(tools.path.chromium);
  page = await browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const visible = (sel: string) => page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

describe.skipIf(tools.skip)('HTML report in Chromium', () => {
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
    const text = pdfWords(tools.path.pdftotext, pdf);
    expect(text).toContain(wordsOnly('Danh mục kiểm tra'));
    expect(text).toContain(wordsOnly('Mỗi nhiệm vụ có sản phẩm dự kiến'));
    expect(text).not.toContain(wordsOnly('Tìm kiếm'));
  }, 60_000);
});
