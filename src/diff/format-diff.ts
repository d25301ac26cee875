import type { Finding, Lang } from '../types.js';
import type { Change } from './plan-diff.js';
import type { PlanDiff } from './run-diff.js';
import { mdEscape } from '../text/markdown-escape.js';
import { labels } from '../report/labels.js';
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
  const vi = lang === 'vi';
  const task = c.task ? (vi ? `Nhiệm vụ ${c.task}` : `Task ${c.task}`) : '';
  const floor =
    c.floor !== undefined
      ? vi
        ? ` (mức tối thiểu của cấp trên: ${c.floor}%${c.belowFloor ? ', THẤP HƠN' : ''})`
        : ` (parent floor ${c.floor}%${c.belowFloor ? ', BELOW IT' : ''})`
      : '';
  const metric = c.metric ?? '';
  switch (c.kind) {
    case 'task-added':
      return vi ? `${task}: thêm mới — ${show(c.after)}` : `${task}: added — ${show(c.after)}`;
    case 'task-removed':
      return vi ? `${task}: bị xóa — ${show(c.before)}` : `${task}: removed — ${show(c.before)}`;
    case 'task-renumbered':
      return vi ? `Nhiệm vụ ${c.from} đổi số thành ${c.task}` : `Task ${c.from} renumbered as ${c.task}`;
    case 'task-changed': {
      const dir =
        c.direction && c.direction !== 'unclear'
          ? vi
            ? c.direction === 'later'
              ? ' (MUỘN HƠN)'
              : ' (sớm hơn)'
            : c.direction === 'later'
              ? ' (LATER)'
              : ' (earlier)'
          : '';
      const field = vi
        ? ({
            content: 'nội dung',
            lead: 'cơ quan chủ trì',
            partners: 'cơ quan phối hợp',
            deadline: 'thời hạn',
            product: 'sản phẩm',
            section: 'mục',
            implements: 'yêu cầu cấp trên',
          }[c.field!] ?? c.field)
        : c.field;
      return `${task}: ${field} "${show(c.before)}" → "${show(c.after)}"${dir}`;
    }
    case 'target-added':
      return vi
        ? `Chỉ tiêu ${metric}${c.task ? ` (${task})` : ''}: thêm ${show(c.after)}%${floor}`
        : `Target ${metric}${c.task ? ` (${task})` : ''}: added ${show(c.after)}%${floor}`;
    case 'target-removed':
      return vi
        ? `Chỉ tiêu ${metric}${c.task ? ` (${task})` : ''}: bị xóa (trước ${show(c.before)}%)`
        : `Target ${metric}${c.task ? ` (${task})` : ''}: removed (was ${show(c.before)}%)`;
    case 'target-raised':
      return vi
        ? `Chỉ tiêu ${metric}${c.task ? ` (${task})` : ''}: nâng ${show(c.before)}% → ${show(c.after)}%${floor}`
        : `Target ${metric}${c.task ? ` (${task})` : ''}: raised ${show(c.before)}% → ${show(c.after)}%${floor}`;
    case 'target-lowered':
      return vi
        ? `Chỉ tiêu ${metric}${c.task ? ` (${task})` : ''}: HẠ ${show(c.before)}% → ${show(c.after)}%${floor}`
        : `Target ${metric}${c.task ? ` (${task})` : ''}: LOWERED ${show(c.before)}% → ${show(c.after)}%${floor}`;
    case 'legal-basis-added':
      return vi ? `Căn cứ thêm: ${show(c.after)}` : `Legal basis added: ${show(c.after)}`;
    case 'legal-basis-removed':
      return vi ? `Căn cứ bị xóa: ${show(c.before)}` : `Legal basis removed: ${show(c.before)}`;
    case 'identity-changed':
      return vi
        ? `Thông tin văn bản ${c.field}: "${show(c.before)}" → "${show(c.after)}"`
        : `Document ${c.field}: "${show(c.before)}" → "${show(c.after)}"`;
  }
}

