import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** YAML files of a folder, sorted by name, or the file itself. */
export function yamlFilesIn(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(path, f));
}
