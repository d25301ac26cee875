import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { TOOL } from '../tool.js';
import type { FormatName } from '../report/formatters/format-names.js';
import type { Lang, Severity } from '../types.js';
import type { Audience } from '../report/audience.js';
import type { EngineChoice } from '../engine/compile.js';
import {
  collect,
  collectFormat,
  parseAudience,
  parseEngine,
  parseGitRef,
  parseIsoDate,
  parseMegabytes,
  parsePositiveInt,
  parseSeverity,
} from './options.js';
import { registryCommand } from './registry-command.js';
import { annexCommand } from './annex-command.js';
import { diffCommand, isTextconvOfFile, textconv, textconvCommand } from './diff-command.js';
import { UsageError } from '../errors/usage-error.js';
import { both, msg } from '../messages/index.js';
import { initCommand, rulesCommand } from './tools-commands.js';
import { importCommand } from './import-command.js';
import { renderCommand } from './render-command.js';
import { serveCommand } from './serve-command.js';
import { langFromArgv, langOption } from './cli-lang.js';
import { printError, throwParseErrors } from './print-error.js';
import { refuseCommandTypos } from './did-you-mean.js';
import { tolerateClosedOutput } from './closed-stdout.js';

// A check's modules (engine, rule sets, formatters) are loaded by the check itself, so that
// --version, --help, usage errors and the other commands start without them.

const EXAMPLES = `
Ví dụ (examples):
  $ plan-check plans/2026.yaml                       kiểm tra một kế hoạch, in danh mục kiểm tra
  $ plan-check plans/*.yaml --fail-on warning        nhiều kế hoạch; cảnh báo cũng làm lệnh thất bại
  $ plan-check plans/2026.yaml --format json -o r.json
                                                     ghi báo cáo JSON (cho công cụ khác)
  $ plan-check plans/2026.yaml -f sarif -o r.sarif -f junit -o r.xml -f html -o r.html
                                                     nhiều định dạng trong một lần chạy
  $ plan-check plans/2026.yaml --waivers review.yaml --for-signing
                                                     rà soát trước khi ký, có miễn trừ
  $ plan-check annex plans/2026.yaml -o phu-luc.docx bảng đối chiếu yêu cầu cấp trên (.docx/.md/.html)
  $ plan-check plans/2026.yaml --lang en             messages in English
  $ plan-check plans/2026.yaml --as-of 2026-03-01    xét tại một ngày (dự thảo chưa ký)
  $ plan-check registry 61/2018/NĐ-CP --as-of 2025-06-01
                                                     tra cứu hiệu lực một văn bản
  $ plan-check init --ruleset hai-phong/2026-kstthc --unit "xã Ninh Giang" -o plans/ninh-giang.yaml
                                                     tạo kế hoạch mới từ kế hoạch cấp trên
  $ plan-check import ke-hoach.docx -o plans/2026.yaml
                                                     nhập kế hoạch từ Word (hoặc văn bản thuần)
  $ plan-check render plans/2026.yaml -o ke-hoach.docx
                                                     in kế hoạch ra Word theo thể thức NĐ 30/2020
  $ plan-check serve --dir plans/                    ứng dụng web cục bộ: kiểm tra trong trình duyệt, bảng tổng hợp

Mã thoát (exit codes):
  0  không có vấn đề ở mức --fail-on trở lên (clean)
  1  có vấn đề ở mức --fail-on trở lên (findings)
  2  lỗi sử dụng: tệp không đọc được, bộ quy tắc hỏng, tùy chọn sai (usage error)
`;

interface CliOptions {
  format: FormatName[];
  output: string[];
  lang: Lang;
  failOn: Severity;
  asOf?: string;
  color: boolean;
  rules: string[];
  maxSize?: number;
  verbose?: boolean;
  waivers?: string;
  forSigning?: boolean;
  timestamp?: boolean;
  baseline?: string;
  writeBaseline?: string;
  changedSince?: string;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  followSymlinks?: boolean;
  audience?: Audience;
  all?: boolean;
  engine?: EngineChoice;
}

/**
 * One run of plan-check on the given arguments: what it prints goes to process.stdout and
 * process.stderr, and its exit code is returned (never set on the process: src/cli/main.ts, the
 * bin, does that), so tests can run it in-process.
 */
