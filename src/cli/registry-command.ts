import { join } from 'node:path';
import { Command, Option } from 'commander';
import { statusOn } from '../legal/status.js';
import { msg } from '../messages/index.js';
import type { LegalDoc } from '../legal/registry-types.js';
import { DEFAULT_RULES_DIR } from '../rules/rules-dir.js';
import { formatVnDate, todayIso } from '../util/dates.js';
import type { Lang } from '../types.js';
import { parseIsoDate } from './options.js';
import { langOption } from './cli-lang.js';

interface RegistryOptions {
  asOf?: string;
  lang: Lang;
  json?: boolean;
}

/** `plan-check registry <ref>`: what the registry says of a document on a date. */
export function registryCommand(onResult: (code: number) => void, lang: Lang = 'vi'): Command {
  return new Command('registry')
    .description('tra cứu hiệu lực một văn bản trong cơ sở dữ liệu (look a document up in the legal registry)')
    .argument('<ref...>', 'số, ký hiệu hoặc tên: "118/2025/NĐ-CP", "nghị định 118/2025", "Luật Tổ chức chính quyền địa phương"')
    .addOption(new Option('--as-of <date>', 'ngày xét, YYYY-MM-DD; mặc định hôm nay').argParser(parseIsoDate))
    .addOption(langOption(lang, 'vi hoặc en'))
    .option('--json', 'in kết quả dạng JSON (print JSON)')
    .addHelpText(
      'after',
      '\nVí dụ:\n  $ plan-check registry 61/2018/NĐ-CP --as-of 2025-06-01\n  $ plan-check registry "nghị định 118/2025"\n',
    )
    .action(async (ref: string[], opts: RegistryOptions) => {
      const { loadRegistry } = await import('../legal/registry.js');
      const registry = loadRegistry(join(DEFAULT_RULES_DIR, 'legal'));
      const asOf = opts.asOf ?? todayIso();
      const docs = registry.search(ref.join(' '));
      if (opts.json) {
        process.stdout.write(
          JSON.stringify({ query: ref.join(' '), asOf, documents: docs.map((d) => ({ ...d, status: statusOn(d, asOf) })) }, null, 2) + '\n',
        );
      } else if (docs.length === 0) {
        process.stdout.write(`${msg(opts.lang, 'cli.registry.notFound', { ref: ref.join(' ') })}\n`);
      } else {
        for (const d of docs) process.stdout.write(describeDoc(d, asOf, opts.lang) + '\n');
      }
      onResult(docs.length ? 0 : 1);
    });
}

function describeDoc(d: LegalDoc, asOf: string, lang: Lang): string {
  const s = statusOn(d, asOf);
  const date = (x?: string) => (x ? formatVnDate(x) : msg(lang, 'cli.registry.unknownDate'));
  const lines = [
    `${d.type} ${d.ref}${d.title ? ` ${d.title}` : ''}`,
    `  ${msg(lang, 'cli.registry.issuer')}: ${d.issuer}`,
    `  ${msg(lang, 'cli.registry.dates', { signed: date(d.signed), inForce: date(d.in_force) })}${d.ended ? msg(lang, 'cli.registry.ended', { ended: date(d.ended) }) : ''}`,
    `  ${msg(lang, 'cli.registry.status', {
      asOf,
      verdict: msg(lang, `legal.verdict.${s.verdict}`).toUpperCase(),
      confidence: s.confidence,
      confidenceLabel: msg(lang, `legal.confidence.${s.confidence}`),
    })}`,
  ];
  if (d.replaced_by?.length) lines.push(`  ${msg(lang, 'cli.registry.replacedBy')}: ${d.replaced_by.join(', ')}`);
  if (d.replaces?.length) lines.push(`  ${msg(lang, 'cli.registry.replaces')}: ${d.replaces.join(', ')}`);
  if (d.amended_by?.length)
    lines.push(
      `  ${msg(lang, 'cli.registry.amendedBy')}: ${d.amended_by.map((a) => `${a.ref}${a.date ? ` (${formatVnDate(a.date)})` : ''}`).join(', ')}`,
    );
  if (d.amends?.length) lines.push(`  ${msg(lang, 'cli.registry.amends')}: ${d.amends.join(', ')}`);
  if (d.note) lines.push(`  ${msg(lang, 'cli.registry.note')}: ${d.note}`);
  lines.push(
    `  ${msg(lang, 'cli.registry.source')}: ${d.source}${d.origin ? ` [${d.origin.replace(DEFAULT_RULES_DIR + '/', 'rules/')}]` : ''}`,
  );
  for (const u of d.source_url ?? []) lines.push(`    ${u}`);
  for (const c of d.cited_in ?? []) lines.push(`    ${msg(lang, 'cli.registry.citedIn')}: ${c.plan} (${c.place})`);
  if (d.searched) lines.push(`    ${msg(lang, 'cli.registry.searched', { on: d.searched.on, where: d.searched.where })}`);
  return lines.join('\n');
}
