/**
 * The steps a reader of README.md follows, in order: files the README asks them to save (a ```yaml
 * block whose first line is `# tệp <path>`) and commands (each line of a ```bash block). Each
 * command states its exit code at the end of its comment: `# … mã thoát 1` (or `# … exit 1` in the
 * English part), the convention README.md explains.
 */
export type ReadmeStep =
  | { kind: 'file'; line: number; path: string; content: string }
  | { kind: 'command'; line: number; command: string; exitCode: number | undefined };

const FENCE = /^```(\w*)/;
const FILE_NAME = /^# tệp (\S+)/;
const EXIT_CODE = /(?:mã thoát|exit(?: code)?) (\d+)\s*$/;

export function readmeSteps(markdown: string): ReadmeStep[] {
  const lines = markdown.split('\n');
  const steps: ReadmeStep[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith('```')) end++;
    const body = lines.slice(start, end);
    if (open[1] === 'bash') steps.push(...commands(body, start));
    if (open[1] === 'yaml') {
      const name = FILE_NAME.exec(body[0] ?? '');
      if (name) steps.push({ kind: 'file', line: start + 1, path: name[1]!, content: body.join('\n') + '\n' });
    }
    i = end;
  }
  return steps;
}

function commands(body: string[], firstIndex: number): ReadmeStep[] {
  const out: ReadmeStep[] = [];
  body.forEach((raw, k) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [command, comment] = splitComment(line);
    const code = EXIT_CODE.exec(comment);
    out.push({ kind: 'command', line: firstIndex + k + 1, command, exitCode: code ? Number(code[1]) : undefined });
  });
  return out;
}

/** Splits `cmd args  # comment` at the first ` #` outside quotes. */
function splitComment(line: string): [string, string] {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
  }
  return [line, ''];
}
