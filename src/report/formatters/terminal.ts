import { Chalk, type ChalkInstance } from 'chalk';
import type { Check, Finding, Report, Severity } from '../../types.js';
import { msg } from '../../messages/index.js';
import { checkCounts, summaryCounts } from '../labels.js';
import type { Lang } from '../../types.js';
import { provenanceLines } from '../provenance.js';
import { isOpen } from '../build-report.js';
import { showText } from '../../text/safe-text.js';

export interface TerminalOptions {
  color: boolean;
  /** Print the files only, without the run's summary (a batch streams files one by one). */
  filesOnly?: boolean;
  /** Every passed checklist item on its own line; by default they are one line per rule set. */
  all?: boolean;
}

/**
 * The checklist a drafter reads at the terminal: items not passed first (✗ failed, ≈ waived), then
 * the passed and not-applicable ones, collapsed to one line per rule set unless `all`; then each
 * finding located.
 */
export function formatTerminal(report: Report, options: TerminalOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lang = report.lang;
  const out: string[] = [];
  for (const file of report.files) {
    // plan text and file names are shown with hidden characters escaped (safe-text.ts)
    const title = file.plan.title ? ` — ${showText(file.plan.title)}` : '';
    out.push(c.bold(`${showText(file.file)}${title}`));
    out.push(
      c.dim(
        `${msg(lang, 'report.rulesets')}: ${showText(file.rulesets.map((r) => `${r.id}@${r.version}`).join(', ')) || '—'} · ${msg(lang, 'report.asOf')}: ${report.asOf}`,
      ),
    );
    if (!file.plan.title) out.push(c.yellow(msg(lang, 'report.planNotRead')));
    out.push('');
    out.push(c.bold(msg(lang, 'report.checklist')));
    const width = Math.max(...file.checks.map((k) => k.ruleId.length), 10);
    out.push(...checklistLines(file.checks, ['plan-check', ...file.rulesets.map((r) => r.id)], width, c, report.lang, !!options.all));
    out.push('');
    out.push(c.bold(msg(lang, 'report.findings')));
    if (file.findings.length === 0) out.push(c.green(msg(lang, 'report.noFindings')));
    for (const f of file.findings) out.push(...findingLines(f, c, report.lang));
    out.push('');
    out.push(...provenanceLines(report, file).map((l) => c.dim(showText(l))));
    out.push('');
  }
  if (options.filesOnly) return out.join('\n') + '\n';
  return out.join('\n') + '\n' + formatTerminalSummary(report, options);
}

/** The end of the terminal output: the per-file table of a batch, the signing verdict, the totals. */
export function formatTerminalSummary(report: Report, options: TerminalOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lang = report.lang;
  const out: string[] = [];
  if (report.files.length > 1) out.push(...summaryTable(report, c), '');
  if (report.signing) {
    out.push(
      report.signing.ready
        ? c.green.bold(`${msg(lang, 'report.ready')}.`)
        : c.red.bold(`${msg(lang, 'report.notReady')}: ${showText(report.signing.reasons.join('; '))}`),
    );
  }
  const s = report.summary;
  const pre = s.baselinedFindings ? ` (${s.baselinedFindings} ${msg(lang, 'report.baselined')})` : '';
  const line = `${msg(lang, 'report.summary')}: ${summaryCounts(lang, s)}${pre} · ${checkCounts(lang, s)}`;
  out.push(s.error ? c.red.bold(line) : s.warning ? c.yellow.bold(line) : c.green.bold(line));
  return out.join('\n') + '\n';
}

function checkLine(check: Check, width: number, c: ChalkInstance, lang: Lang): string {
  const mark =
    check.status === 'pass'
      ? c.green('✓')
      : check.status === 'fail'
        ? sev(c, check.severity)('✗')
        : check.status === 'waived'
          ? c.cyan('≈')
          : c.dim('–');
  const count =
    check.status === 'fail'
      ? sev(c, check.severity)(msg(lang, `report.count.${check.severity}`, { n: check.findings.length }))
      : check.status === 'not-applicable'
        ? c.dim(msg(lang, 'report.status.not-applicable'))
        : c.dim(msg(lang, 'report.evaluatedOn', { n: check.evaluated }));
  return `  ${mark} ${showText(check.ruleId).padEnd(width)}  ${showText(check.title)}  ${c.dim('·')} ${count}`;
}

