import { join } from 'node:path';
import { Command, Option } from 'commander';
import { CONFIDENCE_LABEL, statusOn, VERDICT_LABEL } from '../legal/status.js';
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
        process.stdout.write(
          opts.lang === 'vi'
            ? `Không có văn bản "${ref.join(' ')}" trong cơ sở dữ liệu: hiệu lực chưa xác định.\n`
            : `No document "${ref.join(' ')}" in the registry: its status is unknown.\n`,
        );
      } else {
        for (const d of docs) process.stdout.write(describeDoc(d, asOf, opts.lang) + '\n');
      }
      onResult(docs.length ? 0 : 1);
    });
}

function describeDoc(d: LegalDoc, asOf: string, lang: Lang): string {
  const s = statusOn(d, asOf);
  const vi = lang === 'vi';
  const date = (x?: string) => (x ? formatVnDate(x) : vi ? 'chưa rõ' : 'unknown');
  const lines = [
    `${d.type} ${d.ref}${d.title ? ` ${d.title}` : ''}`,
    `  ${vi ? 'Cơ quan ban hành' : 'Issuer'}: ${d.issuer}`,
    `  ${vi ? 'Ngày ký' : 'Signed'}: ${date(d.signed)} · ${vi ? 'hiệu lực từ' : 'in force from'}: ${date(d.in_force)}${d.ended ? ` · ${vi ? 'hết hiệu lực từ' : 'ended'}: ${date(d.ended)}` : ''}`,
    `  ${vi ? 'Tại ngày' : 'On'} ${formatVnDate(asOf)}: ${VERDICT_LABEL[lang][s.verdict].toUpperCase()} (${vi ? 'độ tin cậy' : 'confidence'} ${s.confidence}: ${CONFIDENCE_LABEL[lang][s.confidence]})`,
  ];
  if (d.replaced_by?.length) lines.push(`  ${vi ? 'Được thay thế bởi' : 'Replaced by'}: ${d.replaced_by.join(', ')}`);
  if (d.replaces?.length) lines.push(`  ${vi ? 'Thay thế' : 'Replaces'}: ${d.replaces.join(', ')}`);
  if (d.amended_by?.length)
    lines.push(
      `  ${vi ? 'Được sửa đổi bởi' : 'Amended by'}: ${d.amended_by.map((a) => `${a.ref}${a.date ? ` (${formatVnDate(a.date)})` : ''}`).join(', ')}`,
    );
  if (d.amends?.length) lines.push(`  ${vi ? 'Sửa đổi' : 'Amends'}: ${d.amends.join(', ')}`);
  if (d.note) lines.push(`  ${vi ? 'Ghi chú' : 'Note'}: ${d.note}`);
  lines.push(`  ${vi ? 'Nguồn' : 'Source'}: ${d.source}${d.origin ? ` [${d.origin.replace(DEFAULT_RULES_DIR + '/', 'rules/')}]` : ''}`);
  for (const u of d.source_url ?? []) lines.push(`    ${u}`);
  for (const c of d.cited_in ?? []) lines.push(`    ${vi ? 'trích dẫn trong' : 'cited in'}: ${c.plan} (${c.place})`);
  if (d.searched)
    lines.push(
      `    ${vi ? 'chưa tìm thấy nguồn công khai; đã tìm' : 'no public source found; searched'} ${d.searched.on}: ${d.searched.where}`,
    );
  return lines.join('\n');
}
