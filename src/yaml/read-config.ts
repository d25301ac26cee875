import { InputError, readSource } from './read-source.js';
import { parseLocated, type LocatedYaml } from './parse-located.js';
import { locateRange } from './locate.js';
import { ConfigFileError, type ConfigKind } from './config-file-error.js';

export { brokenConfigLabel, ConfigFileError, type ConfigKind } from './config-file-error.js';

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
