import { describe, expect, it } from 'vitest';
import { planSummary } from '../src/diff/summary.js';
import type { PlanData } from '../src/plan/plan-types.js';

/**
 * The one-fact-per-line view of a plan that `git diff` shows through the textconv driver: each
 * fact on its own line, in a stable order, with a dash where a field is empty, so that a review
 * sees exactly which fact of which task changed.
 */
function plan(): PlanData {
  return {
    plan: {
      kind: 'kstthc',
      year: 2026,
      title: 'Kế hoạch kiểm soát thủ tục hành chính năm 2026',
      issuer: { name: 'Ủy ban nhân dân xã Thử Nghiệm', level: 'commune', locality: 'Thử Nghiệm' },
      document: { form: 'QĐ-UBND', number: '12', date: '2026-03-02' },
      parent: { ref: '714/QĐ-UBND', date: '2026-02-27', ruleset: 'hai-phong/2026-kstthc' },
      legal_basis: ['Căn cứ A;', 'Căn cứ B;'],
    },
    targets: [
      { metric: 'online_payment', bound: '>=', value: 80, unit: 'percent' },
      { metric: 'procedures', bound: '>=', value: 12, unit: 'count' },
    ],
    tasks: [
      {
        id: '1',
        content: 'Nâng cao mức độ hài lòng',
        lead: ['Trung tâm A', 'Phòng B'],
        partners: ['Văn phòng C'],
        deadline: 'Quý II/2026',
        product: 'Báo cáo\nDanh mục',
        targets: [
          { metric: 'satisfaction', bound: '>=', value: 95, unit: 'percent' },
          { metric: 'meetings', bound: '>=', value: 4, unit: 'count' },
        ],
        implements: ['714:II.1', '714:II.2'],
      },
      { id: '2', content: 'Rà soát thủ tục', implements: [] },
    ],
  } as unknown as PlanData;
}

describe('planSummary: what git diff shows of a plan', () => {
  it('every fact on its own line, empty fields as a dash, percent targets with %', () => {
    expect(planSummary(plan()).split('\n')).toEqual([
      'plan: kstthc 2026 — Kế hoạch kiểm soát thủ tục hành chính năm 2026',
      'issuer: Ủy ban nhân dân xã Thử Nghiệm',
      'document: QĐ-UBND số 12 ngày 2026-03-02',
      'parent: 714/QĐ-UBND ngày 2026-02-27 (hai-phong/2026-kstthc)',
      'căn cứ: Căn cứ A;',
      'căn cứ: Căn cứ B;',
      'chỉ tiêu online_payment: >= 80%',
      'chỉ tiêu procedures: >= 12',
      '[1] Nâng cao mức độ hài lòng',
      '[1] chủ trì: Trung tâm A; Phòng B',
      '[1] phối hợp: Văn phòng C',
      '[1] thời hạn: Quý II/2026',
      '[1] sản phẩm: Báo cáo / Danh mục',
      '[1] chỉ tiêu satisfaction: >= 95%',
      '[1] chỉ tiêu meetings: >= 4',
      '[1] thực hiện: 714:II.1, 714:II.2',
      '[2] Rà soát thủ tục',
      '[2] chủ trì: —',
      '[2] phối hợp: —',
      '[2] thời hạn: —',
      '[2] sản phẩm: —',
      '', // the text ends with a newline
    ]);
  });

  it('a plan without number, date, parent rule set, legal basis or headline targets', () => {
    const p = plan();
    p.plan.document = { ...p.plan.document, number: null, date: null } as PlanData['plan']['document'];
    delete p.plan.parent!.ruleset;
    delete p.plan.legal_basis;
    delete p.targets;
    p.tasks = [
      {
        id: '3',
        content: 'Kiểm tra',
        lead: [],
        partners: [],
        deadline: null,
        product: 'Kết luận\nkiểm tra\nlần 2',
      } as PlanData['tasks'][0],
    ];
    expect(planSummary(p)).toBe(
      [
        'plan: kstthc 2026 — Kế hoạch kiểm soát thủ tục hành chính năm 2026',
        'issuer: Ủy ban nhân dân xã Thử Nghiệm',
        'document: QĐ-UBND số … ngày …',
        'parent: 714/QĐ-UBND ngày 2026-02-27',
        '[3] Kiểm tra',
        '[3] chủ trì: —',
        '[3] phối hợp: —',
        '[3] thời hạn: —',
        '[3] sản phẩm: Kết luận / kiểm tra / lần 2',
        '',
      ].join('\n'),
    );
    delete p.plan.parent;
    expect(planSummary(p)).not.toMatch(/^parent:/m);
  });
});
