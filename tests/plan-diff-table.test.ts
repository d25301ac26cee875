import { describe, expect, it } from 'vitest';
import { diffPlans, needsReview, type Change } from '../src/diff/plan-diff.js';
import { similarity } from '../src/text/similarity.js';
import { describeChange } from '../src/diff/format-diff.js';
import type { PlanData } from '../src/plan/plan-types.js';

/**
 * The semantic diff, one change at a time, against exactly what it must report. The round-trip
 * tests use `diff` as their oracle, so a change it leaves out here is a change nobody sees.
 */
const LB1 = 'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;';
const LB2 = 'Căn cứ Quyết định số 714/QĐ-UBND ngày 27/02/2026 của Ủy ban nhân dân thành phố Hải Phòng;';

function base(): PlanData {
  return {
    plan: {
      kind: 'kstthc',
      year: 2026,
      title: 'Kế hoạch kiểm soát thủ tục hành chính năm 2026',
      issuer: { name: 'Ủy ban nhân dân xã Thử Nghiệm', level: 'commune', locality: 'Thử Nghiệm' },
      document: { form: 'QĐ-UBND', number: '12', date: '2026-03-02' },
      parent: { ref: '714/QĐ-UBND', date: '2026-02-27', ruleset: 'hai-phong/2026-kstthc' },
      legal_basis: [LB1, LB2],
    },
    targets: [{ metric: 'online_payment', bound: '>=', value: 80, unit: 'percent' }],
    tasks: [
      {
        id: '1',
        content: 'Nâng cao mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính',
        lead: ['Trung tâm Phục vụ hành chính công'],
        partners: ['Văn phòng HĐND và UBND xã'],
        deadline: 'Chậm nhất ngày 15/9/2026',
        product: 'Báo cáo kết quả',
        targets: [
          { metric: 'satisfaction', bound: '>=', value: 97, unit: 'percent' },
          { metric: 'digitisation', bound: '>=', value: 100, unit: 'percent' },
        ],
      },
      {
        id: '2',
        content: 'Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính nội bộ',
        lead: ['Văn phòng HĐND và UBND xã'],
        deadline: 'Quý II/2026',
        product: 'Phương án',
      },
      {
        id: '3',
        content: 'Kiểm tra công tác kiểm soát thủ tục hành chính tại các bộ phận',
        lead: ['Văn phòng HĐND và UBND xã'],
        deadline: 'Thường xuyên',
        product: 'Kết luận kiểm tra',
      },
    ],
  } as PlanData;
}

const FLOORS = new Map([
  ['satisfaction', 95],
  ['online_payment', 80],
]);
type Edit = (p: PlanData) => void;
const task = (p: PlanData, id: string) => p.tasks.find((t) => t.id === id)!;

