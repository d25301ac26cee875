import { readFileSync } from 'node:fs';

/** Lines of a fixture marked "# expect: <column>", as {line, column} (1-based). */
export function expectedMarks(file: string): { line: number; column: number }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const m = /# expect: (\d+)\s*$/.exec(text);
      return m ? [{ line: i + 1, column: Number(m[1]) }] : [];
    });
}
