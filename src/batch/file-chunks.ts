import type { FormatName } from '../report/formatters/format-names.js';
import { formatTerminal } from '../report/formatters/terminal.js';
import { formatGithub } from '../report/formatters/github.js';
import { jsonOfFile } from '../report/formatters/json.js';
import { buildReport } from '../report/build-report.js';
import { TOOL } from '../tool.js';
import { todayIso } from '../util/dates.js';
import type { FileReport, Lang } from '../types.js';

/**
 * What a batch streams of each file, in every format asked for (text, github, json): plain data,
 * so that a worker thread can write a file's part of the output where it checked the file and
 * send the parent only that text and the file's reduced result.
 */
export interface StreamSpec {
  formats: FormatName[];
  /** Per format: whether its output is coloured (text on a terminal). */
  colors: boolean[];
  lang: Lang;
  asOf?: string;
  /** --all: every passed checklist item on its own line. */
  all?: boolean;
}

/** A file's result (in report form) as each format of the spec streams it: one text per format. */
export function fileChunks(fr: FileReport, spec: StreamSpec): string[] {
  let single: ReturnType<typeof buildReport> | undefined;
  const report = () => (single ??= buildReport({ tool: TOOL, asOf: spec.asOf ?? todayIso(), lang: spec.lang, files: [fr] }));
  // only the streamable formats come here (canStream): text, github, json
  return spec.formats.map((name, i) =>
    name === 'json'
      ? jsonOfFile(report().files[0]!)
      : name === 'github'
        ? formatGithub(report())
        : formatTerminal(report(), { color: !!spec.colors[i], filesOnly: true, ...(spec.all ? { all: true } : {}) }),
  );
}

/** The spec as the cache tells outputs apart: everything that shapes a file's output, the date resolved. */
export function specKey(spec: StreamSpec): string {
  return JSON.stringify({ ...spec, asOf: spec.asOf ?? todayIso() });
}
