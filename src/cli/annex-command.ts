import { extname } from 'node:path';
import { Command, Option } from 'commander';
import { check } from '../check.js';
import { buildAnnex } from '../annex/annex-model.js';
import { annexHtml, annexMarkdown } from '../annex/render-annex.js';
import type { Lang } from '../types.js';
import { parseIsoDate, parseLang } from './options.js';
import { writeAtomic } from './write-atomic.js';

interface AnnexOptions {
  output?: string;
  lang: Lang;
  asOf?: string;
  waivers?: string;
}

/** `plan-check annex <plan> -o annex.docx|.md|.html`: the compliance annex attached to the plan. */
export function annexCommand(onResult: (code: number) => void): Command {
  return new Command('annex')
    .description('lập Phụ lục đối chiếu việc thực hiện các yêu cầu của kế hoạch cấp trên (compliance annex)')
    .argument('<plan>', 'tệp kế hoạch YAML')
    .option('-o, --output <file>', 'tệp kết quả: .docx, .md hoặc .html; không có thì in Markdown')
    .addOption(new Option('--lang <lang>', 'vi hoặc en').argParser(parseLang).default('vi'))
    .addOption(new Option('--as-of <date>', 'ngày xét, YYYY-MM-DD; mặc định hôm nay').argParser(parseIsoDate))
    .option('--waivers <file>', 'tệp miễn trừ của người rà soát')
    .addHelpText('after', '\nVí dụ:\n  $ plan-check annex plans/2026.yaml -o phu-luc.docx\n  $ plan-check annex plans/2026.yaml --waivers review.yaml -o phu-luc.html\n')
    .action(async (plan: string, opts: AnnexOptions) => {
      const report = await check([plan], { lang: opts.lang, ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.waivers ? { waivers: opts.waivers } : {}) });
      const file = report.files[0]!;
      const annex = buildAnnex(report, file);
      const ext = opts.output ? extname(opts.output).toLowerCase() : '.md';
      if (ext === '.docx') {
        const { annexDocx, stableDocx } = await import('../annex/annex-docx.js');
        const bytes = stableDocx(await annexDocx(annex), file.asOf ?? report.asOf);
        writeAtomic(opts.output!, bytes);
      } else {
        const text = ext === '.html' || ext === '.htm' ? annexHtml(annex) : annexMarkdown(annex);
        if (opts.output) writeAtomic(opts.output, text);
        else process.stdout.write(text);
      }
      onResult(file.plan.title ? 0 : 1);
    });
}
