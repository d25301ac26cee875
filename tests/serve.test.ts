import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type Served } from '../src/serve/server.js';
import { check } from '../src/check.js';
import { cli, ROOT } from './helpers/cli.js';
import { MINIMAL_PLAN, tempDir } from './helpers/temp.js';
import { importFile, renderedDocx } from './helpers/rendered-docx.js';
import type { Report } from '../src/types.js';

/** `plan-check serve` in-process (fastify's inject: no socket), pinned to one date. */
const AS_OF = '2026-06-01';
const TOKEN = 'a-test-token-of-32-characters-ok';

function multipart(name: string, content: string | Buffer, type = 'application/octet-stream') {
  const boundary = '----plan-check-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(content) ? content : Buffer.from(content), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads a file; follows the redirect to the result page. */
async function upload(s: Served, name: string, content: string | Buffer, extra: Record<string, string> = {}) {
  const body = multipart(name, content);
  const res = await s.app.inject({ method: 'POST', url: '/check', payload: body.payload, headers: { ...body.headers, ...extra } });
  if (res.statusCode !== 303) return { res, page: res.body, id: undefined };
  const location = res.headers.location as string;
  const page = await s.app.inject({ method: 'GET', url: location, headers: extra });
  return { res, page: page.body, id: location.split('/').pop() };
}

const count = (page: string, what: string) => Number(new RegExp(`data-count="${what}">(\\d+)<`).exec(page)?.[1]);

/** The result page's checklist: one "rule status findings" line per check, sorted. */
const checklistOf = (page: string) =>
  [
    ...(/<section id="checklist">[^]*?<\/section>/.exec(page)?.[0] ?? '').matchAll(
      /<tr class="check ([\w-]+)"[^>]*><td>[^<]*<\/td><td><code>([^<]+)<\/code><\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>(\d+)<\/td>/g,
    ),
  ]
    .map((m) => `${m[2]} ${m[1]} ${m[3]}`)
    .sort();
/** The same lines from check()'s report. */
const checklistOfReport = (r: Report) => r.files[0]!.checks.map((c) => `${c.ruleId} ${c.status} ${c.findings.length}`).sort();

/** The page's counts and checklist are those of check() (the CLI's JSON is check()'s report, formatted). */
function expectSameCounts(page: string, expected: Report, what: string) {
  for (const k of ['error', 'warning', 'info', 'pass', 'fail', 'waived'] as const)
    expect(count(page, k), `${what}: ${k}`).toBe(expected.summary[k]);
  expect(count(page, 'not-applicable'), what).toBe(expected.summary.notApplicable);
  const list = checklistOf(page);
  expect(list.length, what).toBeGreaterThan(0);
  expect(list, what).toEqual(checklistOfReport(expected));
}

/** The dashboard's rows: file, verdict, and each rule's cell status by rule id. */
function dashboardRows(body: string) {
  const ruleIds = [...body.matchAll(/<th class="rule" title="[^"]*"><span>([^<]+)<\/span>/g)].map((m) => m[1]!);
  return [
    ...body.matchAll(/<tr class="plan-row (ok|not-ok)" data-file="([^"]+)" data-status="[^"]*" data-locality="([^"]*)"[^>]*>[^]*?<\/tr>/g),
  ].map((m) => {
    const cells = [...m[0].matchAll(/<td class="cell ([^"]*)">/g)].map((c) => c[1]!.trim());
    const total = (k: string) => Number(new RegExp(`data-total="${k}">(\\d+)<`).exec(m[0])?.[1]);
    return {
      verdict: m[1]!,
      file: m[2]!,
      locality: m[3]!,
      cells: new Map(ruleIds.map((id, i) => [id, cells[i] ?? ''] as const)),
      pass: total('pass'),
      fail: total('fail'),
    };
  });
}

let s: Served;
beforeAll(async () => {
  s = await buildServer({ asOf: AS_OF, dir: join(ROOT, 'plans'), maxUploadBytes: 2 * 1024 * 1024 });
});
afterAll(async () => {
  await s.app.close();
});

