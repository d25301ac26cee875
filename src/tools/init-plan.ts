import { planYaml } from '../plan/plan-yaml.js';
import type { RuleSet } from '../rules/ruleset-types.js';
import type { Registry } from '../legal/registry.js';
import type { LegalDoc } from '../legal/registry-types.js';
import { statusOn } from '../legal/status.js';
import { formatVnDate } from '../util/dates.js';
import { requirementsOf } from '../rules/requirements.js';
import type { PlanData, Task } from '../plan/plan-types.js';

interface Abbreviation {
  term: string;
  expansions: string[];
}

/** Usual units of a commune (xã) or ward (phường) after the 2025 reform, as the seed plans name them. */
function standardUnits(type: string): PlanData['units'] {
  return [
    { name: `Văn phòng HĐND và UBND ${type}`, aliases: [`Văn phòng HĐND&UBND ${type}`] },
    type === 'phường' ? { name: 'Phòng Kinh tế, Hạ tầng và Đô thị' } : { name: 'Phòng Kinh tế' },
    { name: 'Phòng Văn hóa - Xã hội' },
    { name: 'Trung tâm Phục vụ hành chính công', aliases: [`Trung tâm Phục vụ hành chính công ${type}`] },
    { name: 'Trung tâm Dịch vụ sự nghiệp công' },
  ];
}

const KIND_TITLE: Record<string, (place: string, year: number) => string> = {
  kstthc: (p, y) =>
    `Ban hành Kế hoạch kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm ${y} trên địa bàn ${p}`,
  cchc: (p, y) => `Ban hành Kế hoạch cải cách hành chính ${p} năm ${y}`,
};

/** "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về ..." — a first citation in full. */
function cite(d: LegalDoc): string {
  if (d.type === 'Luật' && d.names?.[0]) return `${d.names[0]}${d.signed ? ` ngày ${formatVnDate(d.signed)}` : ''}`;
  return `${d.type} số ${d.ref}${d.signed ? ` ngày ${formatVnDate(d.signed)}` : ''} của ${d.issuer}${d.title ? ` ${d.title}` : ''}`;
}

/**
 * A new plan pre-filled from a parent plan's rule set: its mandated tasks (linked with
 * `implements`), its targets at the parent's floors, its deadlines, the legal bases it requires
 * (in force on the date, with their amendments) and the standard units. What only the drafter
 * knows (products, signer, number and date) is left blank, so the checker asks for it.
 */
export function initPlan(parent: RuleSet, rulesets: RuleSet[], registry: Registry, unit: string, asOf: string): string {
  const m = /^(xã|phường|đặc khu)\s+(.+)$/iu.exec(unit.trim());
  const type = (m?.[1] ?? 'xã').toLowerCase();
  const locality = m?.[2] ?? unit.trim();
  const place = `${type} ${locality}`;
  const applies = parent.appliesTo ?? {};
  const year = applies.year ?? Number(asOf.slice(0, 4));
  const kind = (applies.kind === 'cchc' ? 'cchc' : 'kstthc') as 'kstthc' | 'cchc';
  const abbreviations = rulesets.flatMap((r) => (Array.isArray(r.data.abbreviations) ? (r.data.abbreviations as Abbreviation[]) : []));
  const plain = (s: string) =>
    abbreviations.reduce(
      (t, a) => (a.expansions[0] ? t.replace(new RegExp(`(?<![\\p{L}])${a.term}(?![\\p{L}])`, 'gu'), a.expansions[0]) : t),
      s,
    );

  const legal: string[] = [];
  for (const ref of (parent.data.legalBasis as string[] | undefined) ?? []) {
    const d = registry.get(ref);
    if (!d || statusOn(d, asOf).verdict !== 'in-force') continue;
    const amendments = statusOn(d, asOf)
      .amendments.map((a) => registry.get(a.ref))
      .filter((x): x is LegalDoc => !!x && !!x.signed);
    legal.push(`Căn cứ ${[cite(d), ...amendments.map(cite)].join('; ')};`);
  }
  const p = parent.parent;
  if (p)
    legal.push(
      `Căn cứ Quyết định số ${p.ref} ngày ${formatVnDate(p.date!)} của ${p.issuer ?? ''}${p.title ? ` ${p.title.replace(/^Ban hành/, 'ban hành')}` : ''};`,
    );

  const reqs = requirementsOf([parent]).map((r) => r.requirement);
  const targets = reqs.filter((r) => r.kind === 'target' && r.target);
  const tasks: Task[] = reqs
    .filter((r) => r.kind === 'task')
    .map((r, i) => ({
      id: String(i + 1),
      content: plain(r.title),
      lead: ['Trung tâm Phục vụ hành chính công'],
      partners: [`Văn phòng HĐND và UBND ${type}`],
      deadline: r.deadline ?? 'Thường xuyên',
      product: null,
      implements: [r.id],
    }));
  if (targets.length) {
    tasks.push({
      id: String(tasks.length + 1),
      content: `Thực hiện các chỉ tiêu: ${targets.map((r) => plain(r.title)).join('; ')}`,
      lead: ['Trung tâm Phục vụ hành chính công'],
      partners: [`Văn phòng HĐND và UBND ${type}`],
      deadline: 'Thường xuyên',
      product: null,
      targets: targets.map((r) => ({
        metric: r.target!.metric,
        bound: '>=' as const,
        value: r.target!.min,
        unit: (r.target!.unit ?? 'percent') as 'percent',
      })),
      implements: targets.map((r) => r.id),
    });
  }
  const title = (KIND_TITLE[kind] ?? KIND_TITLE.kstthc!)(place, year);
  const plan: PlanData = {
    plan: {
      kind,
      year,
      title,
      issuer: {
        name: `Ủy ban nhân dân ${place}`,
        level: 'commune',
        type,
        locality,
        ...(applies.province ? { province: applies.province } : {}),
      },
      document: {
        form: 'QĐ-UBND',
        number: null,
        date: null,
        pending: true,
        place: locality,
        signer: { name: null, capacity: 'KT', title: 'Phó Chủ tịch' },
      },
      ...(p ? { parent: { ref: p.ref, date: p.date!, ...(p.issuer ? { issuer: p.issuer } : {}), ruleset: parent.id } } : {}),
      legal_basis: legal,
    },
    units: standardUnits(type),
    tasks,
    notes: [
      `Tạo bởi plan-check init từ bộ quy tắc ${parent.id} ${parent.version} ngày ${asOf}. Người soạn điền: sản phẩm (product) của từng nhiệm vụ, người ký, và điều chỉnh cơ quan chủ trì, phối hợp cho phù hợp.`,
    ],
  };
  return planYaml(plan, '../schema/plan.schema.json', [title]);
}
