import type { Finding, Lang } from '../types.js';
import type { Change } from './plan-diff.js';
import type { PlanDiff } from './run-diff.js';
import { mdEscape } from '../text/markdown-escape.js';
import { isMessageKey, msg } from '../messages/index.js';
import { showText } from '../text/safe-text.js';

const show = (v: unknown): string =>
  v === null || v === undefined
    ? '—'
    : Array.isArray(v)
      ? v.join('; ')
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v as string | number | boolean);

/** One change in words. */
export function describeChange(c: Change, lang: Lang): string {
  const task = c.task ? msg(lang, 'diff.task', { task: c.task }) : '';
  const floor =
    c.floor !== undefined ? msg(lang, 'diff.floor', { floor: c.floor, below: c.belowFloor ? msg(lang, 'diff.floor.below') : '' }) : '';
  const target = msg(lang, 'diff.target', { metric: c.metric ?? '', task: c.task ? ` (${task})` : '' });
  const before = show(c.before);
  const after = show(c.after);
  switch (c.kind) {
    case 'task-added':
    case 'task-removed':
      return msg(lang, `diff.${c.kind}`, { task, before, after });
    case 'task-renumbered':
      return msg(lang, 'diff.task-renumbered', { from: c.from ?? '', task: c.task ?? '' });
    case 'task-changed': {
      const dir = c.direction && c.direction !== 'unclear' ? msg(lang, c.direction === 'later' ? 'diff.later' : 'diff.earlier') : '';
      const fieldKey = `diff.field.${c.field}`;
      const field = isMessageKey(fieldKey) ? msg(lang, fieldKey as 'diff.field.content') : c.field;
      return `${task}: ${field} "${before}" → "${after}"${dir}`;
    }
    case 'target-added':
    case 'target-removed':
    case 'target-raised':
    case 'target-lowered':
      return msg(lang, `diff.${c.kind}`, { target, before, after, floor });
    case 'legal-basis-added':
    case 'legal-basis-removed':
      return msg(lang, `diff.${c.kind}`, { before, after });
    case 'identity-changed':
      return msg(lang, 'diff.identity-changed', { field: c.field ?? '', before, after });
  }
}

// Text output: plan text, file names and labels with hidden characters shown as escapes.
const line = (f: Finding, lang: Lang) =>
  `${showText(f.location.file)}:${f.location.line}:${f.location.column}  ${msg(lang, `report.severity.${f.severity}`)}  ${showText(f.message)}  [${showText(f.ruleId)}]`;

export function formatDiffText(d: PlanDiff, lang: Lang): string {
  const out = [`${showText(d.before.label)} → ${showText(d.after.label)}`, ''];
  out.push(`${msg(lang, 'diff.changes')} (${d.changes.length}):`);
  if (!d.changes.length) out.push(`  (${msg(lang, 'diff.noChange')})`);
  for (const c of d.changes) out.push(`  • ${showText(describeChange(c, lang))}`);
  out.push('', `${msg(lang, 'diff.new')} (${d.findings.new.length}):`);
  for (const f of d.findings.new) out.push(`  + ${line(f, lang)}`);
  out.push('', `${msg(lang, 'diff.fixed')} (${d.findings.fixed.length}):`);
  for (const f of d.findings.fixed) out.push(`  - ${line(f, lang)}`);
  out.push('', msg(lang, 'diff.unchanged', { n: d.findings.unchanged.length }));
  if (d.blocking) out.push('', msg(lang, 'diff.blocked'));
  return out.join('\n') + '\n';
}

export function formatDiffMarkdown(d: PlanDiff, lang: Lang): string {
  const out = [`## plan-check diff: ${mdEscape(d.after.label)}`, ''];
  if (d.blocking) out.push(msg(lang, 'diff.blocked.md'), '');
  out.push(`### ${msg(lang, 'diff.changes')} (${d.changes.length})`, '');
  if (!d.changes.length) out.push(`_${msg(lang, 'diff.noChange.md')}_`);
  for (const c of d.changes) out.push(`- ${mdEscape(describeChange(c, lang))}`);
  const list = (title: string, fs: Finding[], mark: string) => {
    out.push('', `### ${title} (${fs.length})`, '');
    for (const f of fs) out.push(`- ${mark} \`${f.ruleId}\` ${mdEscape(f.message)} (${mdEscape(`${f.location.file}:${f.location.line}`)})`);
  };
  list(msg(lang, 'diff.new'), d.findings.new, '🆕');
  list(msg(lang, 'diff.fixed'), d.findings.fixed, '✅');
  out.push('', `${msg(lang, 'diff.unchanged', { n: d.findings.unchanged.length })}.`, '');
  return out.join('\n');
}

export function formatDiffJson(d: PlanDiff): string {
  return JSON.stringify(d, null, 2) + '\n';
}
