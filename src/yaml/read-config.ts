import { ConfigError, type ConfigKind } from '../errors/config-error.js';
import { InputError } from '../errors/input-error.js';
import { readSource } from './read-source.js';
import { parseLocated, type LocatedYaml } from './parse-located.js';
import { locateRange } from './locate.js';

/**
 * Reads a configuration file the project itself relies on (rule set, registry, waivers): any
 * problem reading or parsing it stops the run (exit 2) with the file, position and `kind`.
 */
export function readConfigYaml(file: string, kind: ConfigKind = 'ruleset'): { src: LocatedYaml; sha256: string } {
  let source;
  try {
    source = readSource(file);
  } catch (err) {
    if (err instanceof InputError) throw new ConfigError(err.message, err.messageEn, file, 1, 1, undefined, kind);
    throw err;
  }
  const src = parseLocated(source.text);
  const first = src.problems[0];
  if (first) {
    const loc = locateRange(file, src, first.range);
    throw new ConfigError(first.message.vi, first.message.en, file, loc.line, loc.column, undefined, kind);
  }
  return { src, sha256: source.sha256 };
}