export async function main(argv: string[]): Promise<number> {
  const lang = langFromArgv(argv);
  let verbose = argv.includes('--verbose');
  let exitCode = 0;
  const onResult = (code: number) => (exitCode = code);
  tolerateClosedOutput();
  const program = new Command();
  program
    .name('plan-check')
    .enablePositionalOptions()
    .description(
      'Kiểm tra kế hoạch năm (YAML) của UBND cấp xã theo kế hoạch cấp trên, pháp luật và quy tắc soạn thảo.\n' +
        'Checks a local-government annual plan (YAML) against its parent plan, the law and drafting rules.',
    )
    .version(TOOL.version, '-V, --version', 'in phiên bản (print the version)')
    .helpOption('-h, --help', 'hướng dẫn sử dụng (show help)')
    .argument('[files...]', 'tệp kế hoạch YAML (plan files)')
    .addOption(
      new Option('-f, --format <name>', 'định dạng báo cáo: text, json; lặp lại để có nhiều định dạng (report format, repeatable)')
        .argParser(collectFormat)
        .default([]),
    )
    .addOption(
      new Option('-o, --output <file>', 'ghi báo cáo vào tệp, theo thứ tự của --format; - là màn hình (write the report to a file)')
        .argParser(collect)
        .default([]),
    )
    .addOption(langOption(lang, 'ngôn ngữ: vi (mặc định) hoặc en (language)'))
    .addOption(
      new Option('--fail-on <severity>', 'mức gây mã thoát 1: error, warning, info (severity that fails the run)')
        .argParser(parseSeverity)
        .default('error'),
    )
    .addOption(new Option('--as-of <date>', 'ngày xét, YYYY-MM-DD; mặc định hôm nay (date the plan is judged on)').argParser(parseIsoDate))
    .option('--no-color', 'không tô màu (no colours)')
    .addOption(new Option('--rules <path>', 'thêm tệp hoặc thư mục bộ quy tắc (extra rule set, repeatable)').argParser(collect).default([]))
    .addOption(
      new Option('--max-size <MB>', 'kích thước tệp tối đa, MB; mặc định 5 (largest plan file accepted)').argParser(parseMegabytes),
    )
    .option('--waivers <file>', 'tệp miễn trừ của người rà soát (review.yaml) (reviewer waivers)')
    .option('--for-signing', 'kiểm tra điều kiện trình ký: không còn lỗi, cảnh báo chưa miễn trừ; số, ngày, người ký (signing gate)')
    .addOption(
      new Option(
        '--audience <who>',
        'người đọc: reviewer (người thẩm định, mặc định với --for-signing: không kèm gợi ý cho người soạn thảo) hoặc drafter (người soạn thảo, mặc định) (whose view)',
      ).argParser(parseAudience),
    )
    .option(
      '--all',
      'danh mục kiểm tra in đủ từng mục đạt (mặc định: mục không đạt trước, mục đạt gộp một dòng cho mỗi bộ quy tắc) (checklist: every passed item)',
    )
    .option('--timestamp', 'ghi thời điểm lập báo cáo (mặc định không ghi để báo cáo giống hệt nhau) (add generation time)')
    .option('--baseline <file>', 'chỉ báo vấn đề mới so với tệp baseline (report only findings not in the baseline)')
    .option('--write-baseline <file>', "ghi các vấn đề hiện có vào tệp baseline (record today's findings)")
    .addOption(
      new Option(
        '--changed-since <ref>',
        'chỉ kiểm tra các kế hoạch thay đổi từ phiên bản git này (check plans changed since a git revision)',
      ).argParser(parseGitRef),
    )
    .addOption(
      new Option('-j, --jobs <n>', 'số luồng kiểm tra song song; mặc định bằng số nhân CPU (parallel workers)').argParser(parsePositiveInt),
    )
    .option('--cache', 'dùng bộ nhớ đệm kết quả: lần chạy lại không đổi đọc kết quả đã có (reuse results of unchanged plans)')
    .option('--cache-location <dir>', 'thư mục bộ nhớ đệm; mặc định node_modules/.cache/plan-check')
    .option(
      '--follow-symlinks',
      'theo cả liên kết tượng trưng dẫn ra ngoài thư mục đã nêu (follow symbolic links out of the folders given)',
    )
    .addOption(
      new Option(
        '--engine <name>',
        'cách đánh giá điều kiện: compiled (mặc định, đã biên dịch) hoặc reference (json-rules-engine, để đối chiếu) (condition engine)',
      ).argParser(parseEngine),
    )
    .option('--verbose', 'in chi tiết lỗi nội bộ (print internal error details)')
    .addHelpText('after', EXAMPLES)
    .addCommand(registryCommand(onResult, lang))
    .addCommand(annexCommand(onResult, lang))
    .addCommand(diffCommand(onResult, lang))
    .addCommand(textconvCommand(lang))
    .addCommand(initCommand(onResult, lang))
    .addCommand(rulesCommand(onResult, lang))
    .addCommand(importCommand(onResult, lang))
    .addCommand(renderCommand(onResult, lang))
    .addCommand(serveCommand(onResult, lang))
    .action(async (files: string[], opts: CliOptions) => {
      verbose = !!opts.verbose;
      exitCode = await run(
        files,
        opts,
        program.commands.map((c) => c.name()),
      );
    });
  throwParseErrors(program);

  try {
    if (isTextconvOfFile(argv)) return await textconv(argv[argv.length - 1]!);
    await program.parseAsync(helpAsOption(argv), { from: 'user' });
    return exitCode;
  } catch (err) {
    return printError(err, lang, verbose);
  }
}

