import { todayIso } from '../util/dates.js';
import { TOOL } from '../tool.js';
import { format, type FormatName } from '../report/formatters/index.js';
import { JsonStream, writeJson } from '../report/formatters/json.js';
import { formatTerminalSummary } from '../report/formatters/terminal.js';
import { fileChunks, type StreamSpec } from './file-chunks.js';
import type { FileReport, Lang, Report } from '../types.js';
import type { Sink } from '../report/sink.js';

/** Formats a batch can write file by file, holding only a summary of the files already written. */
const STREAMABLE: readonly FormatName[] = ['text', 'github', 'json'];

export function canStream(formats: FormatName[]): boolean {
  return formats.every((f) => STREAMABLE.includes(f));
}

/**
 * Writes a run's report in every format asked for. Streaming (a batch): each file is written as
 * soon as it is done, from its full result, and the end (text summary, JSON summary) from the
 * run's report, whose counts are exact. Otherwise the whole report at the end; JSON is still
 * written file by file, never as one string.
 */
export class ReportWriter {
  private readonly json: (JsonStream | undefined)[];
  private begun = false;

  constructor(
    private readonly formats: FormatName[],
    private readonly sinks: Sink[],
    private readonly meta: { lang: Lang; asOf?: string; timestamp?: Date; all?: boolean },
  ) {
    this.json = formats.map((f, i) => (f === 'json' ? new JsonStream((c) => sinks[i]!.write(c)) : undefined));
  }

  /** One file's result (in report form) while the batch runs. */
  file(fr: FileReport): void {
    this.chunks(fileChunks(fr, this.spec()));
  }

  /** What file() writes, as plain data: a worker thread renders a file's output itself (fileChunks). */
  spec(): StreamSpec {
    return {
      formats: this.formats,
      colors: this.sinks.map((s) => s.color),
      lang: this.meta.lang,
      ...(this.meta.asOf ? { asOf: this.meta.asOf } : {}),
      ...(this.meta.all ? { all: true } : {}),
    };
  }

  /** One file's output, one text per format (fileChunks of the spec), while the batch runs. */
  chunks(chunks: string[]): void {
    this.begin();
    this.formats.forEach((name, i) => {
      if (name === 'json') this.json[i]!.fileText(chunks[i]!);
      else this.sinks[i]!.write(chunks[i]!);
    });
  }

  /** The end of the run: what is left to write in each format; then every output is closed. */
  finish(report: Report, streamed: boolean): void {
    if (streamed) this.begin();
    this.formats.forEach((name, i) => {
      const sink = this.sinks[i]!;
      if (streamed) {
        if (name === 'text') sink.write(formatTerminalSummary(report, { color: sink.color }));
        else if (name === 'json') this.json[i]!.end(report.summary);
      } else if (name === 'json') writeJson(report, (c) => sink.write(c));
      else sink.write(format(name, report, { color: sink.color, ...(this.meta.all ? { all: true } : {}) }));
      sink.close();
    });
  }

  private begin(): void {
    if (this.begun) return;
    this.begun = true;
    const asOf = this.meta.asOf ?? todayIso();
    const head = {
      tool: TOOL,
      asOf,
      lang: this.meta.lang,
      ...(this.meta.timestamp ? { generatedAt: this.meta.timestamp.toISOString() } : {}),
    };
    this.json.forEach((j) => j?.begin(head));
  }
}
