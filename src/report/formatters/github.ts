import type { Report } from '../../types.js';
import { showText } from '../../text/safe-text.js';

// GitHub's workflow-command escapes (% CR LF in the message; also : and , in properties), after
// plan text has had its hidden characters shown as escapes: no line of the output can start a
// command other than the one written here, and no escape sequence reaches the log.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(showText(s)).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: one annotation per open finding (not waived, not in the baseline), on its real line. */
export function formatGithub(report: Report): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      if (f.waiver || f.baselined) continue;
      const l = f.location;
      const props = [`file=${prop(l.file)}`, `line=${l.line}`, `col=${l.column}`];
      if (l.endLine) props.push(`endLine=${l.endLine}`);
      if (l.endColumn && l.endLine === l.line) props.push(`endColumn=${l.endColumn}`);
      props.push(`title=${prop(`${f.ruleId}${f.source ? ` (${f.source.ref})` : ''}`)}`);
      lines.push(
        `::${COMMAND[f.severity]} ${props.join(',')}::${data(f.fix ? `${showText(f.message)}\n${showText(f.fix)}` : showText(f.message))}`,
      );
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
