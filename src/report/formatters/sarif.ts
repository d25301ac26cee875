import type { Finding, Report, Severity, Source } from '../../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function help(source: Source | undefined, fix: string | undefined): string {
  const parts = [];
  if (source) parts.push(`${source.ref}${source.title ? ` — ${source.title}` : ''}${source.article ? ` (${source.article})` : ''}`);
  if (fix) parts.push(fix);
  return parts.join('\n') || 'plan-check';
}

/** SARIF 2.1.0: one rule per rule id with its source as help, results with regions, waivers as suppressions. */
export function formatSarif(report: Report): string {
  const rules = new Map<string, { id: string; title: string; severity: Severity; source?: Source; fix?: string }>();
  for (const file of report.files) {
    for (const check of file.checks) {
      for (const f of check.findings) {
        if (!rules.has(f.ruleId))
          rules.set(f.ruleId, {
            id: f.ruleId,
            title: f.ruleId === check.ruleId ? check.title : f.ruleId,
            severity: f.severity,
            ...(f.source ? { source: f.source } : {}),
            ...(f.fix ? { fix: f.fix } : {}),
          });
      }
      if (!rules.has(check.ruleId) && check.findings.length === 0) {
        rules.set(check.ruleId, {
          id: check.ruleId,
          title: check.title,
          severity: check.severity,
          ...(check.source ? { source: check.source } : {}),
        });
      }
    }
  }
  const ruleList = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const artifacts = report.files.map((f) => ({ location: { uri: toUri(f.file) }, hashes: { 'sha-256': f.sha256 } }));
  const fileIndex = new Map(report.files.map((f, i) => [f.file, i]));
  const results = report.files.flatMap((file) =>
    file.findings.map((f) => result(f, index.get(f.ruleId) ?? 0, fileIndex.get(f.location.file))),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: 'https://plan-check.local/',
            rules: ruleList.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.title },
              fullDescription: { text: r.title },
              help: { text: help(r.source, r.fix) },
              ...(r.source?.url ? { helpUri: r.source.url } : {}),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { ...(r.source ? { source: r.source.ref } : {}) },
            })),
          },
        },
        artifacts,
        results,
        properties: { asOf: report.asOf, lang: report.lang },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function result(f: Finding, ruleIndex: number, artifactIndex: number | undefined) {
  const l = f.location;
  const endLine = l.endLine ?? l.line;
  const region = {
    startLine: l.line,
    startColumn: l.column,
    ...(l.endLine ? { endLine } : {}),
    ...(l.endColumn && (endLine > l.line || l.endColumn >= l.column) ? { endColumn: l.endColumn } : {}),
  };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.fix ? `${f.message}\n${f.fix}` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(f.location.file), ...(artifactIndex !== undefined ? { index: artifactIndex } : {}) },
          region,
        },
        ...(f.subject ? { logicalLocations: [{ name: f.subject.id, kind: f.subject.kind }] } : {}),
      },
    ],
    partialFingerprints: { 'planCheck/v1': `${f.ruleId}:${f.subject?.kind ?? ''}:${f.subject?.id ?? ''}:${f.location.pointer}` },
    // a finding recorded in the --baseline file: still a finding, marked as already there
    ...(f.baselined ? { baselineState: 'unchanged' } : {}),
    ...(f.waiver
      ? {
          suppressions: [
            { kind: 'external', status: 'accepted', justification: `${f.waiver.reason} — ${f.waiver.approvedBy}, ${f.waiver.reference}` },
          ],
        }
      : {}),
    properties: { pointer: f.location.pointer, ...(f.source ? { source: f.source.ref } : {}) },
  };
}

function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
