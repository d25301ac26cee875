import type { PlanIdentity } from '../plan/plan-types.js';
import type { RuleSet } from '../rules/ruleset-types.js';
import type { FrontMatter } from './front-matter.js';

/** The commune or ward named in a title ("… trên địa bàn xã Ninh Giang"), when no heading names it. */
export function issuerFromTitle(title: string): FrontMatter['issuer'] {
  const m = /(?<!\p{L})(xã|phường|đặc khu)\s+((?:\p{Lu}[\p{L}]*\s?)+)/u.exec(title);
  return m ? { type: m[1]!, locality: m[2]!.trim(), level: 'commune' } : undefined;
}

/** The parent plan: a parent rule set whose reference a legal basis cites (same kind and year first). */
export function findParent(
  bases: string[],
  parents: RuleSet[],
  kind: string,
  year: number,
): { parent: NonNullable<PlanIdentity['parent']>; province?: string } | undefined {
  const text = bases.join(' ');
  const cited = parents.filter(
    (r) => r.parent && new RegExp(`(?<![\\d/])${r.parent.ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'u').test(text),
  );
  const best = cited.find((r) => r.appliesTo?.kind === kind && r.appliesTo?.year === year) ?? cited[0];
  if (!best?.parent) return undefined;
  const p = best.parent;
  return {
    parent: { ref: p.ref, date: p.date ?? '', ...(p.issuer ? { issuer: p.issuer } : {}), ruleset: best.id },
    ...(best.appliesTo?.province ? { province: best.appliesTo.province } : {}),
  };
}
