import type { FileReport, Report } from '../types.js';

/**
 * What a report was made from, so a signed copy can be matched to the file reviewed: the plan's
 * SHA-256, each rule set's id, version, the file actually loaded and its hash, the registry's hash, the tool and the as-of date.
 */
export function provenanceLines(report: Report, file: FileReport): string[] {
  const vi = report.lang === 'vi';
  const lines = [
    `${vi ? 'Tệp kế hoạch' : 'Plan file'}: ${file.file} · SHA-256 ${file.sha256}`,
    ...file.rulesets.map(
      (r) =>
        `${vi ? 'Bộ quy tắc' : 'Rule set'}: ${r.id} ${r.version}${r.file ? ` · ${r.file}` : ''}${r.sha256 ? ` · SHA-256 ${r.sha256}` : ''}`,
    ),
  ];
  if (file.registry)
    lines.push(
      `${vi ? 'Cơ sở dữ liệu văn bản' : 'Legal registry'}: ${file.registry.documents} ${vi ? 'văn bản' : 'documents'} · SHA-256 ${file.registry.sha256}`,
    );
  if (file.waivers) lines.push(`${vi ? 'Tệp miễn trừ' : 'Waivers file'}: ${file.waivers.file} · SHA-256 ${file.waivers.sha256}`);
  lines.push(
    `${vi ? 'Công cụ' : 'Tool'}: ${report.tool.name} ${report.tool.version} · ${vi ? 'ngày xét' : 'as of'} ${file.asOf ?? report.asOf}${report.generatedAt ? ` · ${vi ? 'lập lúc' : 'generated'} ${report.generatedAt}` : ''}`,
  );
  return lines;
}
