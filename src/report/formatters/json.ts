import type { FileReport, Report, Summary } from '../../types.js';

type Write = (chunk: string) => void;

/** A value as it appears nested `depth` levels deep in the report printed with two-space indent. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));

/**
 * The JSON contract (DESIGN.md): one object, stable field names, 1-based positions. Written in
 * pieces, one per file, so a report on any number of plans is never one string (the bytes are
 * those of JSON.stringify(report, null, 2)).
 */
export function writeJson(report: Report, write: Write): void {
  const { files, ...rest } = report;
  const head = Object.entries(rest).filter(([k]) => k !== 'summary');
  write('{\n');
  for (const [k, v] of head) write(`  ${JSON.stringify(k)}: ${nested(v, 1)},\n`);
  writeFiles(files, write);
  write(`,\n  "summary": ${nested(report.summary, 1)}\n}\n`);
}

function writeFiles(files: FileReport[], write: Write): void {
  if (!files.length) return write('  "files": []');
  write('  "files": [\n');
  files.forEach((f, i) => write(`${i ? ',\n' : ''}    ${nested(f, 2)}`));
  write('\n  ]');
}

/** One file of the report as it is written in the report's "files" list. */
export function jsonOfFile(f: FileReport): string {
  return nested(f, 2);
}

export function formatJson(report: Report): string {
  const parts: string[] = [];
  writeJson(report, (c) => parts.push(c));
  return parts.join('');
}

/**
 * The same report written while a batch runs: the head first, each file as it is done, the summary
 * at the end. Byte for byte what writeJson gives for a report without signing verdict.
 */
export class JsonStream {
  private count = 0;
  constructor(private readonly write: Write) {}

  begin(head: Pick<Report, 'tool' | 'asOf' | 'lang' | 'generatedAt'>): void {
    this.write('{\n');
    for (const [k, v] of Object.entries(head)) if (v !== undefined) this.write(`  ${JSON.stringify(k)}: ${nested(v, 1)},\n`);
    this.write('  "files": [');
  }

  file(f: FileReport): void {
    this.fileText(jsonOfFile(f));
  }

  /** A file as jsonOfFile wrote it (perhaps in another thread). */
  fileText(text: string): void {
    this.write(`${this.count++ ? ',' : ''}\n    ${text}`);
  }

  end(summary: Summary): void {
    this.write(this.count ? '\n  ]' : ']');
    this.write(`,\n  "summary": ${nested(summary, 1)}\n}\n`);
  }
}
