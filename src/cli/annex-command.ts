import { extname } from 'node:path';
import { Command, Option } from 'commander';
import type { Lang } from '../types.js';
import { parseIsoDate } from './options.js';
import { langOption } from './cli-lang.js';
import { writeAtomic } from './write-atomic.js';
import { checkOutputs, outputKind, ROLE } from './output-file.js';
import { UsageError } from '../errors/usage-error.js';
import { both } from '../messages/index.js';

interface AnnexOptions {
  output?: string;
  lang: Lang;
  asOf?: string;
  waivers?: string;
}

/** The kinds of file an annex is written as, by extension. */
const ANNEX_FORMATS: Record<string, 'docx' | 'markdown' | 'html'> = {
  '.docx': 'docx',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** The annex's format from the output's name: Markdown for stdout and devices, refused for an unknown extension. */
function annexFormat(output: string | undefined): 'docx' | 'markdown' | 'html' {
  if (!output) return 'markdown';
  const known = ANNEX_FORMATS[extname(output).toLowerCase()];
  if (known) return known;
  if (outputKind(output) !== 'file') return 'markdown';
  const list = Object.keys(ANNEX_FORMATS).join(', ');
  throw new UsageError(...both('cli.annex.unknownExtension', { output, list }));
}

/** `plan-check annex <plan> -o annex.docx|.md|.html`: the compliance annex attached to the plan. */
export function annexCommand(onResult: (code: number) => void, lang: Lang = 'vi'): Command {
  return new Command('annex')
    .description('lập Phụ lục đối chiếu việc thực hiện các yêu cầu của kế hoạch cấp trên (compliance annex)')
    .argument('<plan>', 'tệp kế hoạch YAML')
    .option('-o, --output <file>', 'tệp kết quả: .docx, .md hoặc .html; không có thì in Markdown')
    .addOption(langOption(lang, 'vi hoặc en'))
    .addOption(new Option('--as-of <date>', 'ngày xét, YYYY-MM-DD; mặc định hôm nay').argParser(parseIsoDate))
    .option('--waivers <file>', 'tệp miễn trừ của người rà soát')
    .addHelpText(
      'after',
      '\nVí dụ:\n  $ plan-check annex plans/2026.yaml -o phu-luc.docx\n  $ plan-check annex plans/2026.yaml --waivers review.yaml -o phu-luc.html\n',
    )
    .action(async (plan: string, opts: AnnexOptions) => {
      checkOutputs([opts.output], [{ file: plan, role: ROLE.plan }, ...(opts.waivers ? [{ file: opts.waivers, role: ROLE.waivers }] : [])]);
      const kind = annexFormat(opts.output);
      const { check } = await import('../check.js');
      const { buildAnnex } = await import('../annex/annex-model.js');
      const report = await check([plan], {
        lang: opts.lang,
        audience: 'reviewer',
        ...(opts.asOf ? { asOf: opts.asOf } : {}),
        ...(opts.waivers ? { waivers: opts.waivers } : {}),
      });
      const file = report.files[0]!;
      const annex = buildAnnex(report, file);
      if (kind === 'docx') {
        const { annexDocx, stableDocx } = await import('../annex/annex-docx.js');
        const bytes = stableDocx(await annexDocx(annex), file.asOf ?? report.asOf);
        writeAtomic(opts.output!, bytes);
      } else {
        const { annexHtml, annexMarkdown } = await import('../annex/render-annex.js');
        const text = kind === 'html' ? annexHtml(annex) : annexMarkdown(annex);
        if (opts.output) writeAtomic(opts.output, text);
        else process.stdout.write(text);
      }
      onResult(file.plan.title ? 0 : 1);
    });
}