const CASES: [string, Edit, Change[]][] = [
  ['nothing changed', () => {}, []],
  [
    'spacing and Unicode form only',
    (p) => {
      task(p, '2').content = `  ${task(p, '2').content.normalize('NFD')} `;
      p.plan.legal_basis![0] = LB1.replace(' ', '  ');
    },
    [],
  ],
  // targets
  [
    'target lowered above the floor (97 → 96, floor 95)',
    (p) => {
      task(p, '1').targets![0]!.value = 96;
    },
    [{ kind: 'target-lowered', task: '1', metric: 'satisfaction', floor: 95, belowFloor: false, before: 97, after: 96 }],
  ],
  [
    'target lowered to the floor (97 → 95)',
    (p) => {
      task(p, '1').targets![0]!.value = 95;
    },
    [{ kind: 'target-lowered', task: '1', metric: 'satisfaction', floor: 95, belowFloor: false, before: 97, after: 95 }],
  ],
  [
    'target lowered below the floor (97 → 94)',
    (p) => {
      task(p, '1').targets![0]!.value = 94;
    },
    [{ kind: 'target-lowered', task: '1', metric: 'satisfaction', floor: 95, belowFloor: true, before: 97, after: 94 }],
  ],
  [
    'target without a floor lowered (100 → 99)',
    (p) => {
      task(p, '1').targets![1]!.value = 99;
    },
    [{ kind: 'target-lowered', task: '1', metric: 'digitisation', before: 100, after: 99 }],
  ],
  [
    'target raised (97 → 98)',
    (p) => {
      task(p, '1').targets![0]!.value = 98;
    },
    [{ kind: 'target-raised', task: '1', metric: 'satisfaction', floor: 95, belowFloor: false, before: 97, after: 98 }],
  ],
  [
    'headline target lowered (80 → 79, floor 80)',
    (p) => {
      p.targets![0]!.value = 79;
    },
    [{ kind: 'target-lowered', metric: 'online_payment', floor: 80, belowFloor: true, before: 80, after: 79 }],
  ],
  [
    'target added to a task',
    (p) => {
      task(p, '2').targets = [{ metric: 'satisfaction', bound: '>=', value: 90, unit: 'percent' }];
    },
    [{ kind: 'target-added', task: '2', metric: 'satisfaction', floor: 95, belowFloor: true, after: 90 }],
  ],
  [
    'target removed from a task',
    (p) => {
      task(p, '1').targets!.pop();
    },
    [{ kind: 'target-removed', task: '1', metric: 'digitisation', before: 100 }],
  ],
  // deadlines
  [
    'deadline moved later',
    (p) => {
      task(p, '1').deadline = 'Chậm nhất ngày 30/9/2026';
    },
    [
      {
        kind: 'task-changed',
        task: '1',
        field: 'deadline',
        before: 'Chậm nhất ngày 15/9/2026',
        after: 'Chậm nhất ngày 30/9/2026',
        direction: 'later',
      },
    ],
  ],
  [
    'deadline moved earlier (quarter II → quarter I)',
    (p) => {
      task(p, '2').deadline = 'Quý I/2026';
    },
    [{ kind: 'task-changed', task: '2', field: 'deadline', before: 'Quý II/2026', after: 'Quý I/2026', direction: 'earlier' }],
  ],
  [
    'deadline from ongoing to a date: direction unclear',
    (p) => {
      task(p, '3').deadline = 'Quý IV/2026';
    },
    [{ kind: 'task-changed', task: '3', field: 'deadline', before: 'Thường xuyên', after: 'Quý IV/2026', direction: 'unclear' }],
  ],
  [
    'deadline removed',
    (p) => {
      task(p, '2').deadline = null;
    },
    [{ kind: 'task-changed', task: '2', field: 'deadline', before: 'Quý II/2026', after: null, direction: 'unclear' }],
  ],
  // leads and other task fields
  [
    'lead changed',
    (p) => {
      task(p, '2').lead = ['Trung tâm Phục vụ hành chính công'];
    },
    [
      {
        kind: 'task-changed',
        task: '2',
        field: 'lead',
        before: ['Văn phòng HĐND và UBND xã'],
        after: ['Trung tâm Phục vụ hành chính công'],
      },
    ],
  ],
  [
    'partner added',
    (p) => {
      task(p, '1').partners!.push('Công an xã');
    },
    [
      {
        kind: 'task-changed',
        task: '1',
        field: 'partners',
        before: ['Văn phòng HĐND và UBND xã'],
        after: ['Văn phòng HĐND và UBND xã', 'Công an xã'],
      },
    ],
  ],
  [
    'product changed',
    (p) => {
      task(p, '3').product = 'Báo cáo';
    },
    [{ kind: 'task-changed', task: '3', field: 'product', before: 'Kết luận kiểm tra', after: 'Báo cáo' }],
  ],
  [
    'content changed',
    (p) => {
      task(p, '3').content = 'Kiểm tra công tác kiểm soát thủ tục hành chính tại các bộ phận một cửa';
    },
    [
      {
        kind: 'task-changed',
        task: '3',
        field: 'content',
        before: 'Kiểm tra công tác kiểm soát thủ tục hành chính tại các bộ phận',
        after: 'Kiểm tra công tác kiểm soát thủ tục hành chính tại các bộ phận một cửa',
      },
    ],
  ],
  // tasks
  [
    'task added',
    (p) => {
      p.tasks.push({
        id: '4',
        content: 'Tập huấn nghiệp vụ',
        lead: ['Văn phòng HĐND và UBND xã'],
        deadline: 'Quý III/2026',
        product: 'Hội nghị',
      });
    },
    [{ kind: 'task-added', task: '4', after: 'Tập huấn nghiệp vụ' }],
  ],
  [
    'task removed',
    (p) => {
      p.tasks.splice(2, 1);
    },
    [{ kind: 'task-removed', task: '3', before: 'Kiểm tra công tác kiểm soát thủ tục hành chính tại các bộ phận' }],
  ],
  [
    'task renumbered, its targets followed and one lowered',
    (p) => {
      task(p, '1').id = '1a';
      task(p, '1a').targets![0]!.value = 96;
    },
    [
      { kind: 'task-renumbered', task: '1a', from: '1' },
      { kind: 'target-lowered', task: '1a', metric: 'satisfaction', floor: 95, belowFloor: false, before: 97, after: 96 },
    ],
  ],
  [
    'task renumbered with a different wording is a removal and an addition',
    (p) => {
      task(p, '3').id = '9';
      task(p, '9').content = 'Tổ chức hội nghị tập huấn';
    },
    [
      { kind: 'task-removed', task: '3', before: 'Kiểm tra công tác kiểm soát thủ tục hành chính tại các bộ phận' },
      { kind: 'task-added', task: '9', after: 'Tổ chức hội nghị tập huấn' },
    ],
  ],
  // legal basis and identity
  [
    'legal basis removed and added',
    (p) => {
      p.plan.legal_basis = [LB2, 'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;'];
    },
    [
      { kind: 'legal-basis-added', after: 'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;' },
      { kind: 'legal-basis-removed', before: LB1 },
    ],
  ],
  [
    'parent plan changed',
    (p) => {
      p.plan.parent!.ref = '800/QĐ-UBND';
    },
    [{ kind: 'identity-changed', field: 'parent', before: '714/QĐ-UBND', after: '800/QĐ-UBND' }],
  ],
  [
    'parent plan re-dated (a different decision of the same number)',
    (p) => {
      p.plan.parent!.date = '2026-03-15';
    },
    [{ kind: 'identity-changed', field: 'parent.date', before: '2026-02-27', after: '2026-03-15' }],
  ],
  [
    'parent plan issuer given',
    (p) => {
      p.plan.parent!.issuer = 'UBND thành phố Hải Phòng';
    },
    [{ kind: 'identity-changed', field: 'parent.issuer', before: null, after: 'UBND thành phố Hải Phòng' }],
  ],
  [
    'parent rule set removed',
    (p) => {
      delete p.plan.parent!.ruleset;
    },
    [{ kind: 'identity-changed', field: 'parent.ruleset', before: 'hai-phong/2026-kstthc', after: null }],
  ],
  [
    'title, number and date changed',
    (p) => {
      p.plan.title += ' xã Thử Nghiệm';
      p.plan.document.number = '13';
      p.plan.document.date = '2026-03-05';
    },
    [
      {
        kind: 'identity-changed',
        field: 'title',
        before: 'Kế hoạch kiểm soát thủ tục hành chính năm 2026',
        after: 'Kế hoạch kiểm soát thủ tục hành chính năm 2026 xã Thử Nghiệm',
      },
      { kind: 'identity-changed', field: 'document.number', before: '12', after: '13' },
      { kind: 'identity-changed', field: 'document.date', before: '2026-03-02', after: '2026-03-05' },
    ],
  ],
  [
    'year changed',
    (p) => {
      p.plan.year = 2027;
    },
    [{ kind: 'identity-changed', field: 'year', before: 2026, after: 2027 }],
  ],
  [
    'parent plan removed altogether',
    (p) => {
      delete p.plan.parent;
    },
    [
      { kind: 'identity-changed', field: 'parent', before: '714/QĐ-UBND', after: null },
      { kind: 'identity-changed', field: 'parent.date', before: '2026-02-27', after: null },
      { kind: 'identity-changed', field: 'parent.ruleset', before: 'hai-phong/2026-kstthc', after: null },
    ],
  ],
  [
    'a deadline given where there was none',
    (p) => {
      task(p, '3').deadline = 'Quý IV/2026';
    },
    [{ kind: 'task-changed', task: '3', field: 'deadline', before: 'Thường xuyên', after: 'Quý IV/2026', direction: 'unclear' }],
  ],
  [
    'a headline target raised and a second one added: each headline metric on its own',
    (p) => {
      p.targets![0]!.value = 85;
      p.targets!.push({ metric: 'digitisation', bound: '>=', value: 100, unit: 'percent' });
    },
    [
      { kind: 'target-raised', metric: 'online_payment', floor: 80, belowFloor: false, before: 80, after: 85 },
      { kind: 'target-added', metric: 'digitisation', after: 100 },
    ],
  ],
];

