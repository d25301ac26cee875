import { existsSync, readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { showAtRevision } from '../diff/git.js';
import { readSource } from '../yaml/read-source.js';
import type { Lang } from '../types.js';
import { parseGitRef, parseIsoDate } from './options.js';
import { langOption } from './cli-lang.js';
import { writeAtomic } from './write-atomic.js';
import { UsageError } from '../errors/usage-error.js';
import { checkOutputs, ROLE } from './output-file.js';
import { both } from '../messages/index.js';

interface DiffOptions {
  base?: string;
  format: 'text' | 'markdown' | 'json';
  output?: string;
  lang: Lang;
  asOf?: string;
}

/** `plan-check diff old.yaml new.yaml` or `plan-check diff plan.yaml --base <ref>`. */
export function diffCommand(onResult: (code: number) => void, lang: Lang = 'vi'): Command {
  return new Command('diff')
    .description('so sánh hai phiên bản kế hoạch: thay đổi về nội dung, vấn đề mới và đã khắc phục (semantic diff)')
    .argument('<plans...>', 'cũ.yaml mới.yaml, hoặc một tệp với --base')
    .addOption(
      new Option('--base <ref>', 'phiên bản git để so sánh (ví dụ HEAD~1, origin/main); không thay đổi thư mục làm việc').argParser(
        parseGitRef,
      ),
    )
    .addOption(new Option('-f, --format <name>', 'text, markdown hoặc json').choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', 'ghi kết quả vào tệp')
    .addOption(langOption(lang, 'vi hoặc en'))
    .addOption(new Option('--as-of <date>', 'ngày xét, YYYY-MM-DD').argParser(parseIsoDate))
    .addHelpText(
      'after',
      '\nVí dụ:\n  $ plan-check diff plans/2026.yaml --base HEAD~1\n  $ plan-check diff cu.yaml moi.yaml -f markdown -o diff.md\n\nMã thoát: 1 khi thay đổi gây lỗi mới, hạ chỉ tiêu dưới mức của kế hoạch cấp trên, hoặc bỏ, đổi kế hoạch cấp trên.\n',
    )
    .action(async (plans: string[], opts: DiffOptions) => {
      checkOutputs(
        [opts.output],
        plans.map((file) => ({ file, role: ROLE.plan })),
      );
      let before: { label: string; text: string };
      let after: string;
      if (opts.base) {
        if (plans.length !== 1) throw new UsageError(...both('cli.diff.baseOnePlan'));
        after = plans[0]!;
        before = { label: `${opts.base}:${after}`, text: showAtRevision(after, opts.base) };
      } else {
        if (plans.length !== 2) throw new UsageError(...both('cli.diff.twoFiles'));
        before = { label: plans[0]!, text: readSource(plans[0]!).text };
        after = plans[1]!;
      }
      const { runDiff } = await import('../diff/run-diff.js');
      const { formatDiffJson, formatDiffMarkdown, formatDiffText } = await import('../diff/format-diff.js');
      const { diff } = await runDiff(before, after, { lang: opts.lang, ...(opts.asOf ? { asOf: opts.asOf } : {}) });
      const text =
        opts.format === 'json'
          ? formatDiffJson(diff)
          : opts.format === 'markdown'
            ? formatDiffMarkdown(diff, opts.lang)
            : formatDiffText(diff, opts.lang);
      if (opts.output) writeAtomic(opts.output, text);
      else process.stdout.write(text);
      onResult(diff.blocking ? 1 : 0);
    });
}

/** `plan-check textconv <file>`: a plan as one line per fact, for git's diff driver. */
export function textconvCommand(lang: Lang = 'vi'): Command {
  return new Command('textconv')
    .description('in kế hoạch dạng từng dòng một (dùng cho git diff textconv)')
    .argument('<file>')
    .addOption(langOption(lang))
    .action(async (file: string) => void (await textconv(file)));
}

/**
 * git runs its textconv driver as `plan-check textconv <path>` with the path as it is, which may
 * look like an option ("-V.yaml"): two words, the second an existing file, are always that.
 */
export function isTextconvOfFile(argv: readonly string[]): boolean {
  return argv.length === 2 && argv[0] === 'textconv' && existsSync(argv[1]!);
}

export async function textconv(file: string): Promise<number> {
  const { loadPlan } = await import('../plan/load-plan.js');
  const { planSummary } = await import('../diff/summary.js');
  const loaded = loadPlan(file, 'vi');
  process.stdout.write(loaded.plan ? planSummary(loaded.plan) : readFileSync(file, 'utf8'));
  return 0;
}
