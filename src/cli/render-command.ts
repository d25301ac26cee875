import { extname } from 'node:path';
import { Command } from 'commander';
import type { Lang } from '../types.js';
import { langOption } from './cli-lang.js';
import { refuseOverwrite, writeAtomic } from './write-atomic.js';
import { checkOutputs, outputKind, ROLE } from './output-file.js';
import { UsageError } from '../errors/usage-error.js';
import { both, msg } from '../messages/index.js';

interface RenderOpts {
  output: string;
  force?: boolean;
  lang: Lang;
}

/** `plan-check render plans/2026.yaml -o ke-hoach.docx`: the plan as the Word document to be signed. */
export function renderCommand(onResult: (code: number) => void, lang: Lang = 'vi'): Command {
  return new Command('render')
    .description('in kế hoạch ra tệp Word để trình ký, theo thể thức Nghị định 30/2020 (render the plan to .docx)')
    .argument('<plan>', 'tệp kế hoạch YAML')
    .requiredOption('-o, --output <file>', 'tệp .docx sẽ tạo')
    .option('--force', 'ghi đè tệp đã có')
    .addOption(langOption(lang, 'ngôn ngữ thông báo: vi hoặc en'))
    .addHelpText(
      'after',
      '\nVí dụ:\n  $ plan-check render plans/2026.yaml -o ke-hoach-2026.docx\n\n' +
        'Gồm: Quyết định (tiêu đề, căn cứ, các Điều, nơi nhận, chữ ký), Kế hoạch, và Phụ lục nhiệm vụ (trang ngang).\n' +
        'Kế hoạch ban hành trực tiếp (KH-UBND) được in là Kế hoạch (số, ngày, căn cứ, nơi nhận, chữ ký), không kèm Quyết định.\n' +
        'Cùng một kế hoạch luôn cho cùng một tệp (ngày trong tệp là ngày của văn bản).\n',
    )
    .action(async (file: string, opts: RenderOpts) => {
      if (extname(opts.output).toLowerCase() !== '.docx' && outputKind(opts.output) === 'file')
        throw new UsageError(...both('cli.render.docxOnly'));
      checkOutputs([opts.output], [{ file, role: ROLE.plan }]);
      refuseOverwrite(opts.output, opts.force, opts.lang);
      const { loadPlan } = await import('../plan/load-plan.js');
      const loaded = loadPlan(file, opts.lang);
      if (!loaded.plan) {
        for (const f of loaded.findings) process.stderr.write(`${f.location.file}:${f.location.line}:${f.location.column}: ${f.message}\n`);
        throw new UsageError(...both('cli.render.notAPlan', { file }));
      }
      const { planDocx } = await import('../render/plan-docx.js');
      const { stableDocx } = await import('../docx/nd30.js');
      const { planDocument } = await import('../render/plan-document.js');
      const plan = loaded.plan;
      const bytes = stableDocx(await planDocx(planDocument(plan)), plan.plan.document.date ?? `${plan.plan.year}-01-01`);
      writeAtomic(opts.output, bytes);
      process.stderr.write(`${msg(opts.lang, 'cli.render.done', { n: plan.tasks.length, output: opts.output })}\n`);
      onResult(0);
    });
}
