import { mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FileReport, Finding, Lang, Report } from '../types.js';
import { check, Checker } from '../check.js';
import { loadPlan } from '../plan/load-plan.js';
import { PlanCheckError } from '../errors/plan-check-error.js';
import { UsageError } from '../errors/usage-error.js';
import { format } from '../report/formatters/index.js';
import { renderTemplate, TEMPLATES_DIR } from '../report/templates.js';
import { buildAnnex } from '../annex/annex-model.js';
import { annexDocx, stableDocx } from '../annex/annex-docx.js';
import { formatImportNotes } from '../import/import-report.js';
import { expandInputs } from '../batch/expand-inputs.js';
import { runDiff } from '../diff/run-diff.js';
import { describeChange } from '../diff/format-diff.js';
import { needsReview } from '../diff/plan-diff.js';
import { planDocx } from '../render/plan-docx.js';
import { planDocument } from '../render/plan-document.js';
import { matrixXlsx } from './xlsx.js';
import { labels } from './labels.js';
import { both, msg } from '../messages/index.js';
import { checkExposure, cookies, hostAllowed, oneTimeCode, sameSecret, SECURITY_HEADERS, TOKEN_COOKIE, tokenOf } from './security.js';
import { safeName, Workspace, type Upload } from './workspace.js';
import { dashboardMatrix, matrixCsv, resultView } from './views.js';
import { importUpload } from './import-upload.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** A folder of plans (subfolders too) for the dashboard. */
  dir?: string;
  /** Required when host is not a loopback address. */
  token?: string;
  asOf?: string;
  /** The pages' language unless the reader switches. */
  lang?: Lang;
  /** Largest upload accepted, bytes; default 20 MB (the Word reader's own limit). */
  maxUploadBytes?: number;
}

const UPLOAD_TYPES = ['.docx', '.txt', '.yaml', '.yml'];
const LANG_COOKIE = 'plan_check_lang';
const isLang = (v: unknown): v is Lang => v === 'vi' || v === 'en';
const STATIC: Record<string, string> = { 'app.js': 'text/javascript; charset=utf-8', 'app.css': 'text/css; charset=utf-8' };

/** An answer shown as a page: a status and a message in the reader's language. */
class PageError extends Error {
  constructor(
    readonly status: number,
    readonly vi: string,
    readonly en: string,
  ) {
    super(vi);
  }

  text(lang: Lang): string {
    return { vi: this.vi, en: this.en }[lang];
  }
}

export interface Served {
  app: FastifyInstance;
  workspace: Workspace;
  /** The one-time code that sets the token cookie (with a token only). */
  loginCode?: string;
}