describe('edge cases of matching', () => {
  it('a plan with no parent and no deadline before: no crash, the additions reported', () => {
    const before = structuredClone(base());
    delete before.plan.parent;
    task(before, '2').deadline = null;
    const after = structuredClone(base());
    expect(diffPlans(before, after, FLOORS)).toEqual([
      { kind: 'identity-changed', field: 'parent', before: null, after: '714/QĐ-UBND' },
      { kind: 'identity-changed', field: 'parent.date', before: null, after: '2026-02-27' },
      { kind: 'identity-changed', field: 'parent.ruleset', before: null, after: 'hai-phong/2026-kstthc' },
      { kind: 'task-changed', task: '2', field: 'deadline', before: null, after: 'Quý II/2026', direction: 'unclear' },
    ]);
  });

  it('a renumbered task is paired with the removed task it resembles most, not the first one', () => {
    const after = structuredClone(base());
    after.tasks = after.tasks.filter((t) => t.id !== '2' && t.id !== '3');
    after.tasks.push({ ...task(base(), '3'), id: '7', content: 'Kiểm tra công tác kiểm soát thủ tục hành chính tại các bộ phận một cửa' });
    const changes = diffPlans(base(), after, FLOORS);
    expect(changes.find((c) => c.kind === 'task-renumbered')).toEqual({ kind: 'task-renumbered', task: '7', from: '3' });
    expect(changes.find((c) => c.kind === 'task-removed')).toMatchObject({ task: '2' });
  });

  it('wording exactly 0.6 alike is still the same task renumbered', () => {
    const before = structuredClone(base());
    task(before, '3').content = 'a b c';
    const after = structuredClone(before);
    task(after, '3').id = '9';
    task(after, '9').content = 'a b c d e'; // 3 shared words of 5: 0.6
    expect(similarity('a b c', 'a b c d e')).toBe(0.6);
    expect(diffPlans(before, after, FLOORS)[0]).toEqual({ kind: 'task-renumbered', task: '9', from: '3' });
  });
});

