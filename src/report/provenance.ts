import type { FileReport, Report } from '../types.js';
import { msg } from '../messages/index.js';

/**
 * What a report was made from, so a signed copy can be matched to the file reviewed: the plan's
 * SHA-256, each rule set's id, version, the file actually loaded and its hash, the registry's hash, the tool and the as-of date.
 */
export function provenanceLines(report: Report, file: FileReport): string[] {
  const lang = report.lang;
  const lines = [
    msg(lang, 'report.provenance.plan', { file: file.file, sha256: file.sha256 }),
    ...file.rulesets.map(
      (r) =>
        `${msg(lang, 'report.provenance.ruleset', { id: r.id, version: r.version })}${r.file ? ` · ${r.file}` : ''}${r.sha256 ? ` · SHA-256 ${r.sha256}` : ''}`,
    ),
  ];
  if (file.registry) lines.push(msg(lang, 'report.provenance.registry', { n: file.registry.documents, sha256: file.registry.sha256 }));
  if (file.waivers) lines.push(msg(lang, 'report.provenance.waivers', { file: file.waivers.file, sha256: file.waivers.sha256 }));
  lines.push(
    msg(lang, 'report.provenance.tool', { name: report.tool.name, version: report.tool.version, asOf: file.asOf ?? report.asOf }) +
      (report.generatedAt ? msg(lang, 'report.provenance.generated', { at: report.generatedAt }) : ''),
  );
  return lines;
}