/** The application, ready to listen (or to be called in-process with `app.inject`). */
export async function buildServer(o: ServeOptions = {}): Promise<Served> {
  const host = o.host ?? '127.0.0.1';
  checkExposure(host, o.token);
  const root = o.dir === undefined ? undefined : dashboardRoot(o.dir);
  const defaultLang: Lang = o.lang ?? 'vi';
  const maxUpload = o.maxUploadBytes ?? 20 * 1024 * 1024;
  const workspace = new Workspace();
  let loginCode = o.token !== undefined ? oneTimeCode() : undefined;

  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  await app.register(multipart, { limits: { fileSize: maxUpload, files: 2, fields: 4, fieldSize: 1024, parts: 6, headerPairs: 50 } });
  app.addHook('onClose', () => workspace.remove());
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  const langOf = (req: FastifyRequest): Lang => {
    const q = (req.query as { lang?: string }).lang;
    if (isLang(q)) return q;
    const c = cookies(req.headers.cookie).get(LANG_COOKIE);
    return isLang(c) ? c : defaultLang;
  };

  app.addHook('onRequest', async (req, reply) => {
    void reply.headers(SECURITY_HEADERS);
    if (!hostAllowed(req.headers.host, host)) return reply.code(421).type('text/plain; charset=utf-8').send('Misdirected request\n');
    const origin = req.headers.origin;
    if (req.method !== 'GET' && req.method !== 'HEAD' && origin !== undefined && origin !== `http://${req.headers.host}`)
      return reply.code(403).type('text/plain; charset=utf-8').send('Yêu cầu từ trang khác bị từ chối (cross-origin request refused)\n');
    const q = (req.query as { lang?: string }).lang;
    if (isLang(q)) void reply.header('set-cookie', `${LANG_COOKIE}=${q}; Path=/; SameSite=Strict`);
    if (o.token === undefined) return;
    const path = req.url.split('?')[0];
    if (path === '/login') {
      const code = (req.query as { code?: string }).code;
      if (loginCode !== undefined && sameSecret(code, loginCode)) {
        loginCode = undefined; // once
        return reply
          .header('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(o.token)}; Path=/; HttpOnly; SameSite=Strict`)
          .redirect('/', 303);
      }
    } else if (sameSecret(tokenOf(req.headers), o.token)) return;
    return reply
      .code(401)
      .type('text/plain; charset=utf-8')
      .send(
        'Cần mã truy cập: gửi tiêu đề Authorization: Bearer <mã>, hoặc mở liên kết dùng một lần in ra khi khởi động.\n' +
          'Access token required: send Authorization: Bearer <token>, or open the one-time link printed at start.\n',
      );
  });

  const page = (req: FastifyRequest, reply: FastifyReply, name: string, view: Record<string, unknown>, title: string, status = 200) => {
    const lang = langOf(req);
    const t = labels(lang);
    const body = renderTemplate(`serve/${name}.html.hbs`, { ...view, t });
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(renderTemplate('serve/layout.html.hbs', { t, title, body, hasDir: root !== undefined, page: name }));
  };

  app.setErrorHandler((err, req, reply) => {
    const lang = langOf(req);
    let status = 500;
    let message: string;
    if (err instanceof PageError) {
      status = err.status;
      message = err.text(lang);
    } else if (err instanceof PlanCheckError) {
      status = 422;
      const at = err.location?.line
        ? msg(lang, 'serve.error.line', { at: `${err.location.line}${err.location.column ? `:${err.location.column}` : ''}` })
        : '';
      message = err.text(lang) + at;
    } else if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      status = 413;
      const mb = (maxUpload / 1048576).toFixed(0);
      message = msg(lang, 'serve.error.tooLarge', { mb });
    } else if (typeof (err as { statusCode?: number }).statusCode === 'number' && (err as { statusCode: number }).statusCode < 500) {
      status = (err as { statusCode: number }).statusCode;
      message = msg(lang, 'serve.error.badRequest');
    } else {
      process.stderr.write(`plan-check serve: ${err instanceof Error ? err.message : String(err)}\n`);
      message = msg(lang, 'serve.error.internal');
    }
    return page(req, reply, 'error', { message }, msg(lang, 'serve.page.cannotCheck'), status);
  });
  app.setNotFoundHandler((req, reply) => page(req, reply, 'error', { message: msg(langOf(req), 'serve.page.notFound') }, '404', 404));

  app.get('/static/:name', (req, reply) => {
    const name = (req.params as { name: string }).name;
    const type = STATIC[name];
    if (!type) throw new PageError(404, ...both('serve.page.notFound'));
    return reply.type(type).send(readFileSync(join(TEMPLATES_DIR, 'serve', name)));
  });

  app.get('/', (req, reply) => page(req, reply, 'home', { accept: UPLOAD_TYPES.join(',') }, msg(langOf(req), 'serve.page.home')));

  /** The waivers file of an upload (in its workspace folder), when the reviewer made any. */
  const waiversFile = (u: Upload): string | undefined => {
    if (!u.waivers.length) return undefined;
    const file = join(workspace.dir, u.id, 'waivers.yaml');
    writeFileSync(file, waiversYaml(u));
    return file;
  };

  /** The report of an upload in a language (checked on first request in that language, again after a waiver). */
  const reportOf = async (u: Upload, lang: Lang): Promise<Report> => {
    let r = u.results.get(lang);
    if (!r) {
      const waivers = waiversFile(u);
      const opts = { lang, ...(o.asOf ? { asOf: o.asOf } : {}), ...(waivers ? { waivers } : {}) };
      r = renamed(await check([u.planFile], opts), u.planFile, u.name);
      u.results.set(lang, r);
      const gate = await check([u.planFile], { ...opts, forSigning: true });
      const verdict = gate.signing!;
      u.signing.set(lang, { ready: verdict.ready, reasons: verdict.reasons.map((x) => x.split(u.planFile).join(u.name)) });
    }
    return r;
  };

  /** An uploaded file of an accepted type, read whole (within the size limit). */
  const accepted = async (part: MultipartFile): Promise<{ ext: string; bytes: Buffer; shown: string }> => {
    const ext = extname(part.filename).toLowerCase();
    if (!UPLOAD_TYPES.includes(ext)) {
      part.file.resume();
      throw new PageError(
        415,
        `"${part.filename}": chỉ nhận tệp ${UPLOAD_TYPES.join(', ')} (tệp Word cũ .doc: mở bằng Word và lưu thành .docx)`,
        `"${part.filename}": only ${UPLOAD_TYPES.join(', ')} files are accepted (old .doc files: save them as .docx in Word)`,
      );
    }
    return { ext, bytes: await part.toBuffer(), shown: safeName(part.filename, `upload${ext}`) };
  };

  app.post('/check', async (req, reply) => {
    const part = await req.file();
    if (!part) throw new PageError(400, 'Chưa chọn tệp', 'No file chosen');
    const { ext, bytes, shown } = await accepted(part);
    const { id, folder } = workspace.newFolder();
    const saved = join(folder, shown);
    writeFileSync(saved, bytes);
    const upload: Upload = {
      id,
      name: shown,
      planFile: saved,
      kind: 'yaml',
      notes: [],
      results: new Map(),
      waivers: [],
      signing: new Map(),
    };
    try {
      if (ext === '.docx' || ext === '.txt') {
        const imported = await importUpload(saved, shown);
        const yamlFile = join(folder, `${shown.replace(/\.[^.]*$/, '')}.yaml`);
        writeFileSync(yamlFile, imported.yaml);
        Object.assign(upload, {
          kind: ext === '.docx' ? 'docx' : 'text',
          planFile: yamlFile,
          importedYaml: imported.yaml,
          notes: imported.notes,
        });
      }
      await reportOf(upload, langOf(req));
    } catch (err) {
      if (err instanceof PlanCheckError) throw located(err, saved, shown);
      throw err;
    }
    workspace.add(upload);
    return reply.redirect(`/result/${id}`, 303);
  });

  const uploadOf = (req: FastifyRequest): Upload => {
    const u = workspace.get((req.params as { id: string }).id);
    if (!u)
      throw new PageError(
        404,
        'Không còn kết quả này (ứng dụng đã khởi động lại hoặc kết quả đã cũ): hãy kiểm tra lại tệp',
        'This result is gone (restarted or too old): check the file again',
      );
    return u;
  };

  app.get('/result/:id', async (req, reply) => {
    const u = uploadOf(req);
    const lang = langOf(req);
    const report = await reportOf(u, lang);
    const plan = loadPlan(u.planFile, lang).plan;
    const notes = formatImportNotes(u.name, u.notes, lang);
    return page(
      req,
      reply,
      'result',
      {
        ...resultView(report, plan),
        id: u.id,
        name: u.name,
        imported: u.kind === 'docx' || u.kind === 'text',
        notes,
        signing: u.signing.get(lang),
        waiverCount: u.waivers.length,
      },
      resultTitle(report),
    );
  });

  app.get('/diff', (req, reply) =>
    page(req, reply, 'diff-form', { accept: UPLOAD_TYPES.join(',') }, msg(langOf(req), 'serve.page.diffTitle')),
  );

  app.post('/diff', async (req, reply) => {
    const lang = langOf(req);
    const { folder } = workspace.newFolder();
    const got: { field: string; shown: string; yaml: string }[] = [];
    for await (const part of req.files()) {
      const { ext, bytes, shown } = await accepted(part);
      const sub = join(folder, part.fieldname === 'old' ? 'old' : 'new');
      mkdirSync(sub, { recursive: true });
      const saved = join(sub, shown);
      writeFileSync(saved, bytes);
      let yaml = saved;
      try {
        if (ext === '.docx' || ext === '.txt') {
          yaml = join(sub, `${shown.replace(/\.[^.]*$/, '')}.yaml`);
          writeFileSync(yaml, (await importUpload(saved, shown)).yaml);
        }
      } catch (err) {
        if (err instanceof PlanCheckError) throw located(err, saved, shown);
        throw err;
      }
      got.push({ field: part.fieldname, shown, yaml });
    }
    const before = got.find((g) => g.field === 'old');
    const after = got.find((g) => g.field === 'new');
    if (!before || !after) throw new PageError(400, 'Cần chọn cả bản cũ và bản mới', 'Choose both the old and the new version');
    const { diff } = await runDiff({ label: before.shown, text: readFileSync(before.yaml, 'utf8') }, after.yaml, {
      lang,
      ...(o.asOf ? { asOf: o.asOf } : {}),
    });
    const show = (f: Finding) => ({ severity: f.severity, ruleId: f.ruleId, message: f.message.split(after.yaml).join(after.shown) });
    return page(
      req,
      reply,
      'diff',
      {
        before: before.shown,
        after: after.shown,
        blocking: diff.blocking,
        changes: diff.changes.map((c) => ({
          text: describeChange(c, lang),
          review: needsReview(c) || (c.kind === 'target-lowered' && !!c.belowFloor),
          kind: c.kind,
        })),
        added: diff.findings.new.map(show),
        fixed: diff.findings.fixed.map(show),
        unchanged: diff.findings.unchanged.length,
      },
      msg(lang, 'serve.page.diffTitle'),
    );
  });

  app.post('/result/:id/waive', async (req, reply) => {
    const u = uploadOf(req);
    const lang = langOf(req);
    const form = (req.body ?? {}) as Record<string, string | undefined>;
    const field = (k: string) => (form[k] ?? '').trim().slice(0, 500);
    const w = {
      rule: field('rule'),
      pointer: field('pointer'),
      reason: field('reason'),
      approved_by: field('approved_by'),
      reference: field('reference'),
    };
    const expires = field('expires');
    const report = await reportOf(u, lang);
    if (!report.files[0]!.findings.some((f) => f.ruleId === w.rule && f.location.pointer === w.pointer))
      throw new PageError(400, 'Không có vấn đề này trong kết quả', 'No such finding in the result');
    if (!w.reason || !w.approved_by || !w.reference)
      throw new PageError(
        400,
        'Miễn trừ cần đủ lý do, người chấp thuận và văn bản chấp thuận',
        'A waiver needs a reason, an approver and a reference',
      );
    if (expires && !/^\d{4}-\d{2}-\d{2}$/.test(expires))
      throw new PageError(400, 'Ngày hết hạn phải có dạng YYYY-MM-DD', 'The expiry must be YYYY-MM-DD');
    u.waivers.push({ ...w, ...(expires ? { expires } : {}) });
    u.results.clear();
    u.signing.clear();
    return reply.redirect(`/result/${u.id}`, 303);
  });

  app.get('/download/:id/:kind', async (req, reply) => {
    const u = uploadOf(req);
    const lang = langOf(req);
    const kind = (req.params as { kind: string }).kind;
    const base = safeName(u.name.replace(/\.[^.]*$/, ''), 'ke-hoach').replace(/[^\w.-]/g, '_');
    const send = (body: string | Buffer, type: string, name: string) =>
      reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(body);
    switch (kind) {
      case 'report.json':
        return send(format('json', await reportOf(u, lang), { color: false }), 'application/json; charset=utf-8', `${base}.json`);
      case 'report.html':
        return send(format('html', await reportOf(u, lang), { color: false }), 'text/html; charset=utf-8', `${base}.html`);
      case 'report.sarif':
        return send(format('sarif', await reportOf(u, lang), { color: false }), 'application/sarif+json; charset=utf-8', `${base}.sarif`);
      case 'annex.docx': {
        const report = renamed(
          await check([u.planFile], { lang, audience: 'reviewer', ...(o.asOf ? { asOf: o.asOf } : {}) }),
          u.planFile,
          u.name,
        );
        const file = report.files[0]!;
        const bytes = stableDocx(await annexDocx(buildAnnex(report, file)), file.asOf ?? report.asOf);
        return send(bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', `${base}-phu-luc.docx`);
      }
      case 'plan.docx': {
        const loaded = loadPlan(u.planFile, lang);
        if (!loaded.plan)
          throw new PageError(
            422,
            'Kế hoạch chưa đúng cấu trúc (xem các lỗi yaml-*, plan-schema trong trang kết quả); sửa rồi tải lại',
            'The plan is not valid yet (see the yaml-* and plan-schema findings on the result page); fix it and try again',
          );
        const plan = loaded.plan;
        const bytes = stableDocx(await planDocx(planDocument(plan)), plan.plan.document.date ?? `${plan.plan.year}-01-01`);
        return send(bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', `${base}.docx`);
      }
      case 'waivers.yaml':
        await reportOf(u, lang);
        return send(waiversYaml(u), 'application/yaml; charset=utf-8', `${base}-mien-tru.yaml`);
      case 'plan.yaml':
        return send(readFileSync(u.planFile), 'application/yaml; charset=utf-8', `${base}.yaml`);
      default:
        throw new PageError(404, ...both('serve.page.notFound'));
    }
  });

  // The dashboard: every plan of --dir, checked again when its file changes.
  const checked = new Map<string, { key: string; report?: FileReport; error?: string }>();
  const checkers = new Map<Lang, Checker>();
  const dashboard = async (lang: Lang) => {
    if (!root) throw new PageError(404, ...both('serve.page.noDir'));
    const files = expandInputs([root]).sort();
    let checker = checkers.get(lang);
    if (!checker) checkers.set(lang, (checker = new Checker({ lang, ...(o.asOf ? { asOf: o.asOf } : {}) })));
    const out: { file: string; report?: FileReport; error?: string }[] = [];
    for (const f of files) {
      const rel = relative(root, f).split(sep).join('/');
      const st = statSync(f, { throwIfNoEntry: false });
      const key = `${lang}:${st?.mtimeMs}:${st?.size}`;
      let entry = checked.get(f);
      if (entry?.key !== key) {
        try {
          entry = { key, report: renamedFile(await checker.checkFile(f), f, rel) };
        } catch (err) {
          entry = { key, error: err instanceof PlanCheckError ? err.text(lang) : String(err) };
        }
        checked.set(f, entry);
      }
      out.push({
        file: rel,
        ...(entry.report ? { report: entry.report } : {}),
        ...(entry.error !== undefined ? { error: entry.error } : {}),
      });
    }
    return { files, matrix: dashboardMatrix(out) };
  };

  app.get('/dashboard', async (req, reply) => {
    const lang = langOf(req);
    const { matrix } = await dashboard(lang);
    return page(req, reply, 'dashboard', { matrix, dir: relative(process.cwd(), root!) || '.' }, msg(lang, 'serve.page.dashTitle'));
  });
  app.get('/dashboard.csv', async (req, reply) => {
    const lang = langOf(req);
    const { matrix } = await dashboard(lang);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="plan-check-tong-hop.csv"')
      .send(matrixCsv(matrix, lang));
  });
  app.get('/dashboard.xlsx', async (req, reply) => {
    const lang = langOf(req);
    const { matrix } = await dashboard(lang);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="plan-check-tong-hop.xlsx"')
      .send(await matrixXlsx(matrix, lang));
  });
  app.get('/dashboard/open', async (req, reply) => {
    const lang = langOf(req);
    const wanted = (req.query as { file?: string }).file ?? '';
    const { files } = await dashboard(lang);
    const outside = new PageError(404, `Không có kế hoạch "${wanted}" trong thư mục đã chọn`, `No plan "${wanted}" in the folder served`);
    const file = files.find((f) => relative(root!, f).split(sep).join('/') === wanted);
    if (!file) throw outside;
    const real = realpathSync(file);
    if (!real.startsWith(root! + sep)) throw outside;
    const { id } = workspace.newFolder();
    const upload: Upload = {
      id,
      name: wanted,
      planFile: real,
      kind: 'dir',
      notes: [],
      results: new Map(),
      waivers: [],
      signing: new Map(),
    };
    await reportOf(upload, lang);
    workspace.add(upload);
    return reply.redirect(`/result/${id}`, 303);
  });

  return { app, workspace, ...(loginCode !== undefined ? { loginCode } : {}) };
}

/** The folder of --dir, as a real path; refuses what is not a folder. */
function dashboardRoot(dir: string): string {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) throw new UsageError(...both('serve.dirNotFolder', { dir }));
  return realpathSync(dir);
}

/** A report about `from` as a report about `to` (the temporary path is nobody's business). */
function renamed(report: Report, from: string, to: string): Report {
  return { ...report, files: report.files.map((f) => renamedFile(f, from, to)) };
}

function renamedFile(f: FileReport, from: string, to: string): FileReport {
  const fix = <T extends { location: { file: string } }>(x: T): T =>
    x.location.file === from ? { ...x, location: { ...x.location, file: to } } : x;
  return {
    ...f,
    file: f.file === from ? to : f.file,
    findings: f.findings.map(fix),
    checks: f.checks.map((c) => ({ ...c, findings: c.findings.map(fix) })),
  };
}

/** The error with the temporary path replaced by the name the reader knows. */
function located(err: PlanCheckError, saved: string, shown: string): PlanCheckError {
  const swap = (s: string) => s.split(saved).join(shown);
  return new PlanCheckError(err.code, swap(err.vi), swap(err.en), err.location ? { ...err.location, file: shown } : undefined);
}

/** The waivers file the CLI reads (`plan-check --waivers`), bound to the plan's SHA-256. */
function waiversYaml(u: Upload): string {
  const sha256 = createHash('sha256').update(readFileSync(u.planFile)).digest('hex');
  return (
    '# yaml-language-server: $schema=schema/waivers.schema.json\n' +
    `# Miễn trừ lập trong plan-check serve cho ${u.name.replace(/[\r\n]/g, ' ')}\n` +
    stringify({ plan_sha256: sha256, waivers: u.waivers }, { lineWidth: 0 })
  );
}

const resultTitle = (r: Report) => r.files[0]?.plan.title ?? r.files[0]?.file ?? 'plan-check';

/** `plan-check serve`: listens, prints the address (and the one-time link), removes its temporary folder on exit. */
export async function startServer(o: ServeOptions): Promise<void> {
  const { app, workspace, loginCode } = await buildServer(o);
  const host = o.host ?? '127.0.0.1';
  const port = o.port ?? 8080;
  if (port > 65535) throw new UsageError(...both('serve.badPort', { port }));
  process.once('exit', () => workspace.remove());
  try {
    await app.listen({ host, port });
  } catch (err) {
    workspace.remove();
    const code = (err as { code?: string }).code;
    throw new UsageError(
      ...(code === 'EADDRINUSE'
        ? both('serve.cannotListen.inUse', { host, port })
        : both('serve.cannotListen.other', { host, port, reason: code ?? String(err) })),
    );
  }
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}/`;
  const lang = o.lang ?? 'vi';
  process.stdout.write(`${msg(lang, 'serve.started', { url })}\n`);
  if (loginCode) process.stdout.write(`${msg(lang, 'serve.loginLink', { url: `${url}login?code=${loginCode}` })}\n`);
  const stop = () => {
    void app.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
