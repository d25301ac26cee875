import type { RuleSet } from './ruleset-types.js';
import type { LegalDoc } from '../legal/registry-types.js';

const TYPE_OF_FORM: Record<string, string> = { QĐ: 'Quyết định', KH: 'Kế hoạch', NQ: 'Nghị quyết', CT: 'Chỉ thị' };

/**
 * Parent plans are not law, but a plan cites them: each parent rule set's `parent` block becomes a
 * registry entry, so a citation with a wrong number or date is caught like any other.
 */
export function parentDocs(rulesets: RuleSet[]): LegalDoc[] {
  const out: LegalDoc[] = [];
  for (const rs of rulesets) {
    const p = rs.parent;
    if (!p?.ref) continue;
    const form = p.ref.split('/').slice(-1)[0]?.split('-')[0] ?? '';
    out.push({
      ref: p.ref,
      type: TYPE_OF_FORM[form] ?? 'Quyết định',
      issuer: p.issuer ?? '',
      ...(p.title ? { title: p.title } : {}),
      ...(p.date ? { signed: p.date } : {}),
      confidence: p.confidence ?? 'I',
      source: `bộ quy tắc ${rs.id}`,
      origin: rs.file,
    });
  }
  return out;
}
