import { ConfigError, type ConfigKind } from '../errors/config-error.js';
import { InputError } from '../errors/input-error.js';
import { readSource, type SourceText } from './read-source.js';
import { parseLocated, type LocatedYaml } from './parse-located.js';
import { locateRange } from './locate.js';

/**
 * Reads a configuration file the project itself relies on (rule set, registry, waivers): any
 * problem reading or parsing it stops the run (exit 2) with the file, position and `kind`.
 */
export function readConfigYaml(file: string, kind: ConfigKind = 'ruleset'): { src: LocatedYaml; sha256: string } {
  const source = readConfigSource(file, kind);
  return { src: parseConfigSource(file, source.text, kind), sha256: source.sha256 };
}

/** The bytes of a configuration file, decoded and hashed; unreadable: a ConfigError of `kind`. */
export function readConfigSource(file: string, kind: ConfigKind = 'ruleset'): SourceText {
  try {
    return readSource(file);
  } catch (err) {
    if (err instanceof InputError) throw new ConfigError(err.message, err.messageEn, file, 1, 1, undefined, kind);
    throw err;
  }
}

/** The parsed text of a configuration file; the first syntax problem: a ConfigError of `kind`. */
export function parseConfigSource(file: string, text: string, kind: ConfigKind = 'ruleset'): LocatedYaml {
  const src = parseLocated(text);
  const first = src.problems[0];
  if (first) {
    const loc = locateRange(file, src, first.range);
    throw new ConfigError(first.message.vi, first.message.en, file, loc.line, loc.column, undefined, kind);
  }
  return src;
}