describe('plan-check serve: safe by default', () => {
  it('refuses to listen beyond this machine without a token (a usage error, in Vietnamese)', async () => {
    await expect(buildServer({ host: '0.0.0.0' })).rejects.toThrow(/--token/);
    await expect(buildServer({ host: '0.0.0.0', token: 'short' })).rejects.toThrow(/quá ngắn/);
  });

  it('the command itself: --host 0.0.0.0 without --token exits 2 with a Vietnamese message, no stack trace', async () => {
    const r = await cli(['serve', '--host', '0.0.0.0', '--port', '18093']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan-check: --host 0\.0\.0\.0 .*cần --token/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('with a token, a request without it gets 401; with the header, the cookie of the one-time link, it passes', async () => {
    const t = await buildServer({ host: '0.0.0.0', token: TOKEN, asOf: AS_OF });
    try {
      expect((await t.app.inject({ url: '/' })).statusCode).toBe(401);
      expect((await t.app.inject({ url: '/', headers: { authorization: 'Bearer wrong-token-wrong-token!!' } })).statusCode).toBe(401);
      expect((await t.app.inject({ url: '/', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(200);
      expect((await t.app.inject({ url: '/login?code=guess' })).statusCode).toBe(401);
      const login = await t.app.inject({ url: `/login?code=${t.loginCode}` });
      expect(login.statusCode).toBe(303);
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      expect(cookie).toMatch(/^plan_check_token=/);
      expect((await t.app.inject({ url: '/', headers: { cookie } })).statusCode).toBe(200);
      // the link works once
      expect((await t.app.inject({ url: `/login?code=${t.loginCode}` })).statusCode).toBe(401);
    } finally {
      await t.app.close();
    }
  });

  it('sends a content security policy without inline script or other origins', async () => {
    const res = await s.app.inject({ url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|\*|https?:/);
    expect(res.body).not.toMatch(/<script>(?!<\/script>)|<script(?![^>]*src=)[^>]*>/);
    expect(res.body).not.toMatch(/\son\w+=/);
  });

  it('refuses a request naming another host (DNS rebinding) and a form posted from another origin', async () => {
    expect((await s.app.inject({ url: '/', headers: { host: 'evil.example:8080' } })).statusCode).toBe(421);
    const body = multipart('plan.yaml', MINIMAL_PLAN);
    const res = await s.app.inject({
      method: 'POST',
      url: '/check',
      payload: body.payload,
      headers: { ...body.headers, origin: 'http://evil.example' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('shows a <script> in plan text as text', async () => {
    const plan = MINIMAL_PLAN.replace('content: Xây dựng kế hoạch', 'content: "<script>alert(1)</script> Xây dựng kế hoạch"').replace(
      'lead: [Trung tâm Phục vụ hành chính công]',
      'lead: ["<img src=x onerror=alert(2)>"]',
    );
    const { page } = await upload(s, 'hostile.yaml', plan);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
  });

  it('never serves a file outside --dir', async () => {
    for (const file of ['../package.json', '/etc/passwd', '..%2Fpackage.json', 'sub/../../package.json']) {
      const res = await s.app.inject({ url: `/dashboard/open?file=${encodeURIComponent(file)}` });
      expect(res.statusCode, file).toBe(404);
      expect(res.body).not.toContain('"name": "plan-check"');
    }
    expect((await s.app.inject({ url: '/static/..%2F..%2Fpackage.json' })).statusCode).toBe(404);
    expect((await s.app.inject({ url: '/download/nope/plan.yaml' })).statusCode).toBe(404);
  });

  it('gives a message, never a stack trace, for oversized, wrongly typed, hostile and malformed uploads', async () => {
    const cases: [string, string | Buffer, number, RegExp][] = [
      ['huge.yaml', Buffer.alloc(3 * 1024 * 1024, 'a'), 413, /quá lớn/],
      ['plan.exe', 'MZ', 415, /chỉ nhận tệp/],
      ['old.doc', 'x', 415, /\.docx/],
      ['broken.docx', Buffer.from('PK\x03\x04 not really a zip'), 422, /không phải tệp Word/],
      [
        'bomb.yaml',
        'a: &a ["x","x","x","x","x","x","x","x","x"]\n' +
          Array.from(
            { length: 12 },
            (_, i) =>
              `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
          ).join('\n') +
          '\n',
        0,
        /bí danh/,
      ],
      ['utf16.txt', Buffer.from('\uFEFFkế hoạch', 'utf16le'), 0, /./],
    ];
    for (const [name, content, status, text] of cases) {
      const { res, page } = await upload(s, name, content);
      if (status) expect(res.statusCode, name).toBe(status);
      expect(page, name).toMatch(text);
      expect(page, name).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
      expect(page, name).not.toMatch(/plan-check-serve-/); // the temporary path is not shown
    }
    // a YAML syntax error is a located finding on the page
    const { page } = await upload(s, 'syntax.yaml', 'plan: [unclosed\n');
    expect(page).toMatch(/yaml-syntax/);
    expect(page).toMatch(/Vị trí \d+:\d+/);
  });

  it('writes uploads only inside its temporary folder, removed on close', async () => {
    const t = await buildServer({ asOf: AS_OF });
    await upload(t, '../../escape.yaml', MINIMAL_PLAN);
    expect(existsSync(join(t.workspace.dir, '..', 'escape.yaml'))).toBe(false);
    expect(existsSync(t.workspace.dir)).toBe(true);
    await t.app.close();
    expect(existsSync(t.workspace.dir)).toBe(false);
  });
});

describe('plan-check serve: check a document', () => {
  it('an uploaded plans/2026.yaml shows the same counts as check(), a finding marked on its task row, and downloads', async () => {
    const expected = await check([join(ROOT, 'plans/2026.yaml')], { asOf: AS_OF });
    const { page, id } = await upload(s, '2026.yaml', readFileSync(join(ROOT, 'plans/2026.yaml')));
    for (const k of ['error', 'warning', 'info', 'pass', 'fail'] as const) expect(count(page, k), k).toBe(expected.summary[k]);
    expect(count(page, 'not-applicable')).toBe(expected.summary.notApplicable);
    // a finding on a task's lead cell: the row is marked, the cell too, and the finding links to the row
    const f = expected.files[0]!.findings.find((x) => /^\/tasks\/\d+\/lead/.test(x.location.pointer))!;
    const row = Number(/^\/tasks\/(\d+)/.exec(f.location.pointer)![1]);
    const tr = new RegExp(`<tr id="task-${row}" class="task has-\\w+"[^]*?</tr>`).exec(page)?.[0] ?? '';
    expect(tr).toContain(`data-rule="${f.ruleId}"`);
    expect(tr).toMatch(/<td class="marked /);
    expect(page).toContain(`href="#task-${row}"`);

    const json = await s.app.inject({ url: `/download/${id}/report.json` });
    expect(JSON.parse(json.body).summary).toEqual(expected.summary);
    expect(JSON.parse(json.body).files[0].file).toBe('2026.yaml');
    const sarif = await s.app.inject({ url: `/download/${id}/report.sarif` });
    expect(JSON.parse(sarif.body).version).toBe('2.1.0');
    const html = await s.app.inject({ url: `/download/${id}/report.html` });
    expect(html.headers['content-disposition']).toMatch(/attachment/);
    const annex = await s.app.inject({ url: `/download/${id}/annex.docx` });
    expect(annex.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const docx = await s.app.inject({ url: `/download/${id}/plan.docx` });
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const yaml = await s.app.inject({ url: `/download/${id}/plan.yaml` });
    expect(yaml.body).toBe(readFileSync(join(ROOT, 'plans/2026.yaml'), 'utf8'));
  });

  it('a text document is imported: what could not be placed is listed, then the checklist; English on request', async () => {
    const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/000_a45b2e685730e312.txt'));
    const { page, id } = await upload(
      s,
      'nam-do-son.txt',
      Buffer.concat([seed, Buffer.from('\nMột đoạn lạc lõng không thuộc phần nào của kế hoạch 12345.\n')]),
    );
    expect(/<section id="import-notes">[^]*?<\/section>/.exec(page)?.[0]).toMatch(/:\d+: chưa xếp được vào kế hoạch: «Một đoạn lạc lõng/);
    expect(page).toMatch(/id="checklist"/);
    const en = await s.app.inject({ url: `/result/${id}?lang=en` });
    expect(en.body).toMatch(/What the import could not place/);
    expect(en.body).toMatch(/<html lang="en">/);
    const yaml = await s.app.inject({ url: `/download/${id}/plan.yaml` });
    expect(yaml.body).toMatch(/^# yaml-language-server/);
  });
});

describe("plan-check serve: the reviewer's mode", () => {
  it('a waiver made in the page changes the result and the signing verdict, and its file is accepted by plan-check --waivers', async () => {
    const { page, id } = await upload(s, '2026.yaml', readFileSync(join(ROOT, 'plans/2026.yaml')));
    expect(page).toMatch(/CHƯA ĐỦ ĐIỀU KIỆN TRÌNH KÝ/);
    const warnings = count(page, 'warning');
    const target = /name="rule" value="(lead-accountable)"><input type="hidden" name="pointer" value="([^"]+)"/.exec(page)!;
    const form = new URLSearchParams({
      rule: target[1]!,
      pointer: target[2]!,
      reason: 'Mỗi phòng tự công bố thủ tục thuộc lĩnh vực mình',
      approved_by: 'Trần Thị Duyệt, Trưởng phòng',
      reference: 'Biên bản ngày 10/3/2026',
      expires: '2026-12-31',
    });
    const post = (body: string) =>
      s.app.inject({
        method: 'POST',
        url: `/result/${id}/waive`,
        payload: body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect(
      (
        await post(
          new URLSearchParams({ rule: 'lead-accountable', pointer: '/nope', reason: 'x', approved_by: 'y', reference: 'z' }).toString(),
        )
      ).statusCode,
    ).toBe(400);
    expect((await post(new URLSearchParams({ rule: target[1]!, pointer: target[2]!, reason: '' }).toString())).statusCode).toBe(400);
    expect((await post(form.toString())).statusCode).toBe(303);
    const after = (await s.app.inject({ url: `/result/${id}` })).body;
    expect(count(after, 'warning')).toBe(warnings - 1);
    expect(after).toMatch(/1 miễn trừ đã ghi/);
    const file = join(s.workspace.dir, 'downloaded-review.yaml');
    writeFileSync(file, (await s.app.inject({ url: `/download/${id}/waivers.yaml` })).body);
    const r = await cli(['plans/2026.yaml', '--waivers', file, '--as-of', AS_OF, '-f', 'json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.summary.warning).toBe(warnings - 1);
    expect(json.summary.waivedFindings).toBe(1);
    expect(json.files[0].findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('waiver-'))).toEqual([]);
  });
});

describe('plan-check serve: two versions', () => {
  it('shows a target lowered below the parent plan, and the findings new and fixed', async () => {
    const oldText = readFileSync(join(ROOT, 'plans/2026.yaml'), 'utf8');
    const newText = oldText.replace('value: 95', 'value: 90');
    expect(newText).not.toBe(oldText);
    const boundary = '----plan-check-diff';
    const part = (field: string, name: string, text: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/yaml\r\n\r\n${text}\r\n`;
    const res = await s.app.inject({
      method: 'POST',
      url: '/diff',
      payload: Buffer.from(part('old', '2026.yaml', oldText) + part('new', '2026-moi.yaml', newText) + `--${boundary}--\r\n`),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(
      /<li class="change target-lowered review">[^<]*95[^<]*90|<li class="change target-lowered review">[^<]*THẤP HƠN/,
    );
    expect(res.body).toMatch(/id="diff-verdict" class="blocking"/);
    expect(res.body).not.toMatch(/plan-check-serve-|plan-check-diff-/);
    const same = await s.app.inject({
      method: 'POST',
      url: '/diff',
      payload: Buffer.from(part('old', 'a.yaml', oldText) + part('new', 'b.yaml', oldText) + `--${boundary}--\r\n`),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(same.body).toMatch(/Không có thay đổi về nội dung/);
    expect(same.body).toMatch(/id="diff-verdict" class="clean"/);
  });
});

describe('plan-check serve: the province dashboard', () => {
  it('shows every plan of --dir with the same pass/fail as check(), and exports CSV', async () => {
    const res = await s.app.inject({ url: '/dashboard' });
    const rows = [...res.body.matchAll(/<tr class="plan-row (ok|not-ok)" data-file="([^"]+)"[^>]*>[^]*?<\/tr>/g)];
    expect(rows.map((r) => r[2])).toEqual(['2026.yaml', 'nam-do-son-cchc-2026.yaml', 'ninh-giang-kstthc-2026.yaml']);
    const expected = await check(
      rows.map((r) => join(ROOT, 'plans', r[2]!)),
      { asOf: AS_OF },
    );
    for (const [i, r] of rows.entries()) {
      const f = expected.files[i]!;
      const total = (k: string) => Number(new RegExp(`data-total="${k}">(\\d+)<`).exec(r[0])?.[1]);
      expect(total('pass'), r[2]).toBe(f.checks.filter((c) => c.status === 'pass').length);
      expect(total('fail'), r[2]).toBe(f.checks.filter((c) => c.status === 'fail').length);
      expect(r[1], r[2]).toBe(f.findings.some((x) => x.severity === 'error') ? 'not-ok' : 'ok');
    }
    const csv = await s.app.inject({ url: '/dashboard.csv' });
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^2026\.yaml,/);
    // the workbook, read back with the same library, holds the same matrix as the page
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await s.app.inject({ url: '/dashboard.xlsx' })).rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const cellsOf = (n: number) =>
      (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v === undefined ? '' : String(v as string | number)));
    const ruleHeads = [...res.body.matchAll(/<th class="rule" title="[^"]*"><span>([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(cellsOf(1).slice(7)).toEqual(ruleHeads);
    for (const [i, r] of rows.entries()) {
      const x = cellsOf(i + 2);
      expect(x[0]).toBe(r[2]);
      const total = (k: string) => new RegExp(`data-total="${k}">(\\d+)<`).exec(r[0])![1];
      expect(x.slice(2, 6)).toEqual([total('pass'), total('fail'), total('waived'), total('not-applicable')]);
      const symbols = [...r[0].matchAll(/<td class="cell [^"]*">([^<]*)<\/td>/g)].map((m) => m[1]);
      expect(x.slice(7).concat(Array(Math.max(0, symbols.length - x.slice(7).length)).fill(''))).toEqual(symbols);
    }
    const open = await s.app.inject({ url: '/dashboard/open?file=2026.yaml' });
    expect(open.statusCode).toBe(303);
  });
});

describe('plan-check serve: every example plan, and a Word file made by render', () => {
  const PLANS = readdirSync(join(ROOT, 'plans'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

  it('finds the three example plans', () => {
    expect(PLANS).toHaveLength(3);
  });

  for (const name of PLANS)
    it(`an uploaded plans/${name} shows the checklist with the same counts as check()`, async () => {
      const expected = await check([join(ROOT, 'plans', name)], { asOf: AS_OF });
      const { res, page } = await upload(s, name, readFileSync(join(ROOT, 'plans', name)));
      expect(res.statusCode, name).toBe(303);
      expectSameCounts(page, expected, name);
    });

  it('a .docx made by render is imported and shows the same counts as `plan-check import` then check()', async () => {
    const t = tempDir('plan-check-serve-docx-');
    try {
      const { plan, bytes } = await renderedDocx(join(ROOT, 'plans/ninh-giang-kstthc-2026.yaml'));
      const docx = t.write('ninh-giang.docx', bytes);
      // the import of the same file by the command's steps (in process), then the checker on its output
      const yaml = join(t.dir, 'ninh-giang.yaml');
      await importFile(docx, yaml);
      const expected = await check([yaml], { asOf: AS_OF });
      const { res, page } = await upload(s, 'ninh-giang.docx', readFileSync(docx));
      expect(res.statusCode).toBe(303);
      expect(page).toMatch(/id="import-notes"|id="checklist"/);
      expectSameCounts(page, expected, 'ninh-giang.docx');
      expect(page.match(/<tr id="task-\d+"/g)).toHaveLength(plan.tasks.length);
    } finally {
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});

describe('plan-check serve: the dashboard follows the folder', () => {
  it('re-checks a plan when its file in --dir changes: its row changes as check() says', async () => {
    const t = tempDir('plan-check-serve-dir-');
    const d = await buildServer({ asOf: AS_OF, dir: t.dir });
    try {
      const file = join(t.dir, '2026.yaml');
      copyFileSync(join(ROOT, 'plans/2026.yaml'), file);
      const before = dashboardRows((await d.app.inject({ url: '/dashboard' })).body);
      expect(before.map((r) => r.file)).toEqual(['2026.yaml']);
      // the commune lowers a target below the city's floor (the file keeps its size class; its time moves on)
      const text = readFileSync(file, 'utf8');
      const edited = text.replace('value: 95', 'value: 50');
      expect(edited).not.toBe(text);
      writeFileSync(file, edited);
      const later = new Date(statSync(file).mtimeMs + 2000);
      utimesSync(file, later, later);
      const expected = (await check([file], { asOf: AS_OF })).files[0]!;
      const after = dashboardRows((await d.app.inject({ url: '/dashboard' })).body);
      expect(after[0]!.fail).toBe(expected.checks.filter((c) => c.status === 'fail').length);
      expect(after[0]!.pass).toBe(expected.checks.filter((c) => c.status === 'pass').length);
      expect([...after[0]!.cells]).not.toEqual([...before[0]!.cells]);
      for (const c of expected.checks) expect(after[0]!.cells.get(c.ruleId), c.ruleId).toBe(c.status);
      // a plan added to a subfolder appears without a restart
      copyFileSync(join(ROOT, 'plans/ninh-giang-kstthc-2026.yaml'), join(t.dir, 'ninh-giang.yaml'));
      expect(dashboardRows((await d.app.inject({ url: '/dashboard' })).body).map((r) => r.file)).toEqual(['2026.yaml', 'ninh-giang.yaml']);
    } finally {
      await d.app.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });

  it('over plans/: every cell is the status check() gives that rule, and a filter by the issuing locality', async () => {
    const body = (await s.app.inject({ url: '/dashboard' })).body;
    const rows = dashboardRows(body);
    expect(rows).toHaveLength(3);
    const expected = await check(
      rows.map((r) => join(ROOT, 'plans', r.file)),
      { asOf: AS_OF },
    );
    for (const [i, r] of rows.entries()) {
      const f = expected.files[i]!;
      for (const c of f.checks) expect(r.cells.get(c.ruleId), `${r.file} ${c.ruleId}`).toBe(c.status);
      expect(r.verdict).toBe(f.findings.some((x) => x.severity === 'error' && !x.waiver) ? 'not-ok' : 'ok');
      expect(r.locality, r.file).toBe(f.plan.locality);
    }
    const options = [...(/<select id="d-locality"[^>]*>([^]*?)<\/select>/.exec(body)?.[1] ?? '').matchAll(/<option value="([^"]+)">/g)].map(
      (m) => m[1],
    );
    expect(options).toEqual([...new Set(expected.files.map((f) => f.plan.locality!))].sort((a, b) => a.localeCompare(b, 'vi')));
    expect(options.length).toBeGreaterThan(1);
  });
});

describe('README: the one command and a screenshot of each page, taken by the browser test', () => {
  it('the Vietnamese part shows `npx plan-check serve` and every serve-*.png the browser test writes, and they are committed', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const vi = readme.slice(0, readme.indexOf('\n## English'));
    expect(vi).toMatch(/^npx plan-check serve\b/m);
    const shown = [...vi.matchAll(/!\[[^\]]+\]\((docs\/screenshots\/serve-[\w-]+\.png)\)/g)].map((m) => m[1]!).sort();
    const taken = [
      ...new Set(
        [...readFileSync(join(ROOT, 'tests/serve-browser.test.ts'), 'utf8').matchAll(/join\(SHOTS, '(serve-[\w-]+\.png)'\)/g)].map(
          (m) => m[1]!,
        ),
      ),
    ]
      .map((f) => `docs/screenshots/${f}`)
      .sort();
    expect(taken).toEqual([
      'docs/screenshots/serve-dashboard.png',
      'docs/screenshots/serve-diff.png',
      'docs/screenshots/serve-home.png',
      'docs/screenshots/serve-result.png',
    ]);
    expect(shown).toEqual(taken);
    const committed = spawnSync('git', ['ls-files', '--', 'docs/screenshots'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n');
    for (const f of shown) {
      expect(committed, f).toContain(f);
      expect(readFileSync(join(ROOT, f)).subarray(1, 4).toString(), f).toBe('PNG');
    }
  });
});
