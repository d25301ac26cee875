// The floor: only read and parse the files with yaml, keeping positions (LineCounter), sequentially.
import { readFileSync } from 'node:fs';
import { parseDocument, LineCounter } from 'yaml';
for (const file of process.argv.slice(2)) {
  const lineCounter = new LineCounter();
  parseDocument(readFileSync(file, 'utf8'), { lineCounter }).toJS();
}