// Text output: plan text, file names and labels with hidden characters shown as escapes.
const line = (f: Finding, lang: Lang) =>
  `${showText(f.location.file)}:${f.location.line}:${f.location.column}  ${labels(lang).severity[f.severity]}  ${showText(f.message)}  [${showText(f.ruleId)}]`;

export function formatDiffText(d: PlanDiff, lang: Lang): string {
  const vi = lang === 'vi';
  const out = [`${showText(d.before.label)} → ${showText(d.after.label)}`, ''];
  out.push(vi ? `Thay đổi về nội dung (${d.changes.length}):` : `Changes of meaning (${d.changes.length}):`);
  if (!d.changes.length) out.push(vi ? '  (không có thay đổi về nội dung)' : '  (no semantic change)');
  for (const c of d.changes) out.push(`  • ${showText(describeChange(c, lang))}`);
  out.push('', vi ? `Vấn đề mới (${d.findings.new.length}):` : `New findings (${d.findings.new.length}):`);
  for (const f of d.findings.new) out.push(`  + ${line(f, lang)}`);
  out.push('', vi ? `Vấn đề đã khắc phục (${d.findings.fixed.length}):` : `Fixed findings (${d.findings.fixed.length}):`);
  for (const f of d.findings.fixed) out.push(`  - ${line(f, lang)}`);
  out.push('', vi ? `Vấn đề giữ nguyên: ${d.findings.unchanged.length}` : `Unchanged findings: ${d.findings.unchanged.length}`);
  if (d.blocking)
    out.push(
      '',
      vi
        ? 'KHÔNG ĐẠT: thay đổi gây lỗi mới, hạ chỉ tiêu dưới mức của cấp trên, hoặc bỏ, đổi kế hoạch cấp trên (cần rà soát).'
        : 'BLOCKED: the change introduces an error, lowers a target below the parent floor, or removes or changes the parent plan (needs review).',
    );
  return out.join('\n') + '\n';
}

export function formatDiffMarkdown(d: PlanDiff, lang: Lang): string {
  const vi = lang === 'vi';
  const out = [`## plan-check diff: ${mdEscape(d.after.label)}`, ''];
  if (d.blocking)
    out.push(
      vi
        ? '> **Không đạt:** thay đổi gây lỗi mới, hạ chỉ tiêu dưới mức của kế hoạch cấp trên, hoặc bỏ, đổi kế hoạch cấp trên (cần rà soát).'
        : '> **Blocked:** the change introduces an error, lowers a target below the parent floor, or removes or changes the parent plan (needs review).',
      '',
    );
  out.push(`### ${vi ? 'Thay đổi về nội dung' : 'Changes of meaning'} (${d.changes.length})`, '');
  if (!d.changes.length) out.push(vi ? '_Không có thay đổi về nội dung._' : '_No semantic change._');
  for (const c of d.changes) out.push(`- ${mdEscape(describeChange(c, lang))}`);
  const list = (title: string, fs: Finding[], mark: string) => {
    out.push('', `### ${title} (${fs.length})`, '');
    for (const f of fs) out.push(`- ${mark} \`${f.ruleId}\` ${mdEscape(f.message)} (${mdEscape(`${f.location.file}:${f.location.line}`)})`);
  };
  list(vi ? 'Vấn đề mới' : 'New findings', d.findings.new, '🆕');
  list(vi ? 'Vấn đề đã khắc phục' : 'Fixed findings', d.findings.fixed, '✅');
  out.push('', vi ? `Vấn đề giữ nguyên: ${d.findings.unchanged.length}.` : `Unchanged findings: ${d.findings.unchanged.length}.`, '');
  return out.join('\n');
}

export function formatDiffJson(d: PlanDiff): string {
  return JSON.stringify(d, null, 2) + '\n';
}
