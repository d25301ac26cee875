import { dirname, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../util/package-root.js';
import type { Lang } from '../types.js';
import { langOption } from './cli-lang.js';
import { msg } from '../messages/index.js';
import { refuseOverwrite, writeAtomic } from './write-atomic.js';
import { checkOutputs, ROLE } from './output-file.js';

interface ImportOpts {
  output?: string;
  force?: boolean;
  strict?: boolean;
  lang: Lang;
}

/** `plan-check import plan.docx -o plans/2026.yaml`: a Word file or a text conversion into plan YAML. */
export function importCommand(onResult: (code: number) => void, lang: Lang = 'vi'): Command {
  return new Command('import')
    .description('chuyển văn bản kế hoạch (.docx hoặc văn bản thuần) thành tệp kế hoạch YAML (import a plan document)')
    .argument('<file>', 'tệp .docx, hoặc văn bản thuần có bảng | hoặc bảng tab')
    .option('-o, --output <file>', 'tệp YAML sẽ tạo; không có thì in ra màn hình')
    .option('--force', 'ghi đè tệp đã có')
    .option(
      '--strict',
      'thoát mã 1 nếu còn đoạn chưa xếp được hoặc có bảng nhiệm vụ không đọc được (exit 1 when anything is left unplaced or a task table could not be read)',
    )
    .addOption(langOption(lang, 'ngôn ngữ thông báo: vi hoặc en'))
    .addHelpText(
      'after',
      '\nVí dụ:\n  $ plan-check import ke-hoach-2026.docx -o plans/2026.yaml\n  $ plan-check import ban-chuyen-doi.txt > plans/nhap.yaml\n  $ plan-check plans/2026.yaml     kiểm tra ngay kế hoạch vừa nhập\n\n' +
        'Những đoạn, hàng bảng hay số liệu chưa xếp được được liệt kê kèm vị trí (dòng, đoạn, bảng/hàng) trên stderr.\n',
    )
    .action(async (file: string, opts: ImportOpts) => {
      checkOutputs([opts.output], [{ file, role: ROLE.document }]);
      refuseOverwrite(opts.output, opts.force, opts.lang);
      const { importDocument } = await import('../import/import-document.js');
      const { formatImportNotes } = await import('../import/import-report.js');
      const { planYaml } = await import('../plan/plan-yaml.js');
      const { plan, notes, warnings, unplaced } = await importDocument(file, 'import');
      const schema = resolve(packageRoot, 'schema', 'plan.schema.json');
      const schemaRef = opts.output ? relative(dirname(resolve(opts.output)), schema) : relative(process.cwd(), schema);
      const text = planYaml(plan, schemaRef.split('\\').join('/'), [plan.plan.title]);
      if (opts.output) writeAtomic(opts.output, text);
      else process.stdout.write(text);
      for (const w of warnings) process.stderr.write(`plan-check import: ${w}\n`);
      for (const line of formatImportNotes(file, notes, opts.lang)) process.stderr.write(`${line}\n`);
      const summary = msg(opts.lang, 'cli.import.summary', {
        tasks: plan.tasks.length,
        bases: plan.plan.legal_basis?.length ?? 0,
        unplaced,
        others: notes.length - unplaced,
        output: opts.output ? ` → ${opts.output}` : '',
      });
      process.stderr.write(`${summary}\n`);
      // A task-like table from which no task was read is a warning always, and fails --strict.
      const unreadTables = notes.filter((n) => n.kind === 'table-no-task').length;
      onResult(opts.strict && unplaced + unreadTables > 0 ? 1 : 0);
    });
}
