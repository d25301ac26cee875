// The floor: only read and parse YAML files with positions (yaml's LineCounter), one after another.
// node bench/floor.mjs [--part K/N] <file or folder> ...: with --part, every N-th file from the K-th
// (1-based) of the sorted list, so that N processes share the files as N workers would.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';

const args = process.argv.slice(2);
let part = [1, 1];
const partAt = args.indexOf('--part');
if (partAt >= 0) {
  part = args[partAt + 1].split('/').map(Number);
  args.splice(partAt, 2);
}
const yamlFiles = (p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .flatMap((e) => (e.startsWith('.') ? [] : yamlFiles(join(p, e))))
    : /\.ya?ml$/.test(p)
      ? [p]
      : [];
const files = args.flatMap(yamlFiles).filter((_, i) => i % part[1] === part[0] - 1);
for (const file of files) {
  const lineCounter = new LineCounter();
  parseDocument(readFileSync(file, 'utf8'), { lineCounter }).toJS();
}
