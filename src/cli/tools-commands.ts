import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { Command, Option } from 'commander';
import { DEFAULT_RULES_DIR } from '../rules/rules-dir.js';
import { todayIso } from '../util/dates.js';
import type { Lang } from '../types.js';
import { parseIsoDate } from './options.js';
import { langOption } from './cli-lang.js';
import { refuseOverwrite, writeAtomic } from './write-atomic.js';
import { checkOutputs, ROLE } from './output-file.js';
import { UsageError } from '../errors/usage-error.js';
import { InputError } from '../errors/input-error.js';
import { both, msg } from '../messages/index.js';

/** `plan-check init --ruleset <id> --unit "xã Ninh Giang" -o plan.yaml`. */
export function initCommand(onResult: (code: number) => void, lang: Lang = 'vi'): Command {
  return new Command('init')
    .description('tạo kế hoạch mới từ bộ quy tắc của kế hoạch cấp trên (new plan from the parent plan)')
    .requiredOption('--ruleset <id>', 'bộ quy tắc của kế hoạch cấp trên, ví dụ hai-phong/2026-kstthc')
    .requiredOption('--unit <name>', 'đơn vị cấp xã, ví dụ "xã Ninh Giang", "phường Nam Đồ Sơn"')
    .option('-o, --output <file>', 'tệp kế hoạch YAML sẽ tạo; không có thì in ra màn hình')
    .addOption(new Option('--as-of <date>', 'ngày xét hiệu lực căn cứ, YYYY-MM-DD; mặc định hôm nay').argParser(parseIsoDate))
    .option('--force', 'ghi đè tệp đã có')
    .addOption(langOption(lang))
    .addHelpText('after', '\nVí dụ:\n  $ plan-check init --ruleset hai-phong/2026-kstthc --unit "xã Ninh Giang" -o plans/ninh-giang.yaml\n')
    .action(async (opts: { ruleset: string; unit: string; output?: string; asOf?: string; force?: boolean; lang: Lang }) => {
      checkOutputs([opts.output], []);
      const { RuleSetCatalog } = await import('../rules/discover.js');
      const { loadRegistry } = await import('../legal/registry.js');
      const { parentDocs } = await import('../rules/parent-docs.js');
      const { initPlan } = await import('../tools/init-plan.js');
      const catalog = new RuleSetCatalog();
      const parent = catalog.parent(opts.ruleset);
      if (!parent) throw new UsageError(...both('cli.rules.noRuleset', { ruleset: opts.ruleset }));
      const registry = loadRegistry(join(DEFAULT_RULES_DIR, 'legal')).withExtra(parentDocs([parent]));
      const text = initPlan(parent, [...catalog.always(), parent], registry, opts.unit, opts.asOf ?? todayIso());
      if (opts.output) {
        refuseOverwrite(opts.output, opts.force, opts.lang);
        writeAtomic(opts.output, text);
      } else process.stdout.write(text);
      onResult(0);
    });
}