/** `plan-check help [command]` (no file named help here) is `plan-check [command] --help`. */
function helpAsOption(argv: string[]): string[] {
  return argv[0] === 'help' && !existsSync('help') ? [...argv.slice(1), '--help'] : argv;
}

async function run(given: string[], opts: CliOptions, commands: string[]): Promise<number> {
  refuseCommandTypos(given, commands);
  let files = given;
  if (opts.changedSince) {
    const { changedSince } = await import('../diff/git.js');
    const { isPlanFile } = await import('./plan-files.js');
    const changed = changedSince(opts.changedSince).filter(isPlanFile);
    files = given.length ? changed.filter((f) => given.some((g) => f === g || f.startsWith(g.replace(/\/?$/, '/')))) : changed;
    if (files.length === 0) {
      process.stdout.write(`${msg(opts.lang, 'cli.noChange', { ref: opts.changedSince })}\n`);
      return 0;
    }
  }
  if (files.length === 0) throw new UsageError(...both('cli.noPlanFile'));
  const {
    expandInputs,
    checkRunOutputs,
    canStream,
    ReportWriter,
    openSink,
    runBatch,
    DEFAULT_CACHE_DIR,
    exitCodeFor,
    writeAtomic,
    makeBaseline,
  } = await import('./check-run.js');
  const cacheDir = opts.cache || opts.cacheLocation ? (opts.cacheLocation ?? DEFAULT_CACHE_DIR) : undefined;
  const hashes = cacheDir ? new Map<string, string>() : undefined;
  files = expandInputs(files, {
    ...(hashes ? { hashes } : {}),
    followSymlinks: !!opts.followSymlinks,
    onSkippedLink: (l) => process.stderr.write(`${msg(opts.lang, 'cli.skippedLink', { link: l })}\n`),
  });
  if (files.length === 0) throw new UsageError(...both('cli.noPlanFound'));
  const formats: FormatName[] = opts.format.length ? opts.format : ['text'];
  checkRunOutputs(files, formats, opts);
  // A batch whose formats can be written file by file streams them, holding only a summary.
  const streaming = files.length > 1 && canStream(formats) && !opts.forSigning && !opts.writeBaseline;
  const sinks = formats.map((name, i) =>
    openSink(opts.output[i], name === 'text' && opts.color && !opts.output[i] && !!process.stdout.isTTY && !process.env.NO_COLOR),
  );
  const timestamp = opts.timestamp ? new Date() : undefined;
  const writer = new ReportWriter(formats, sinks, {
    lang: opts.lang,
    ...(opts.all ? { all: true } : {}),
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    ...(timestamp ? { timestamp } : {}),
  });
  const { report, unreadable } = await runBatch(files, {
    ...(streaming ? { keepReports: false, stream: { spec: writer.spec(), write: (_: number, c: string[]) => writer.chunks(c) } } : {}),
    rethrowInputErrors: files.length === 1,
    ...(opts.jobs ? { jobs: opts.jobs } : {}),
    ...(cacheDir ? { cacheDir, hashes } : {}),
    lang: opts.lang,
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    extraRules: opts.rules,
    ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    ...(opts.waivers ? { waivers: opts.waivers } : {}),
    ...(opts.forSigning ? { forSigning: true } : {}),
    ...(opts.audience ? { audience: opts.audience } : {}),
    ...(opts.engine ? { engine: opts.engine } : {}),
    ...(timestamp ? { timestamp } : {}),
    ...(opts.baseline ? { baseline: opts.baseline } : {}),
  });
  if (opts.writeBaseline) {
    writeAtomic(opts.writeBaseline, makeBaseline(report));
  }
  writer.finish(report, streaming);
  if (unreadable) {
    for (const f of report.files)
      for (const x of f.findings) if (x.ruleId === 'input-readable') process.stderr.write(`plan-check: ${x.message}\n`);
    return 2;
  }
  if (report.signing) return report.signing.ready ? 0 : 1;
  return exitCodeFor(report, opts.failOn);
}