function findingLines(f: Finding, c: ChalkInstance, lang: Lang): string[] {
  const where = `${showText(f.location.file)}:${f.location.line}:${f.location.column}`;
  const label = f.waiver
    ? c.cyan(msg(lang, 'report.waived').padEnd(9))
    : sev(c, f.severity)(msg(lang, `report.severity.${f.severity}`).padEnd(9)) +
      (f.baselined ? c.dim(` (${msg(lang, 'report.baselined')})`) : '');
  const lines = [`${c.bold(where)}  ${label} ${showText(f.message)}  ${c.dim(`[${showText(f.ruleId)}]`)}`];
  if (f.waiver)
    lines.push(
      c.cyan(`    ${msg(lang, 'report.waived')}: ${showText(`${f.waiver.reason} — ${f.waiver.approvedBy}, ${f.waiver.reference}`)}`),
    );
  const details: string[] = [];
  if (f.subject && f.subject.kind !== 'plan') details.push(`${msg(lang, `report.subject.${f.subject.kind}`)} ${f.subject.id}`);
  if (f.source) details.push(`${msg(lang, 'report.source')}: ${f.source.ref}${f.source.article ? `, ${f.source.article}` : ''}`);
  if (details.length) lines.push(c.dim(`    ${showText(details.join(' · '))}`));
  if (f.fix) lines.push(`    ${c.cyan(`${msg(lang, 'report.fix')}:`)} ${showText(f.fix)}`);
  return lines;
}

function sev(c: ChalkInstance, s: Severity): ChalkInstance {
  return s === 'error' ? c.red : s === 'warning' ? c.yellow : c.blue;
}

/** One line per plan at the end of a batch: errors, warnings, info and the verdict. */
function summaryTable(report: Report, c: ChalkInstance): string[] {
  const lang = report.lang;
  const rows = report.files.map((f) => {
    const n = (s: Severity) => f.findings.filter((x) => isOpen(x) && x.severity === s).length;
    return { file: showText(f.file), e: n('error'), w: n('warning'), i: n('info') };
  });
  const width = Math.min(60, Math.max(12, ...rows.map((r) => r.file.length)));
  const head = [
    msg(lang, 'report.table.file').padEnd(width),
    msg(lang, 'report.table.error').padStart(5),
    msg(lang, 'report.table.warning').padStart(5),
    msg(lang, 'report.table.info').padStart(5),
  ].join('  ');
  const lines = [c.bold(msg(lang, 'report.table.title')), c.bold(head)];
  for (const r of rows) {
    const name = r.file.length > width ? '…' + r.file.slice(-(width - 1)) : r.file.padEnd(width);
    const mark = r.e ? c.red('✗') : r.w ? c.yellow('!') : c.green('✓');
    lines.push(`${name}  ${String(r.e).padStart(5)}  ${String(r.w).padStart(5)}  ${String(r.i).padStart(5)}  ${mark}`);
  }
  return lines;
}

/** Failed and waived items first; passed ones one line each with `all`, else one line per rule set. */
function checklistLines(checks: Check[], rulesetOrder: string[], width: number, c: ChalkInstance, lang: Lang, all: boolean): string[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const failed = checks.filter((k) => k.status === 'fail').sort((a, b) => rank[a.severity] - rank[b.severity]);
  const waived = checks.filter((k) => k.status === 'waived');
  const done = checks.filter((k) => k.status === 'pass' || k.status === 'not-applicable');
  const lines = [...failed, ...waived].map((k) => checkLine(k, width, c, lang));
  if (all) return [...lines, ...done.map((k) => checkLine(k, width, c, lang))];
  const groups = new Map<string, Check[]>();
  for (const k of done) {
    const key = k.ruleset ?? 'plan-check';
    groups.set(key, [...(groups.get(key) ?? []), k]);
  }
  const at = (id: string) => rulesetOrder.indexOf(id) + 1 || rulesetOrder.length + 1;
  for (const [ruleset, list] of [...groups].sort((a, b) => at(a[0]) - at(b[0]))) {
    const passed = list.filter((k) => k.status === 'pass').length;
    const na = list.length - passed;
    const counts = [
      passed ? msg(lang, 'report.collapsed.passed', { n: passed }) : '',
      na ? msg(lang, 'report.collapsed.notApplicable', { n: na }) : '',
    ]
      .filter(Boolean)
      .join(', ');
    const mark = passed ? c.green('✓') : c.dim('–');
    lines.push(`  ${mark} ${showText(ruleset).padEnd(width)}  ${counts}  ${c.dim(`(${msg(lang, 'report.collapsed.hint')})`)}`);
  }
  return lines;
}
