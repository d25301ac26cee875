import type { PlanData } from '../plan/plan-types.js';

/**
 * A plan as one line per fact, in a stable order: what `git diff` shows through the textconv
 * driver, so a review sees "task II.3.c deadline" rather than YAML indentation.
 */
export function planSummary(plan: PlanData): string {
  const out: string[] = [];
  const p = plan.plan;
  out.push(`plan: ${p.kind} ${p.year} — ${p.title}`);
  out.push(`issuer: ${p.issuer.name}`);
  out.push(`document: ${p.document.form} số ${p.document.number ?? '…'} ngày ${p.document.date ?? '…'}`);
  if (p.parent) out.push(`parent: ${p.parent.ref} ngày ${p.parent.date}${p.parent.ruleset ? ` (${p.parent.ruleset})` : ''}`);
  for (const b of p.legal_basis ?? []) out.push(`căn cứ: ${b}`);
  for (const t of plan.targets ?? []) out.push(`chỉ tiêu ${t.metric}: ${t.bound} ${t.value}${t.unit === 'percent' ? '%' : ''}`);
  for (const t of plan.tasks) {
    out.push(`[${t.id}] ${t.content}`);
    out.push(`[${t.id}] chủ trì: ${(t.lead ?? []).join('; ') || '—'}`);
    out.push(`[${t.id}] phối hợp: ${(t.partners ?? []).join('; ') || '—'}`);
    out.push(`[${t.id}] thời hạn: ${t.deadline ?? '—'}`);
    out.push(`[${t.id}] sản phẩm: ${(t.product ?? '—').replace(/\n/g, ' / ')}`);
    for (const g of t.targets ?? []) out.push(`[${t.id}] chỉ tiêu ${g.metric}: ${g.bound} ${g.value}${g.unit === 'percent' ? '%' : ''}`);
    if (t.implements?.length) out.push(`[${t.id}] thực hiện: ${t.implements.join(', ')}`);
  }
  return out.join('\n') + '\n';
}