describe('plans that leave optional lists out', () => {
  const bare = () => {
    const p = structuredClone(base());
    delete p.plan.legal_basis;
    delete p.targets;
    return p;
  };

  it('no legal basis and no headline targets on either side: no change', () => {
    expect(diffPlans(bare(), bare(), FLOORS)).toEqual([]);
  });

  it('a legal basis and a headline target given where there were none: only those additions', () => {
    const after = bare();
    after.plan.legal_basis = [LB1];
    after.targets = [{ metric: 'online_payment', bound: '>=', value: 70, unit: 'percent' }];
    expect(diffPlans(bare(), after, FLOORS)).toEqual([
      { kind: 'target-added', metric: 'online_payment', floor: 80, belowFloor: true, after: 70 },
      { kind: 'legal-basis-added', after: LB1 },
    ]);
  });

  it('the legal basis and headline targets taken out: only those removals', () => {
    const before = bare();
    before.plan.legal_basis = [LB2];
    before.targets = [{ metric: 'online_payment', bound: '>=', value: 90, unit: 'percent' }];
    expect(diffPlans(before, bare(), FLOORS)).toEqual([
      { kind: 'target-removed', metric: 'online_payment', before: 90 },
      { kind: 'legal-basis-removed', before: LB2 },
    ]);
  });

  it('needsReview looks at the kind of change, not only at the field named', () => {
    expect(needsReview({ kind: 'identity-changed', field: 'parent' })).toBe(true);
    expect(needsReview({ kind: 'task-changed', task: '1', field: 'parent' })).toBe(false);
    expect(needsReview({ kind: 'identity-changed' })).toBe(false);
    // a parent plan re-dated or given another issuer is another parent: a reviewer looks at it
    for (const field of ['parent', 'parent.date', 'parent.issuer', 'parent.ruleset'])
      expect(needsReview({ kind: 'identity-changed', field }), field).toBe(true);
    for (const field of ['title', 'year', 'document.number', 'document.date'])
      expect(needsReview({ kind: 'identity-changed', field }), field).toBe(false);
  });
});

