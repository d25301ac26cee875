import { RuleSetError } from '../errors/ruleset-error.js';
import type { Lang } from '../types.js';
import { InputError, readSource } from './read-source.js';
import { parseLocated, type LocatedYaml } from './parse-located.js';
import { locateRange } from './locate.js';

/** What a configuration file is to the user, so that a broken one is named as what it is. */
export type ConfigKind = 'ruleset' | 'registry' | 'waivers' | 'baseline' | 'cache' | 'vocabulary';

const BROKEN: Record<ConfigKind, Record<Lang, string>> = {
  ruleset: { vi: 'bộ quy tắc hỏng', en: 'broken rule set' },
  registry: { vi: 'cơ sở dữ liệu văn bản hỏng', en: 'broken legal registry' },
  waivers: { vi: 'tệp miễn trừ hỏng', en: 'broken waivers file' },
  baseline: { vi: 'tệp baseline hỏng', en: 'broken baseline file' },
  cache: { vi: 'tệp bộ nhớ đệm hỏng', en: 'broken cache file' },
  vocabulary: { vi: 'danh mục chỉ tiêu hỏng', en: 'broken metric vocabulary' },
};

/** A broken configuration file of a known kind (a RuleSetError for callers that stop on any). */
export class ConfigFileError extends RuleSetError {
  constructor(
    readonly kind: ConfigKind,
    vi: string,
    en: string,
    file: string,
    line: number,
    column: number,
    ruleId?: string,
  ) {
    super(vi, en, file, line, column, ruleId);
    this.name = 'ConfigFileError';
  }
}

/** The words that open the message of a broken configuration file: "tệp miễn trừ hỏng", "bộ quy tắc hỏng". */
export function brokenConfigLabel(err: RuleSetError, lang: Lang): string {
  return BROKEN[err instanceof ConfigFileError ? err.kind : 'ruleset'][lang];
}

/**
 * Reads a configuration file the project itself relies on (rule set, registry, waivers): any
 * problem reading or parsing it stops the run (exit 2) with the file, position and `kind`.
 */
export function readConfigYaml(file: string, kind: ConfigKind = 'ruleset'): { src: LocatedYaml; sha256: string } {
  let source;
  try {
    source = readSource(file);
  } catch (err) {
    if (err instanceof InputError) throw new ConfigFileError(kind, err.message, err.messageEn, file, 1, 1);
    throw err;
  }
  const src = parseLocated(source.text);
  const first = src.problems[0];
  if (first) {
    const loc = locateRange(file, src, first.range);
    throw new ConfigFileError(kind, first.message.vi, first.message.en, file, loc.line, loc.column);
  }
  return { src, sha256: source.sha256 };
}
