import { readFileSync } from 'node:fs';

/**
 * Lines of a fixture marked "# expect: <column>" or "# expect: @<text>" (the column where <text>
 * starts on that line), as {line, column} (1-based). "# expect: 5 5" expects two findings there.
 */
export function expectedMarks(file: string): { line: number; column: number }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const m = /\s# expect: (.+?)\s*$/.exec(text);
      if (!m) return [];
      const code = text.slice(0, m.index);
      const spec = m[1]!;
      if (spec.startsWith('@')) {
        const at = code.indexOf(spec.slice(1));
        if (at < 0) throw new Error(`${file}:${i + 1}: "${spec.slice(1)}" not found on the line`);
        return [{ line: i + 1, column: at + 1 }];
      }
      return spec.split(/\s+/).map((n) => ({ line: i + 1, column: Number(n) }));
    });
}