describe('diffPlans reports each change of meaning, exactly', () => {
  it.each(CASES)('%s', (_name, edit, expected) => {
    const after = structuredClone(base());
    edit(after);
    expect(diffPlans(base(), after, FLOORS)).toEqual(expected);
  });

  it('the reverse edit reports the reverse change (lowered ↔ raised, added ↔ removed)', () => {
    const after = structuredClone(base());
    task(after, '1').targets![0]!.value = 96;
    expect(diffPlans(after, base(), FLOORS)).toEqual([
      { kind: 'target-raised', task: '1', metric: 'satisfaction', floor: 95, belowFloor: false, before: 96, after: 97 },
    ]);
    task(after, '1').targets!.pop();
    expect(diffPlans(after, base(), FLOORS).map((c) => c.kind)).toEqual(['target-raised', 'target-added']);
  });
});

describe('what a reviewer reads of each change', () => {
  const one = (edit: Edit) => {
    const after = structuredClone(base());
    edit(after);
    return diffPlans(base(), after, FLOORS);
  };

  it('a lowered target is shown with the old and new value, above or below the floor', () => {
    const [above] = one((p) => {
      task(p, '1').targets![0]!.value = 96;
    });
    expect(describeChange(above!, 'vi')).toContain('HẠ 97% → 96%');
    expect(describeChange(above!, 'vi')).toContain('mức tối thiểu của cấp trên: 95%');
    expect(describeChange(above!, 'vi')).not.toContain('THẤP HƠN');
    const [below] = one((p) => {
      task(p, '1').targets![0]!.value = 94;
    });
    expect(describeChange(below!, 'en')).toContain('LOWERED 97% → 94% (parent floor 95%, BELOW IT)');
  });

  it('only a change of parent plan or rule set needs review', () => {
    expect(
      one((p) => {
        p.plan.parent!.ref = '800/QĐ-UBND';
      }).map(needsReview),
    ).toEqual([true]);
    expect(
      one((p) => {
        delete p.plan.parent!.ruleset;
      }).map(needsReview),
    ).toEqual([true]);
    expect(
      one((p) => {
        p.plan.title += ' mới';
      }).map(needsReview),
    ).toEqual([false]);
    expect(
      one((p) => {
        task(p, '1').targets![0]!.value = 94;
      }).map(needsReview),
    ).toEqual([false]);
  });

  it('similarity is word overlap', () => {
    expect(similarity('a b c', 'a b c')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
    expect(similarity('a b c d', 'a b')).toBe(0.5);
    expect(similarity('', '')).toBe(1);
    expect(similarity('Kiểm tra', 'kiểm  tra')).toBe(1);
    expect(similarity('', 'a')).toBe(0);
    expect(similarity(' a, b', 'a b')).toBe(1);
  });
});