/** `plan-check rules list | show <id> | docs -o dir | test [dir]`. */
export function rulesCommand(onResult: (code: number) => void, lang: Lang = 'vi'): Command {
  const rules = new Command('rules').description('công cụ cho người viết quy tắc (rule-set tooling)').addOption(langOption(lang));
  const all = async () => new (await import('../rules/discover.js')).RuleSetCatalog().all();
  rules
    .command('list')
    .description('liệt kê mọi quy tắc')
    .addOption(langOption(lang))
    .action(async () => {
      const { BUILT_IN_CHECKS } = await import('../plan/built-in-checks.js');
      for (const c of Object.values(BUILT_IN_CHECKS))
        process.stdout.write(`${c.id.padEnd(28)} ${c.severity.padEnd(8)} ${'plan-check'.padEnd(22)} ${c.title.vi}\n`);
      for (const rs of await all())
        for (const r of rs.rules) process.stdout.write(`${r.id.padEnd(28)} ${r.severity.padEnd(8)} ${rs.id.padEnd(22)} ${r.title.vi}\n`);
      onResult(0);
    });
  rules
    .command('show')
    .description('xem một quy tắc: siêu dữ liệu, căn cứ, ví dụ')
    .argument('<id>')
    .addOption(langOption(lang))
    .action(async (id: string) => {
      for (const rs of await all()) {
        const r = rs.rules.find((x) => x.id === id);
        if (!r) continue;
        process.stdout.write(`${r.id} (${rs.id} ${rs.version})\n${JSON.stringify({ ...r, ruleset: rs.id }, null, 2)}\n`);
        return onResult(0);
      }
      const { BUILT_IN_CHECKS } = await import('../plan/built-in-checks.js');
      const builtIn = (BUILT_IN_CHECKS as Record<string, object>)[id];
      if (builtIn) {
        process.stdout.write(`${id} (plan-check)\n${JSON.stringify({ ...builtIn, ruleset: 'plan-check' }, null, 2)}\n`);
        return onResult(0);
      }
      throw new UsageError(...both('cli.rules.noRule', { id }));
    });
  rules
    .command('docs')
    .description('tạo tài liệu tra cứu quy tắc (Markdown) từ siêu dữ liệu')
    .requiredOption('-o, --output <dir>', 'thư mục kết quả, ví dụ docs/rules')
    .option('--fixtures <dir>', 'thư mục ví dụ kiểm thử để dẫn link', 'tests/fixtures/rules')
    .addOption(langOption(lang))
    .addHelpText('after', '\nVí dụ:\n  $ plan-check rules docs -o docs/rules\n')
    .action(async (opts: { output: string; fixtures: string }) => {
      const { rulesDocs } = await import('../tools/rules-docs.js');
      makeFolder(opts.output);
      const link = (ruleId: string, kind: 'valid' | 'invalid') => {
        const file = join(opts.fixtures, ruleId, `${kind}.yaml`);
        return existsSync(file) ? relative(opts.output, file).split('\\').join('/') : undefined;
      };
      const fixtures = existsSync(opts.fixtures) ? (id: string) => ({ valid: link(id, 'valid'), invalid: link(id, 'invalid') }) : undefined;
      for (const [name, text] of rulesDocs(await all(), fixtures)) writeAtomic(join(opts.output, name), text);
      onResult(0);
    });
  rules
    .command('test')
    .description('chạy các ví dụ đạt / không đạt của từng quy tắc (<dir>/<rule-id>/valid.yaml, invalid.yaml)')
    .argument('[dir]', 'thư mục ví dụ', 'tests/fixtures/rules')
    .addOption(langOption(lang))
    .action(async (dir: string) => {
      const { testRules } = await import('../tools/rules-test.js');
      const results = await testRules(await all(), dir);
      for (const r of results) {
        const mark = r.status === 'pass' ? '✓' : r.status === 'fail' ? '✗' : '?';
        process.stdout.write(`${mark} ${r.ruleId}${r.status === 'no-fixtures' ? ' — chưa có ví dụ (no fixtures)' : ''}\n`);
        for (const p of r.problems) process.stdout.write(`    ${p}\n`);
      }
      const failed = results.filter((r) => r.status !== 'pass').length;
      process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
      onResult(failed ? 1 : 0);
    });
  rules
    .command('new')
    .description('tạo khung bộ quy tắc của kế hoạch cấp tỉnh, có các trường nguồn gốc cần điền (scaffold)')
    .requiredOption('--province <slug>', 'tên tỉnh, thành phố không dấu, ví dụ ninh-binh')
    .requiredOption('--ref <ref>', 'số, ký hiệu kế hoạch cấp tỉnh, ví dụ 123/QĐ-UBND')
    .requiredOption('--date <date>', 'ngày ban hành, YYYY-MM-DD', parseIsoDate)
    .option('--year <year>', 'năm kế hoạch', String(new Date().getFullYear()))
    .option('--kind <kind>', 'kstthc hoặc cchc', 'kstthc')
    .option('--dir <folder>', 'thư mục quy tắc', DEFAULT_RULES_DIR)
    .addOption(langOption(lang))
    .action((opts: { province: string; ref: string; date: string; year: string; kind: string; dir: string }) => {
      if (!/^[a-z0-9-]+$/.test(opts.province)) throw new UsageError(...both('cli.rules.provinceSlug'));
      const file = join(opts.dir, opts.province, `${opts.year}-${opts.kind}.yaml`);
      if (existsSync(file)) throw new UsageError(...both('cli.rules.exists', { file }));
      makeFolder(join(opts.dir, opts.province));
      writeAtomic(file, scaffold(opts));
      process.stdout.write(`${file}\n`);
      onResult(0);
    });
  rules
    .command('from-parent')
    .description(
      'lập bản nháp bộ quy tắc từ kế hoạch cấp tỉnh, thành phố (.docx hoặc văn bản thuần): chỉ tiêu tối thiểu, nhiệm vụ giao cấp xã (draft a parent rule set from a parent plan)',
    )
    .argument('<file>', 'văn bản kế hoạch cấp trên: .docx, hoặc văn bản thuần có bảng | hoặc bảng tab')
    .option('-o, --output <file>', 'tệp bộ quy tắc sẽ tạo, ví dụ rules/<tỉnh>/<năm>-<loại>.yaml; không có thì in ra màn hình')
    .option('--force', 'ghi đè tệp đã có')
    .addOption(langOption(lang))
    .addHelpText(
      'after',
      '\nVí dụ:\n  $ plan-check rules from-parent quyet-dinh-5256.docx -o rules/hai-phong/2026-cchc.yaml\n\n' +
        'Chỉ tiêu (mức tối thiểu) lấy từ mục tiêu, chỉ tiêu của kế hoạch; nhiệm vụ bắt buộc lấy từ các nhiệm vụ giao\n' +
        '"UBND các xã, phường", "UBND cấp xã" (chủ trì hoặc phối hợp), kèm thời hạn. Mỗi yêu cầu ghi câu chữ như in và vị trí.\n' +
        'Bản nháp chỉ có dữ liệu (như rules new); người viết quy tắc rà lại trước khi dùng.\n',
    )
    .action(async (file: string, opts: { output?: string; force?: boolean; lang: Lang }) => {
      // rules/<province>/ of a new province is made here, as rules new does.
      if (opts.output && existsSync(file)) makeFolder(dirname(opts.output));
      checkOutputs([opts.output], [{ file, role: ROLE.document }]);
      refuseOverwrite(opts.output, opts.force, opts.lang);
      const { readDocument } = await import('../import/read-document.js');
      const { importBlocks } = await import('../import/import-plan.js');
      const { loadMetricVocabulary } = await import('../import/metric-vocabulary.js');
      const { draftParentRuleset, NoParentReference } = await import('../tools/from-parent.js');
      const { blocks } = await readDocument(file);
      const imported = importBlocks(blocks, { vocabulary: loadMetricVocabulary(), parents: [] });
      let draft;
      try {
        draft = draftParentRuleset(imported, { file: basename(file), ...(opts.output ? { output: opts.output } : {}) });
      } catch (err) {
        if (err instanceof NoParentReference) {
          const [vi, en] = both('cli.fromParent.noReference', { file });
          throw new InputError(vi, file, en);
        }
        throw err;
      }
      if (opts.output) {
        writeAtomic(opts.output, draft.text);
        // The draft must load as a rule set: a failure here is a bug of the drafting, not of the input.
        const { loadRuleSetFromYaml } = await import('../rules/load-ruleset.js');
        loadRuleSetFromYaml(opts.output);
      } else process.stdout.write(draft.text);
      const name = basename(file);
      for (const s of draft.skipped)
        process.stderr.write(`${msg(opts.lang, `cli.fromParent.${s.reason}`, { file: name, text: s.text })}\n`);
      if (!draft.targets && !draft.tasks) process.stderr.write(`${msg(opts.lang, 'cli.fromParent.none', { file: name })}\n`);
      const done = msg(opts.lang, 'cli.fromParent.done', {
        id: draft.id,
        file: name,
        targets: draft.targets,
        tasks: draft.tasks,
        output: opts.output ? ` → ${opts.output}` : '',
      });
      process.stderr.write(`${done}\n`);
      onResult(0);
    });
  return rules;
}

/** A folder for outputs, created with its parents; a file in the way is a usage error, not a crash. */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(...both('cli.makeFolderFailed', { dir, reason: code ?? (err as Error).message }));
  }
}

function scaffold(o: { province: string; ref: string; date: string; year: string; kind: string }): string {
  return `# yaml-language-server: $schema=../../schema/ruleset.schema.json
id: ${o.province}/${o.year}-${o.kind}
version: ${o.year}.0.1
title:
  vi: Kế hoạch ${o.kind === 'cchc' ? 'cải cách hành chính' : 'kiểm soát thủ tục hành chính'} năm ${o.year} (${o.ref})
  en: ${o.kind === 'cchc' ? 'Administrative reform' : 'Administrative-procedure control'} plan ${o.year} (${o.ref})
# ĐIỀN: văn bản gốc ở đâu, ai đối chiếu, ngày đối chiếu; hoặc ghi rõ "tái dựng từ ..." nếu chưa có bản gốc.
provenance: >-
  CHƯA ĐIỀN NGUỒN GỐC.
parent:
  ref: ${o.ref}
  date: ${o.date}
  issuer: Ủy ban nhân dân tỉnh/thành phố …   # ĐIỀN
  title: …                                  # ĐIỀN: trích yếu như in
  confidence: I                             # C khi đã đối chiếu bản gốc
applies_to: { level: commune, year: ${o.year}, kind: ${o.kind} }
requirements: []
# Ví dụ một chỉ tiêu và một nhiệm vụ (bỏ dấu # để dùng):
#  - id: XX-123/satisfaction
#    kind: target
#    title: Mức độ hài lòng ... đạt tối thiểu 95%
#    target: { metric: satisfaction, min: 95, unit: percent }
#    source: { ref: ${o.ref}, article: "Phụ lục, mục ..." }
#  - id: XX-123/inspection
#    kind: task
#    title: Xây dựng Kế hoạch kiểm tra ...
#    deadline: Quý II/${o.year}
#    match: { any: [đoàn kiểm tra, kế hoạch kiểm tra] }
#    source: { ref: ${o.ref}, article: "Phụ lục, mục ..." }
# Chỉ ghi dữ liệu: các quy tắc kiểm tra yêu cầu (parent-target-floor, parent-task-present ...)
# ở rules/core/parent-requirements.yaml chạy trên mọi yêu cầu ghi ở đây.
`;
}
