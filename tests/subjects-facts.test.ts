import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanData, Task } from '../src/plan/plan-types.js';
import type { RuleSet } from '../src/rules/ruleset-types.js';
import { RuleSetCatalog } from '../src/rules/discover.js';
import { reportDuties } from '../src/engine/subjects/report-duty.js';
import { titleSubjects } from '../src/engine/subjects/title-subjects.js';
import { groupsBesideNamedLead, namedLeads, sharedDuties, undirectedLeads } from '../src/engine/subjects/shared-duty.js';
import { requirementDeadlines, requirementSubjects } from '../src/engine/subjects/requirement-subjects.js';
import { planContext } from '../src/engine/subjects/context.js';
import { dataList, dataMap } from '../src/engine/subjects/ruleset-data.js';
import { formFacts } from '../src/engine/subjects/form-facts.js';
import { loadRegistry } from '../src/legal/registry.js';
import { citationSubjects, parentCitationFacts, readableSymbol } from '../src/engine/subjects/citation-subjects.js';
import { mentionSubjects, repeatedPhrases } from '../src/engine/subjects/mention-subjects.js';
import { floorsByMetric, percentsIn, planSubjects } from '../src/engine/subjects/plan-subjects.js';
import { buildSubjects, planDuties, type PlanContext } from '../src/engine/subjects/index.js';
import { ROOT } from './helpers/cli.js';

/**
 * The facts the subjects of src/engine/subjects/ carry, on small plans written here: what a rule
 * reads (a task's reporting duty, a title's first missing word, a requirement's weakest target ...).
 * The rule fixtures (tests/rules.test.ts) see these facts only through a finding's place; these
 * tests pin the values (the mutation run of the subjects, MUTATE_SCOPE=subjects, found them unpinned).
 */

const catalog = new RuleSetCatalog(join(ROOT, 'rules'));
const core = catalog.always();
const kstthc = [...core, catalog.all().find((rs) => rs.id === 'hai-phong/2026-kstthc')!];
const cchc = [...core, catalog.all().find((rs) => rs.id === 'hai-phong/2026-cchc')!];

const task = (id: string, t: Partial<Task>): Task => ({ id, content: '', lead: ['Trung tâm Phục vụ hành chính công'], ...t });
function planOf(tasks: Task[], extra: Partial<PlanData> = {}, identity: Partial<PlanData['plan']> = {}): PlanData {
  return {
    plan: {
      kind: 'kstthc',
      year: 2026,
      title: 'Kế hoạch kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Thử Nghiệm',
      issuer: { name: 'Ủy ban nhân dân xã Thử Nghiệm', level: 'commune', locality: 'Thử Nghiệm' },
      document: { form: 'QĐ-UBND', number: '12', date: '2026-03-02' },
      ...identity,
    },
    tasks,
    ...extra,
  } as PlanData;
}

describe('subjects: report duties', () => {
  const duties = (tasks: Task[]) => reportDuties(planOf(tasks), core);
  it('a report task with a readable deadline and a recipient misses nothing', () => {
    const d = duties([task('1', { content: 'Báo cáo kết quả gửi Ủy ban nhân dân xã', deadline: '15/12/2026' })]);
    expect(d.get(0)).toEqual({ missing: [], ongoing: false });
  });
  it('"Thường xuyên" is no schedule and is marked ongoing; no recipient is missing too', () => {
    const d = duties([task('1', { content: 'Báo cáo tình hình thực hiện', deadline: 'Thường xuyên' })]);
    expect(d.get(0)).toEqual({ missing: ['schedule', 'recipient'], ongoing: true });
  });
  it('a schedule in the product, or a report only on request, needs no deadline', () => {
    const d = duties([
      task('1', { content: 'Báo cáo kết quả gửi Sở Tư pháp', product: 'Báo cáo hằng quý', deadline: 'Thường xuyên' }),
      task('2', { content: 'Báo cáo đột xuất khi có yêu cầu', deadline: 'Thường xuyên' }),
      task('3', { content: 'Báo cáo tình hình', deadline: 'Thường xuyên hằng tháng' }),
    ]);
    expect(d.get(0)).toEqual({ missing: [], ongoing: true });
    expect(d.get(1)!.missing).toEqual(['recipient']);
    expect(d.get(2)!.missing).toEqual(['recipient']);
  });
  it('a recipient named in the product or in the deadline counts', () => {
    const d = duties([
      task('1', { content: 'Báo cáo kết quả', product: 'Báo cáo gửi Ủy ban nhân dân xã', deadline: '30/11/2026' }),
      task('2', { content: 'Báo cáo kết quả', deadline: 'Trước ngày 15 hằng tháng, gửi Văn phòng' }),
    ]);
    expect(d.get(0)!.missing).toEqual([]);
    expect(d.get(1)!.missing).toEqual([]);
  });
  it('a task that is not a report, or has no deadline text, is handled', () => {
    const d = duties([
      task('1', { content: 'Rà soát thủ tục hành chính', deadline: 'Thường xuyên' }),
      task('2', { content: 'Báo cáo kết quả gửi Ủy ban nhân dân xã' }),
    ]);
    expect(d.has(0)).toBe(false);
    expect(d.get(1)).toEqual({ missing: ['schedule'], ongoing: false });
  });
  it('any pattern of a list is enough (rule sets may add their own)', () => {
    const rs = {
      data: {
        reportTaskPatterns: ['^báo cáo', '^tổng hợp'],
        reportSchedulePatterns: ['hằng quý', 'hằng tháng'],
        reportRecipientPatterns: ['gửi sở', 'gửi ubnd'],
        reportAdHocPatterns: ['^báo cáo đột xuất', '^báo cáo khi có yêu cầu'],
      },
    } as unknown as RuleSet;
    const d = reportDuties(
      planOf([
        task('1', { content: 'Tổng hợp số liệu gửi UBND hằng tháng', deadline: 'Thường xuyên' }),
        task('2', { content: 'Báo cáo khi có yêu cầu', deadline: 'Thường xuyên' }),
      ]),
      [rs],
    );
    expect(d.get(0)).toEqual({ missing: [], ongoing: true });
    expect(d.get(1)).toEqual({ missing: ['recipient'], ongoing: true });
  });
  it('no report patterns in the rule sets: no duties', () => {
    expect(reportDuties(planOf([task('1', { content: 'Báo cáo' })]), []).size).toBe(0);
  });
});

describe('subjects: titles', () => {
  const titles = (t: NonNullable<PlanData['plan']['titles']>, identity: Partial<PlanData['plan']> = {}) =>
    titleSubjects(planOf([], {}, { titles: t, ...identity }), planContext(planOf([]), '2026-03-10'), core).map(
      (s) => [s.id, s.facts.title, s.factPointers.title] as const,
    );
  const decision = 'Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Thử Nghiệm';
  it('a title missing a word names the first word missing and the word before it, at its field', () => {
    const [[id, title, pointer]] = titles({ decision, plan: 'Kế hoạch kiểm soát thủ tục chính năm 2026 trên địa bàn xã Thử Nghiệm' }) as [
      readonly [string, Record<string, unknown>, string],
    ];
    expect(id).toBe('plan');
    expect(pointer).toBe('/plan/titles/plan');
    expect(title).toMatchObject({
      field: 'plan',
      complete: false,
      missing: 'hành',
      after: 'tục',
      localityOk: true,
      locality: 'Thử Nghiệm',
    });
    expect(title.reference).toBe(decision);
    expect(title.fieldVi).not.toBe(title.fieldEn);
  });
  it('abbreviations are expanded and the lead words dropped before comparing; every printed title is a subject', () => {
    const t = titles({
      decision,
      article1: 'Ban hành kèm theo Quyết định này Kế hoạch KSTTHC năm 2026 trên địa bàn xã Thử Nghiệm',
      appendix: 'Nội dung thực hiện kiểm soát TTHC năm 2026 trên địa bàn xã Thử Nghiệm',
    });
    expect(t.map(([id]) => id)).toEqual(['article1', 'appendix']);
    // article1 has "Quyết định này" between the lead words and the title: only the order of the core words counts
    for (const [, title] of t) expect(title).toMatchObject({ complete: true, missing: '', after: '' });
  });
  it('without a decision title the plan title is the reference; the locality is checked on the text', () => {
    const [[, title]] = titles({ plan: 'Kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã' }) as [
      readonly [string, Record<string, unknown>, string],
    ];
    expect(title.reference).toBe('Kế hoạch kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Thử Nghiệm');
    // the missing word is the locality's: one defect, reported by title-locality alone
    expect(title).toMatchObject({ localityOk: false, missing: 'thử', after: 'xã', complete: true });
  });
  it('a word missing that is not the locality keeps the title incomplete even when the locality is missing too', () => {
    const [[, title]] = titles({ decision, plan: 'Kế hoạch kiểm soát thủ tục năm 2026' }) as [
      readonly [string, Record<string, unknown>, string],
    ];
    expect(title).toMatchObject({ localityOk: false, complete: false, missing: 'hành', after: 'tục' });
  });
});

describe('subjects: titles compared word by word', () => {
  const decision = 'Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Thử Nghiệm';
  const one = (t: NonNullable<PlanData['plan']['titles']>) => {
    const [s] = titleSubjects(planOf([], {}, { titles: t }), planContext(planOf([]), '2026-03-10'), core);
    expect(s!.mainFact).toBe('title');
    expect(s!.factPointers).toEqual({ plan: '', title: `/plan/titles/${(s!.facts.title as { field: string }).field}` });
    return s!.facts.title as Record<string, unknown>;
  };
  it('another year is a missing word', () => {
    expect(one({ decision, plan: 'Kế hoạch kiểm soát thủ tục hành chính năm 2025 trên địa bàn xã Thử Nghiệm' })).toMatchObject({
      complete: false,
      missing: '2026',
      after: 'năm',
    });
  });
  it('the first word missing has no word before it', () => {
    expect(one({ decision, plan: 'Thủ tục hành chính năm 2026 trên địa bàn xã Thử Nghiệm' })).toMatchObject({ missing: 'kiểm', after: '' });
  });
  it('punctuation and quotes are not words: a quoted title, a hyphen without spaces, a comma', () => {
    const hyphen = 'Kế hoạch văn hóa - xã hội, thông tin năm 2026 trên địa bàn xã Thử Nghiệm';
    expect(one({ decision: `"${decision}"`, plan: 'Kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Thử Nghiệm' })).toMatchObject({
      complete: true,
    });
    expect(one({ decision: hyphen, plan: 'Văn hóa-xã hội thông tin năm 2026 trên địa bàn xã Thử Nghiệm' })).toMatchObject({
      complete: true,
    });
  });
  it('a locality word out of place, with the locality printed: a word missing, not a locality defect', () => {
    expect(one({ decision, plan: 'Kiểm soát thủ tục hành chính của Thử Nghiệm năm 2026 trên địa bàn xã' })).toMatchObject({
      localityOk: true,
      complete: false,
      missing: 'thử',
      after: 'xã',
    });
  });
});

describe('subjects: shared duties and leads', () => {
  it('a catch-all lead of the own units on work each unit does is a shared duty', () => {
    const plan = planOf([
      task('1', { content: 'Rà soát, đơn giản hóa thủ tục hành chính', lead: ['Các phòng, ban, cơ quan, đơn vị'] }),
      task('2', { content: 'Rà soát, đơn giản hóa thủ tục hành chính', lead: ['Văn phòng HĐND và UBND xã', 'Các phòng, ban'] }),
      task('3', { content: 'Tổ chức hội nghị tổng kết', lead: ['Các phòng, ban, cơ quan, đơn vị'] }),
      task('4', { content: 'Số hóa hồ sơ', lead: ['Các cơ quan, đơn vị thuộc xã', 'Các cơ quan liên quan'] }),
      task('5', { content: 'Số hóa hồ sơ', lead: [] }),
    ]);
    const s = sharedDuties(plan, core);
    expect(s.taskIds).toEqual(['1', '4']);
    expect([...s.leads].sort()).toEqual(['0/0', '3/0']);
    expect(sharedDuties(plan, []).taskIds).toEqual([]);
  });
  it('a lead pasted with double spaces is read as written once; the work may be named in the product only', () => {
    const plan = planOf([
      task('1', { content: 'Thực hiện nhiệm vụ', product: 'Hồ sơ được số hóa', lead: ['Các  phòng,  ban chuyên môn'] }),
      task('2', { content: 'Số hóa hồ sơ', lead: ['Cơ quan,  đơn vị liên quan'] }),
      task('3', { content: 'Số hóa hồ sơ', lead: ['Văn phòng HĐND và UBND xã', 'Các  đơn vị  sự nghiệp công lập thuộc UBND xã'] }),
    ]);
    const s = sharedDuties(plan, core);
    // task 2's lead is a catch-all but not the issuing body's own units: no shared duty
    expect(s.taskIds).toEqual(['1']);
    expect([...s.leads]).toEqual(['0/0']);
    expect(namedLeads(plan, core)).toEqual([[], [], ['Văn phòng HĐND và UBND xã']]);
    expect([...groupsBesideNamedLead(plan, core)]).toEqual(['2/1']);
  });
  it('named leads leave out catch-alls, blanks and non-strings', () => {
    const plan = planOf([
      task('1', { lead: ['Văn phòng HĐND và UBND xã', 'Các đơn vị', '  ', 7 as unknown as string, 'Cơ quan, đơn vị liên quan'] }),
    ]);
    expect(namedLeads(plan, core)).toEqual([['Văn phòng HĐND và UBND xã']]);
  });
  it('a defined group beside a named lead is known; beside a catch-all only it is not', () => {
    const plan = planOf([
      task('1', { lead: ['Văn phòng HĐND và UBND xã', 'Các đơn vị sự nghiệp công lập thuộc UBND xã'] }),
      task('2', { lead: ['Các phòng', 'Các đơn vị sự nghiệp công lập thuộc UBND xã'] }),
    ]);
    expect([...groupsBesideNamedLead(plan, core)]).toEqual(['0/1']);
    expect(groupsBesideNamedLead(plan, []).size).toBe(0);
  });
  it('an undirectable lead is found with the reason of its own kind, in both languages', () => {
    const plan = planOf([task('1', { lead: ['Văn phòng HĐND và UBND xã', 'Công an xã', 'Đoàn Thanh niên xã'] })]);
    const u = undirectedLeads(plan, core);
    expect([...u.keys()]).toEqual(['0/1', '0/2']);
    expect(u.get('0/1')!.en).toMatch(/vertical/i);
    expect(u.get('0/2')!.en).toMatch(/mass organisations/);
    expect(u.get('0/1')!.vi).toMatch(/ngành dọc/);
    expect(undirectedLeads(plan, []).size).toBe(0);
  });
});

describe('subjects: parent requirements', () => {
  const context = (plan: PlanData) => planContext(plan, '2026-03-10');
  const req = (plan: PlanData, id: string) => {
    const s = requirementSubjects(plan, context(plan), kstthc).find((x) => x.id === id)!;
    return { ...s, r: s.facts.requirement as Record<string, unknown> };
  };
  it('a target requirement takes the weakest plan target of its metric with a lower bound, and where it is', () => {
    const plan = planOf(
      [
        task('1', {
          content: 'Tiếp nhận hồ sơ trực tuyến',
          targets: [{ metric: 'online_receipt', bound: '>=', value: 85, unit: 'percent' }],
        }),
      ],
      {
        targets: [
          { metric: 'online_receipt', bound: '>=', value: 90, unit: 'percent', printed_at: 'mục II.1' },
          { metric: 'online_receipt', bound: '<=', value: 10, unit: 'percent' },
          { metric: 'satisfaction', bound: '>', value: 96, unit: 'percent' },
        ],
      },
    );
    const s = req(plan, 'HP-714/online-receipt');
    expect(s.r).toMatchObject({ metric: 'online_receipt', floor: 80, hasTarget: true, planValue: 85, where: 'nhiệm vụ 1', taskId: '1' });
    expect(s.factPointers.requirement).toBe('/tasks/0/targets/0');
    expect(s.source?.ref).toBe('714/QĐ-UBND');
    const sat = req(plan, 'HP-714/satisfaction');
    expect(sat.r).toMatchObject({ hasTarget: true, planValue: 96, where: 'chỉ tiêu chung' });
    expect(sat.r.taskId).toBeUndefined();
    expect(sat.factPointers.requirement).toBe('/targets/2');
    const none = req(plan, 'HP-714/digitisation');
    expect(none.r).toMatchObject({ hasTarget: false, floor: 100 });
    expect(none.r.planValue).toBeUndefined();
    expect(none.factPointers.requirement).toBe('/tasks');
  });
  it('a plan-wide target printed somewhere says where; one given to a task by `task` names the task', () => {
    const plan = planOf([task('7', {})], {
      targets: [
        { metric: 'online_payment', bound: '=', value: 80, unit: 'percent', printed_at: 'Phụ lục' },
        { metric: 'digitisation', bound: '>=', value: 100, unit: 'percent', task: '7' },
      ],
    });
    expect(req(plan, 'HP-714/online-payment').r).toMatchObject({ planValue: 80, where: 'Phụ lục' });
    expect(req(plan, 'HP-714/digitisation').r).toMatchObject({ planValue: 100, where: 'nhiệm vụ 7', taskId: '7' });
  });
  it('a task requirement: the task implementing it, else the best proposed by metric and wording, with both deadlines', () => {
    const plan = planOf([
      task('1', { content: 'Rà soát, đơn giản hóa thủ tục hành chính', deadline: '30/6/2026' }),
      task('2', {
        content: 'Rà soát, đơn giản hóa TTHC',
        product: 'Phương án',
        deadline: 'Quý III/2026',
        targets: [{ metric: 'simplification_time_cut', bound: '>=', value: 20, unit: 'percent' }],
      }),
      task('3', { content: 'Công khai, niêm yết thủ tục hành chính', implements: ['HP-714/publication'] }),
      task('4', { content: 'Công khai thủ tục hành chính, công bố trên cổng', deadline: 'Thường xuyên' }),
      task('5', { content: 'Xây dựng quy định chế độ báo cáo' }),
      task('6', { content: 'Ban hành quy định chế độ báo cáo kiểm soát' }),
    ]);
    const review = req(plan, 'HP-714/simplification-review');
    // the metric weighs more than the words: task 2 over task 1
    expect(review.r).toMatchObject({
      explicit: false,
      covered: true,
      implementedBy: '',
      proposed: '2',
      taskId: '2',
      taskDeadline: 'Quý III/2026',
      deadline: 'Chậm nhất ngày 15/9/2026',
      deadlineDue: '2026-09-15',
      deadlineVn: '15/9/2026',
      taskDue: '2026-09-30',
      taskDueVn: '30/9/2026',
      confirmed: true,
      sourceRef: '714/QĐ-UBND',
      kind: 'task',
    });
    expect(review.factPointers).toEqual({ plan: '', requirement: '/tasks/1' });
    expect(review.mainFact).toBe('requirement');
    const publication = req(plan, 'HP-714/publication');
    expect(publication.r).toMatchObject({ explicit: true, covered: true, implementedBy: '3', proposed: '', taskId: '3', taskDeadline: '' });
    expect(publication.r.deadlineDue).toBeUndefined();
    expect(publication.r.taskDue).toBeUndefined();
    expect(publication.factPointers.requirement).toBe('/tasks/2');
    // more of the "any" words: the better proposal
    expect(req(plan, 'HP-714/reporting-regime').r).toMatchObject({ proposed: '6', taskId: '6' });
    const none = req(plan, 'HP-714/mobile-teams');
    expect(none.r).toMatchObject({ explicit: false, covered: false, implementedBy: '', proposed: '', deadlineDue: '2026-11-30' });
    expect(none.r.taskId).toBeUndefined();
    expect(none.factPointers.requirement).toBe('/tasks');
    expect(req(plan, 'HP-714/inspection').r).toMatchObject({ confirmed: false });
    expect(req(plan, 'HP-714/simplification-review').r.evidence).toMatch(/; /);
  });
  it('a proposal: the metric outweighs the wording; a target of another metric counts for nothing; ties are all named', () => {
    const plan = planOf([
      task('F1', { content: 'Tiếp nhận phản ánh, kiến nghị và xử lý kịp thời' }),
      task('F2', { content: 'Số hóa hồ sơ', targets: [{ metric: 'digitisation', bound: '>=', value: 100, unit: 'percent' }] }),
      task('F3', { content: 'Theo dõi kết quả', targets: [{ metric: 'feedback_handled', bound: '>=', value: 100, unit: 'percent' }] }),
      task('R1', { content: 'Xây dựng quy định chế độ báo cáo' }),
      task('R2', { content: 'Ban hành quy định chế độ báo cáo' }),
      task('P1', { content: 'Công khai thủ tục', implements: ['HP-714/publication'] }),
      task('P2', { content: 'Niêm yết thủ tục', implements: ['HP-714/publication'] }),
    ]);
    expect(req(plan, 'HP-714/feedback-handling').r).toMatchObject({ proposed: 'F3', taskId: 'F3' });
    expect(req(plan, 'HP-714/reporting-regime').r).toMatchObject({ proposed: 'R1, R2', taskId: 'R1' });
    expect(req(plan, 'HP-714/publication').r).toMatchObject({ implementedBy: 'P1, P2', taskId: 'P1', explicit: true });
  });
  it('requirement deadlines are read in the plan year (the end of a period)', () => {
    const d = requirementDeadlines(kstthc, 2026);
    expect(d.size).toBeGreaterThan(0);
    for (const v of d.values()) expect(v).toMatch(/^2026-\d\d-\d\d$/);
    expect(d.get('HP-714/simplification-review')).toBe('2026-09-15');
    expect(d.get('HP-714/mobile-teams')).toBe('2026-11-30');
    expect(d.has('HP-714/publication')).toBe(false);
  });
});

describe('subjects: plan context and rule-set data', () => {
  it('a draft dated by month gets the first of that month as its earliest signing date; the as-of date stands in', () => {
    const c = planContext(
      planOf([], {}, { document: { form: 'QĐ-UBND', number: null, date: null, date_text: 'ngày    tháng 3 năm 2026' } }),
      '2026-02-10',
    );
    expect(c).toMatchObject({ signingDate: null, signingDateEarliest: '2026-03-01', asOf: '2026-02-10', asOfVn: '10/02/2026' });
    const signed = planContext(planOf([], { units: ['A'], external_units: ['B'] }), '2026-12-31');
    expect(signed).toMatchObject({ signingDate: '2026-03-02', signingDateEarliest: '2026-03-02', asOf: '2026-03-02', hasUnits: true });
    expect(signed.knownUnits).toEqual(['A', 'B']);
    expect(planContext(planOf([]), '2026-01-01').hasUnits).toBe(false);
  });
  it('the two-level government: a plan for 2026 or later, or one signed from 1 July 2025', () => {
    const at = (year: number, date: string | null) =>
      planContext(planOf([], {}, { year, document: { form: 'QĐ-UBND', number: '1', date } }), '2025-01-01').twoLevelGovernment;
    expect(at(2026, null)).toBe(true);
    expect(at(2025, '2025-07-01')).toBe(true);
    expect(at(2025, '2025-06-30')).toBe(false);
    expect(at(2025, null)).toBe(false);
  });
  it('data lists concatenate in rule-set order; maps let later rule sets override', () => {
    const rs = (data: Record<string, unknown>) => ({ data }) as unknown as RuleSet;
    expect(dataList([rs({ k: [1] }), rs({ k: 'x' }), rs({ k: [2, 3] })], 'k')).toEqual([1, 2, 3]);
    expect(dataMap([rs({ m: { a: 1, b: 1 } }), rs({ m: [5] }), rs({ m: null }), rs({ m: { b: 2 } })], 'm')).toEqual({ a: 1, b: 2 });
  });
});

describe('subjects: form of the decision and parts of the plan', () => {
  const articles = (...texts: string[]) => ({ articles: texts.map((text, i) => ({ number: i + 1, text })) });
  it('a decision without an article on its effect, and one with it in a clause or a title', () => {
    expect(formFacts(planOf([], { decision: articles('Ban hành kèm theo Quyết định này Kế hoạch.') }), core)).toMatchObject({
      decisionArticlesEncoded: true,
      effectArticle: false,
    });
    const inClause = { articles: [{ number: 2, text: 'Điều khoản thi hành:', clauses: ['Quyết định này có hiệu lực kể từ ngày ký.'] }] };
    expect(formFacts(planOf([], { decision: inClause }), core).effectArticle).toBe(true);
    const inTitle = { articles: [{ number: 2, title: 'Hiệu lực', text: 'Quyết định có hiệu lực từ ngày ký.' }] };
    expect(formFacts(planOf([], { decision: inTitle }), core).effectArticle).toBe(true);
    // nothing encoded, nothing said
    const none = formFacts(planOf([]), core);
    expect(none.decisionArticlesEncoded).toBeUndefined();
    expect(none.effectArticle).toBeUndefined();
    expect(none.distributionArchived).toBeUndefined();
    expect(none.planPartsMissing).toBeUndefined();
  });
  it('"Nơi nhận": the archive line, and the offices the parent rule set names that are missing', () => {
    const f = formFacts(planOf([], { distribution: ['Như Điều 3;', 'Sở Tư pháp;', 'Lưu: VT, VP.'] }), cchc);
    expect(f).toMatchObject({
      distributionArchived: true,
      receivingOfficesMissing: ['Sở Nội vụ'],
      receivingOfficesMissingText: 'Sở Nội vụ',
    });
    const g = formFacts(planOf([], { distribution: ['Sở Nội vụ (để b/c);', 'VT.'] }), cchc);
    expect(g).toMatchObject({ distributionArchived: false, receivingOfficesMissing: [], receivingOfficesMissingText: '' });
    expect(formFacts(planOf([], { distribution: ['Lưu: VT.'] }), core).receivingOfficesMissing).toBeUndefined();
  });
  it('the parts of a plan found by their headings, with the missing ones named in both languages', () => {
    const f = formFacts(
      planOf([task('1', {})], { body: [{ heading: 'II. Nhiệm vụ', text: 'Các nhiệm vụ cụ thể.' }, 'III. Kinh phí thực hiện'] }),
      core,
    );
    expect(f.planPartsMissing).toEqual(['purpose', 'organisation']);
    expect(f.planPartsMissingVi).toBe('"Mục đích, yêu cầu", "Tổ chức thực hiện"');
    expect(f.planPartsMissingEn).toBe('"Purpose and requirements", "Organisation of implementation"');
    const all = formFacts(
      planOf([], {
        objectives: ['Nâng cao chất lượng.'],
        decision: { articles: [{ number: 3, title: 'Tổ chức thực hiện', text: 'Giao các đơn vị triển khai.' }] },
        sections: [
          { id: 'a', title: 'II. Nhiệm vụ' },
          { id: 'b', title: 'IV. Kinh phí' },
        ],
      }),
      core,
    );
    // no tasks: the tasks part is missing, as its headings say nothing of it
    expect(all.planPartsMissing).toEqual(['tasks']);
    // a part's other heading ("Trách nhiệm thực hiện"), as the start of a paragraph
    const other = formFacts(
      planOf([task('1', {})], {
        objectives: ['a'],
        body: ['III. Trách nhiệm thực hiện: các đơn vị triển khai.', { heading: '', text: 'Kinh phí: tự chủ.' }],
      }),
      core,
    );
    expect(other.planPartsMissing).toEqual([]);
    expect(other.planPartsMissingVi).toBe('');
  });
  it('a target the body sets on a topic no task names, at its heading', () => {
    const body = [
      { heading: '2. Yêu cầu', text: 'Tỷ lệ hồ sơ tiếp nhận qua dịch vụ bưu chính công ích tăng.' },
      'Phấn đấu 100% hồ sơ được số hóa.',
      { heading: '3. Hài lòng', text: 'Người dân hài lòng.' },
    ];
    const f = formFacts(planOf([task('1', { content: 'Tiếp nhận hồ sơ', product: 'Hồ sơ được số hóa' })], { body }), core);
    expect(f.bodyTopicsWithoutTask).toEqual(['postal-public-service']);
    expect(f.bodyTopicsWithoutTaskVi).toBe('"hồ sơ qua dịch vụ bưu chính công ích" (2. Yêu cầu)');
    expect(f.bodyTopicsWithoutTaskEn).toBe('"applications through the public postal service" (2. Yêu cầu)');
    const byTarget = formFacts(
      planOf([task('1', { targets: [{ metric: 'x', bound: '>=', value: 1, unit: 'percent', text: 'qua bưu chính' }] })], {
        body: [body[1]!],
      }),
      core,
    );
    expect(byTarget).toMatchObject({
      bodyTopicsWithoutTask: ['digitisation'],
      bodyTopicsWithoutTaskVi: '"số hóa hồ sơ, kết quả giải quyết"',
    });
    expect(formFacts(planOf([], { body }), core).bodyTopicsWithoutTask).toBeUndefined();
  });
  it("a topic named only in a task target's text has its task; two topics without a task are both named", () => {
    const body = ['Tỷ lệ hồ sơ qua bưu chính công ích đạt 20%.', 'Tỷ lệ hồ sơ xử lý trực tuyến, số hóa đạt 90%.'];
    const named = (text: string) =>
      formFacts(
        planOf([task('1', { content: 'Tiếp nhận hồ sơ', targets: [{ metric: 'x', bound: '>=', value: 20, unit: 'percent', text }] })], {
          body,
        }),
        core,
      );
    expect(named('20% hồ sơ qua bưu chính').bodyTopicsWithoutTask).toEqual(['online-processing', 'digitisation']);
    expect(named('').bodyTopicsWithoutTaskEn).toBe(
      '"applications through the public postal service"; "applications processed online"; "digitisation of files and results"',
    );
  });
  it('the proposing unit: the head title dropped, then the locality when the unit is listed without it', () => {
    const unit = (proposer: string, units: PlanData['units'] = ['Trung tâm Phục vụ hành chính công']) =>
      formFacts(
        planOf(
          [],
          { decision: { proposer }, units },
          { issuer: { name: 'Ủy ban nhân dân xã Thử Nghiệm', level: 'commune', type: 'xã', locality: 'Thử Nghiệm' } },
        ),
        core,
      ).proposerUnit;
    expect(unit('Giám đốc Trung tâm Phục vụ hành chính công xã Thử Nghiệm')).toBe('Trung tâm Phục vụ hành chính công');
    expect(unit('Phó Giám đốc Trung tâm Phục vụ hành chính công xã')).toBe('Trung tâm Phục vụ hành chính công');
    expect(unit('Chánh Văn phòng HĐND và UBND xã', ['Văn phòng HĐND và UBND xã'])).toBe('Văn phòng HĐND và UBND xã');
    expect(unit('Trưởng Phòng Kinh tế xã Thử Nghiệm', [])).toBe('Phòng Kinh tế xã Thử Nghiệm');
  });
});

describe('subjects: the plan, its tasks, targets and units', () => {
  const pct = (metric: string, bound: '>=' | '>' | '=' | '<=', value: number, extra: Record<string, unknown> = {}) => ({
    metric,
    bound,
    value,
    unit: 'percent' as const,
    ...extra,
  });
  const build = (plan: PlanData, deadlines = new Map<string, string>()) =>
    planSubjects(plan, planContext(plan, '2026-03-10'), deadlines, planDuties(plan, core));
  const fact = (subjects: ReturnType<typeof build>, kind: string, id: string, name: string) =>
    subjects.find((s) => s.kind === kind && s.id === id)!.facts[name] as Record<string, unknown>;

  it('a task: its deadline read, the earliest parent deadline, its section title, its named leads and its report duty', () => {
    const plan = planOf(
      [
        task('1', {
          content: 'Báo cáo kết quả gửi Ủy ban nhân dân xã',
          deadline: 'Trước 30/6/2026',
          implements: ['b', 'a', 'none'],
          section: 's2',
          lead: ['Văn phòng HĐND và UBND xã', 'Trung tâm Phục vụ hành chính công'],
        }),
        task('2', { content: 'Rà soát', deadline: 'Từ ngày 15/3/2026', lead: ['Văn phòng HĐND và UBND xã', 'Các đơn vị'], section: 'x' }),
        task('3', { content: 'Rà soát', deadline: 'Sau khi có Quyết định của UBND thành phố' }),
        task('4', { content: 'Rà soát', deadline: null }),
      ],
      { sections: [{ id: 's2', title: 'II. Nhiệm vụ' }] },
    );
    const s = build(
      plan,
      new Map([
        ['a', '2026-09-30'],
        ['b', '2026-06-30'],
      ]),
    );
    const t1 = fact(s, 'task', '1', 'task');
    expect(t1).toMatchObject({
      parentDeadline: '2026-06-30',
      sectionTitle: 'II. Nhiệm vụ',
      namedLeadCount: 2,
      namedLeadsText: 'Văn phòng HĐND và UBND xã; Trung tâm Phục vụ hành chính công',
      reportDuty: true,
      reportNoSchedule: false,
      reportNoRecipient: false,
      reportOngoing: false,
    });
    expect((t1.deadlineInfo as Record<string, unknown>).due).toBe('2026-06-30');
    expect((t1.deadlineInfo as Record<string, unknown>).openEnded).toBeUndefined();
    const t2 = fact(s, 'task', '2', 'task');
    expect(t2.deadlineInfo).toMatchObject({ openEnded: 'start', startOnly: true, due: '2026-03-15' });
    expect(t2.sectionTitle).toBeUndefined();
    expect(t2.namedLeadCount).toBeUndefined();
    expect(t2.reportDuty).toBeUndefined();
    expect(t2.parentDeadline).toBeUndefined();
    expect(fact(s, 'task', '3', 'task').deadlineInfo).toMatchObject({ openEnded: 'event', startOnly: false });
    expect(fact(s, 'task', '4', 'task').deadlineInfo).toBeUndefined();
    const sub = s.find((x) => x.kind === 'task' && x.id === '2')!;
    expect(sub.factPointers).toEqual({ plan: '', task: '/tasks/1' });
    expect(s[0]).toMatchObject({ kind: 'plan', id: plan.plan.title, factPointers: { plan: '' } });
  });

  it('a unit named as lead or partner: its role, place and what is known of it', () => {
    const plan = planOf([
      task('1', { content: 'Số hóa hồ sơ', lead: ['Các phòng, ban, cơ quan, đơn vị'] }),
      task('2', {
        content: 'Rà soát',
        lead: ['Văn phòng HĐND và UBND xã', 'Các đơn vị sự nghiệp công lập thuộc UBND xã', 'Công an xã'],
        partners: ['Công an xã'],
      }),
    ]);
    const refs = build(plan)
      .filter((x) => x.kind === 'unit-ref')
      .map((x) => [x.factPointers.unitRef, x.facts.unitRef]);
    expect(refs).toEqual([
      [
        '/tasks/0/lead/0',
        expect.objectContaining({ role: 'lead', roleVi: 'chủ trì', index: 0, taskId: '1', sharedDuty: true, groupBesideNamedLead: false }),
      ],
      ['/tasks/1/lead/0', expect.objectContaining({ index: 0, sharedDuty: false, groupBesideNamedLead: false })],
      ['/tasks/1/lead/1', expect.objectContaining({ index: 1, groupBesideNamedLead: true })],
      ['/tasks/1/lead/2', expect.objectContaining({ index: 2, notDirectedEn: expect.stringMatching(/vertical/) })],
      [
        '/tasks/1/partners/0',
        expect.objectContaining({ role: 'partner', roleVi: 'phối hợp', index: 0, sharedDuty: false, groupBesideNamedLead: false }),
      ],
    ]);
    expect((refs[3]![1] as Record<string, unknown>).notDirectedVi).toMatch(/ngành dọc/);
    expect((refs[4]![1] as Record<string, unknown>).notDirectedEn).toBeUndefined();
  });

  it('targets: headline floor, another owner of the indicator, the highest floor of another task', () => {
    const plan = planOf(
      [
        task('1', { lead: ['Văn phòng HĐND và UBND xã'], targets: [pct('online', '>=', 90), pct('paid', '<=', 5)] }),
        task('2', { lead: ['Trung tâm Phục vụ hành chính công'], targets: [pct('online', '>=', 85)] }),
        task('3', { lead: ['Văn phòng HĐND và UBND xã'], targets: [pct('online', '=', 95)] }),
      ],
      { targets: [pct('online', '>=', 80), pct('online', '>', 70), pct('online', '<=', 10), pct('other', '>=', 1, { task: '1' })] },
    );
    const s = build(plan);
    const t = (id: string) => fact(s, 'target', id, 'target');
    expect(t('online')).toMatchObject({ headline: true, value: 80 });
    expect(t('online').headlineFloor).toBeUndefined();
    expect(t('1:other')).toMatchObject({ headline: true, taskId: '1' });
    expect(t('1:online')).toMatchObject({ headline: false, taskId: '1', headlineFloor: 70, peerFloor: 95, peerTask: '3' });
    expect(t('1:online').otherOwnerTask).toBeUndefined();
    expect(t('2:online')).toMatchObject({ otherOwnerTask: '1', otherOwnerLead: 'Văn phòng HĐND và UBND xã', peerFloor: 95, peerTask: '3' });
    // the same lead as the first owner: no other owner
    expect(t('3:online').otherOwnerTask).toBeUndefined();
    expect(t('3:online')).toMatchObject({ peerFloor: 90, peerTask: '1' });
    expect(t('1:paid').peerFloor).toBeUndefined();
    const sub = s.find((x) => x.kind === 'target' && x.id === '2:online')!;
    expect(sub.factPointers).toEqual({ plan: '', target: '/tasks/1/targets/0', task: '/tasks/1' });
    expect((sub.facts.task as Record<string, unknown>).id).toBe('2');
    expect(s.find((x) => x.kind === 'target' && x.id === 'online')!.factPointers).toEqual({ plan: '', target: '/targets/0' });
  });

  it('the same leads in another order or case are the same owner of an indicator', () => {
    const s = build(
      planOf([
        task('1', { lead: ['Văn phòng HĐND và UBND xã', 'Trung tâm Phục vụ hành chính công'], targets: [pct('online', '>=', 90)] }),
        task('2', { lead: ['trung tâm phục vụ hành chính công', 'Văn phòng HĐND và UBND xã'], targets: [pct('online', '>=', 90)] }),
        task('3', { lead: ['Trung tâm Phục vụ hành chính công'], targets: [pct('online', '>=', 90)] }),
      ]),
    );
    expect(fact(s, 'target', '2:online', 'target').otherOwnerTask).toBeUndefined();
    expect(fact(s, 'target', '3:online', 'target')).toMatchObject({
      otherOwnerTask: '1',
      otherOwnerLead: 'Văn phòng HĐND và UBND xã; Trung tâm Phục vụ hành chính công',
    });
  });

  it('percentages printed in a task against its targets', () => {
    expect(percentsIn('đạt 95,5% và 100 % hồ sơ')).toEqual([95.5, 100]);
    expect(percentsIn(null)).toEqual([]);
    const s = build(
      planOf([
        task('1', {
          content: 'Đạt 90% hồ sơ',
          product: 'Tỷ lệ 90%, 85% và 85%',
          targets: [pct('a', '>=', 90), pct('b', '>=', 80), { metric: 'c', bound: '>=', value: 7, unit: 'count' }],
        }),
        task('2', { content: 'Không có số', product: '50%' }),
      ]),
    );
    expect(fact(s, 'task', '1', 'task')).toMatchObject({
      percentsContent: [90],
      percentsProduct: [90, 85, 85],
      percentMismatch: [85],
      targetsNotInText: [80],
    });
    expect(fact(s, 'task', '2', 'task')).toMatchObject({ percentsContent: [], percentsProduct: [50], percentMismatch: [] });
  });

  it('the lowest floor per metric', () => {
    expect([...floorsByMetric([pct('a', '>=', 90), pct('a', '=', 80), pct('a', '<=', 5), pct('a', '>', 85), pct('b', '>', 1)])]).toEqual([
      ['a', 80],
      ['b', 1],
    ]);
  });
});

describe('subjects: mentions of words in the prose', () => {
  const mentions = (plan: PlanData) =>
    mentionSubjects(plan, planContext(plan, '2026-03-10'), core).map((s): Record<string, unknown> => ({
      pointer: s.factPointers.mention,
      span: s.span,
      ...(s.facts.mention as Record<string, unknown>),
    }));
  const of = (list: ReturnType<typeof mentions>, kind: string) => list.filter((m) => m.kind === kind);

  it('the first use of an abbreviation, in document order with the titles, and whether it is spelt out there', () => {
    const list = mentions(
      planOf(
        [task('1', { content: 'Số hóa hồ sơ TTHC và CCHC' })],
        {
          objectives: ['Nâng cao chất lượng giải quyết TTHC.'],
          body: ['Công nghệ thông tin (viết tắt là CNTT) được ứng dụng; CNTT hiện đại.'],
        },
        { titles: { plan: 'Kế hoạch cải cách hành chính (CCHC) năm 2026' } },
      ),
    );
    const abbr = of(list, 'abbreviation').map((m) => [m.term, m.pointer, m.defined, m.expansion, m.text, m.taskId]);
    expect(abbr).toEqual([
      ['TTHC', '/objectives/0', false, 'thủ tục hành chính', 'TTHC', undefined],
      ['CCHC', '/plan/titles/plan', true, 'cải cách hành chính', 'CCHC', undefined],
      ['CNTT', '/body/0', true, 'công nghệ thông tin', 'CNTT', undefined],
    ]);
    const tthc = of(list, 'abbreviation')[0]!;
    expect(tthc.span).toEqual([31, 35]);
  });
  it('the decision title is read first, the appendix title before the tasks and after the body', () => {
    const list = mentions(
      planOf(
        [task('1', { content: 'Số hóa hồ sơ TTHC, PAKN và CCHC' })],
        { body: ['Giải quyết PAKN của người dân.'] },
        { titles: { decision: 'Ban hành Kế hoạch CCHC năm 2026', appendix: 'Nội dung kiểm soát TTHC và PAKN' } },
      ),
    );
    expect(of(list, 'abbreviation').map((m) => [m.term, m.pointer])).toEqual([
      ['TTHC', '/plan/titles/appendix'],
      ['CCHC', '/plan/titles/decision'],
      ['PAKN', '/body/0'],
    ]);
  });
  it('an abbreviation inside a word is no use of it; a name of two words before the parenthesis defines it', () => {
    const list = mentions(planOf([task('1', { content: 'Chỉ số năng lực cạnh tranh của xã (DDCI) và TTHCX' })]));
    expect(of(list, 'abbreviation').map((m) => [m.term, m.defined, m.taskId, m.pointer])).toEqual([
      ['DDCI', true, '1', '/tasks/0/content'],
    ]);
    const bare = mentions(planOf([task('1', { content: 'Nâng (DDCI) và ( TTHC)' })]));
    expect(of(bare, 'abbreviation').map((m) => [m.term, m.defined])).toEqual([
      ['TTHC', false],
      ['DDCI', false],
    ]);
  });
  it('repeated words of two syllables, not one; at their characters', () => {
    expect(repeatedPhrases('tăng cường kiểm soát kiểm soát thủ tục, phân công công việc')).toEqual([[11, 30, 'kiểm soát']]);
    expect(repeatedPhrases('a b c a b c d')).toEqual([[0, 11, 'a b c']]);
    expect(repeatedPhrases('kiểm soát, kiểm soát')).toEqual([]);
    const list = mentions(planOf([task('1', { content: 'Rà soát rà soát; kiểm soát kiểm soát hồ sơ' })]));
    expect(of(list, 'repeat').map((m) => [m.text, m.words, m.allowed, m.span])).toEqual([
      ['kiểm soát kiểm soát', 'kiểm soát', false, [17, 36]],
    ]);
  });
  it('known misspellings in a unit column and the prose; a target copying a printed sentence is not reported again', () => {
    const body = 'Tuyên truyền, truyền truyền rộng rãi.';
    const list = mentions(
      planOf(
        [
          task('1', {
            content: 'Làm việc',
            partners: ['Các cơ quan liên có quan'],
            targets: [{ metric: 'x', bound: '>=', value: 1, unit: 'count', text: body }],
          }),
        ],
        {
          body: [body],
        },
      ),
    );
    expect(of(list, 'misspelling').map((m) => [m.pointer, m.text, m.suggestion, m.knownMisspelling])).toEqual([
      ['/body/0', 'truyền truyền', 'tuyên truyền', true],
      ['/tasks/0/partners/0', 'liên có quan', 'có liên quan', true],
    ]);
    // the misspelt phrase is not a repeated word besides
    expect(of(list, 'repeat')).toEqual([]);
  });
  it('a slip of a diacritic found by the vocabulary, once', () => {
    const list = mentions(planOf([task('1', { content: 'Văn bản đơn đốc các cơ quan thực hiện' })]));
    expect(of(list, 'misspelling').map((m) => [m.text, m.suggestion, m.span])).toEqual([['đơn đốc', 'đôn đốc', [8, 15]]]);
  });
  it('district-level bodies, and whether the text says they are the former ones', () => {
    const list = mentions(
      planOf([], {
        body: ['Phối hợp với UBND huyện Thử Nghiệm.', 'Trước khi sắp xếp, Phòng Tư pháp huyện (cũ) thực hiện.', 'Xã cấp huyện'],
      }),
    );
    expect(of(list, 'district').map((m) => [m.pointer, m.text, m.historical])).toEqual([
      ['/body/0', 'UBND huyện', false],
      ['/body/1', 'Phòng Tư pháp huyện', true],
      ['/body/2', 'cấp huyện', false],
    ]);
  });
});

describe('subjects: citations', () => {
  const registry = loadRegistry(join(ROOT, 'rules', 'legal'));
  const plan = planOf(
    [
      task('1', {
        content:
          'Thực hiện Nghị định 118/2025/NĐ-CP và Thông tư số 01/2023/QĐ-VPCP ngày 31/2/2023, Nghị định số 63/2010/NĐ-CP; Nghị định số 45/NĐ-CP; Quyết định số 5/QĐ-UBND ngày 02/01/2026 của UBND xã; Luật Tổ chức chính quyền địa phương ngày 16/6/2025',
      }),
    ],
    {},
    {
      parent: { ref: '714/QĐ-UBND', date: '2026-02-27' },
      legal_basis: [
        'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều;',
        'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;',
        'Căn cứ Quyết định số 714/QĐ-UBND ngày 26/02/2026 của Ủy ban nhân dân thành phố;',
      ],
    },
  );
  const subjects = citationSubjects(plan, planContext(plan, '2026-03-10'), registry, core);
  const at = (i: number) => ({ ...subjects[i]!, c: subjects[i]!.facts.citation as Record<string, unknown> });

  it('each citation in document order, at its field and characters', () => {
    expect(subjects.map((s) => [s.id, s.factPointers.citation, s.span])).toEqual([
      ['63/2010/NĐ-CP', '/plan/legal_basis/0', [7, 62]],
      ['92/2017/NĐ-CP', '/plan/legal_basis/0', [96, 151]],
      ['61/2018/NĐ-CP', '/plan/legal_basis/1', [7, 62]],
      ['714/QĐ-UBND', '/plan/legal_basis/2', [7, 78]],
      ['118/2025/NĐ-CP', '/tasks/0/content', [10, 34]],
      ['01/2023/QĐ-VPCP', '/tasks/0/content', [38, 80]],
      ['63/2010/NĐ-CP', '/tasks/0/content', [82, 108]],
      // a citation the registry knows is named by the registry's reference
      ['45/2020/NĐ-CP', '/tasks/0/content', [110, 131]],
      ['5/QĐ-UBND', '/tasks/0/content', [133, 184]],
      ['72/2025/QH15', '/tasks/0/content', [186, 236]],
    ]);
  });
  it('a basis cited with one amendment in its sentence: the amendments it leaves out, with the weakest word on them', () => {
    expect(at(0).c).toMatchObject({
      first: true,
      known: true,
      citedAsBasis: true,
      dateMatches: true,
      complete: true,
      missingParts: '',
      verdict: 'in-force',
      uncitedAmendments: ['48/2013/NĐ-CP', '78/2025/NĐ-CP'],
      uncitedAmendmentsText: '48/2013/NĐ-CP, 78/2025/NĐ-CP',
      amendmentConfidenceEn: 'secondary sources, unverified',
      registryDateVn: '08/6/2010',
      docTitle: 'Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục hành chính',
    });
    // cited again later: not the first citation, and the amendments are asked for once
    expect(at(6).c).toMatchObject({ first: false, citedAsBasis: true, uncitedAmendments: [], complete: false });
    expect(at(1).c).toMatchObject({ uncitedAmendments: [], citedAsBasis: true });
    expect(at(1).c.amendmentConfidenceEn).toBeUndefined();
  });
  it('a document no longer in force: when it ended and what replaced it', () => {
    expect(at(2).c).toMatchObject({
      verdict: 'expired',
      verdictEn: 'no longer in force',
      endedVn: '01/7/2025',
      endedEn: '2025-07-01',
      replacedBy: '118/2025/NĐ-CP',
    });
    expect(at(0).c).toMatchObject({ endedEn: 'an unknown date', replacedBy: '', endsInYear: false, localBeforeReform: false });
  });
  it('a citation without date and issuer, and one with an impossible date and the wrong symbol', () => {
    expect(at(4).c).toMatchObject({
      known: true,
      complete: false,
      missingParts: 'ngày ban hành và cơ quan ban hành',
      missingPartsEn: 'date and issuing body',
      citedAsBasis: false,
      undatedAmendments: ['367/2025/NĐ-CP'],
      undatedAmendmentsText: '367/2025/NĐ-CP (31/12/2025)',
      unverifiedAmendments: [],
    });
    expect(at(4).c.date).toBeUndefined();
    expect(at(5).c).toMatchObject({
      type: 'Thông tư',
      known: false,
      symbolOk: false,
      dateReal: false,
      badDate: '31/2/2023',
      complete: false,
      missingParts: 'cơ quan ban hành',
      missingPartsEn: 'issuing body',
      // the symbol the message asks for, as a drafter writes it (it read "TTTTLT-" before)
      expectedSymbol: 'TT- / TTLT-',
    });
    expect(at(5).c.docRef).toBeUndefined();
  });
  it('a symbol that needs a year, a local decision, and a law (complete without number or issuer)', () => {
    expect(at(7).c).toMatchObject({ yearMissing: true, symbolOk: true, expectedSymbol: 'NĐ-' });
    expect(at(8).c).toMatchObject({ yearMissing: false, complete: true, issuer: 'UBND xã', date: '2026-01-02', dateVn: '02/01/2026' });
    expect(at(9).c).toMatchObject({ law: true, complete: true, yearMissing: false });
    expect(at(3).c).toMatchObject({ known: false, citedAsBasis: false, first: true });
  });
  it('a local document from before the two-level reform (1 July 2025), and the period of a programme cited with another end', () => {
    const p = planOf([
      task('1', {
        content:
          'Thực hiện Quyết định số 1829/QĐ-CT ngày 18/7/2017 của Chủ tịch UBND thành phố; Kế hoạch số 160/KH-UBND ngày 01/7/2025 của UBND thành phố. Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2025. Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về cải cách giai đoạn 2021-2025.',
      }),
    ]);
    const c = citationSubjects(p, planContext(p, '2026-03-10'), registry, core).map((x) => x.facts.citation as Record<string, unknown>);
    expect(c.map((x) => [x.docRef, x.localBeforeReform])).toEqual([
      ['1829/QĐ-CT', true],
      ['160/KH-UBND', false],
      ['76/NQ-CP', false],
      ['76/NQ-CP', false],
    ]);
    expect(c[2]).toMatchObject({ titlePeriodCited: '2021-2025', titlePeriodRegistry: '2021-2030' });
    // the period of some other wording is not the programme's
    expect(c[3]!.titlePeriodCited).toBeUndefined();
    expect(c[0]!.titlePeriodCited).toBeUndefined();
  });
  it('the parent plan among the legal bases: cited, with another date', () => {
    expect(parentCitationFacts(plan, registry)).toEqual({
      parentRef: '714/QĐ-UBND',
      parentDateVn: '27/02/2026',
      parentCited: true,
      parentDateOk: false,
      parentCitedDateVn: '26/02/2026',
    });
    const right = planOf([], {}, { parent: { ref: '714/QĐ-UBND', date: '2026-02-26' }, legal_basis: plan.plan.legal_basis! });
    expect(parentCitationFacts(right, registry)).toMatchObject({ parentCited: true, parentDateOk: true });
    const absent = planOf([], {}, { parent: { ref: '9/QĐ-UBND', date: '2026-02-26' }, legal_basis: plan.plan.legal_basis! });
    expect(parentCitationFacts(absent, registry)).toMatchObject({
      parentCited: false,
      parentDateOk: false,
      parentCitedDateVn: 'không ghi ngày',
    });
    expect(parentCitationFacts(planOf([]), registry)).toEqual({});
  });
});

describe('subjects: the symbol a citation-symbol-type finding asks for', () => {
  it('is every alternative of the rule set pattern, as written in a document symbol', () => {
    expect(readableSymbol('^NĐ-')).toBe('NĐ-');
    expect(readableSymbol('^(TT|TTLT)-')).toBe('TT- / TTLT-');
    expect(readableSymbol('^(NQ-|NQ$|QH\\d+$)')).toBe('NQ- / NQ / QH');
    expect(readableSymbol('^QH\\d+$')).toBe('QH');
  });
});

describe('subjects: the plan context (context.ts, index.ts, ruleset-data.ts)', () => {
  const registry = loadRegistry(join(ROOT, 'rules', 'legal'));
  const contextOf = (plan: PlanData) =>
    buildSubjects(plan, '2026-03-10', core, registry).find((s) => s.kind === 'plan')!.facts.context as PlanContext;
  it('names the first six units, strings or named entries, skipping one without a name', () => {
    const units = [
      'Văn phòng',
      { name: 'Phòng Văn hóa - Xã hội' },
      { aliases: ['x'] },
      'Công an xã',
      'Trạm Y tế',
      'Trường Mầm non',
      'Trường Tiểu học',
      'Trường THCS',
    ];
    const context = contextOf(planOf([task('1', {})], { units } as Partial<PlanData>));
    expect(context.unitNamesText).toBe('Văn phòng, Phòng Văn hóa - Xã hội, Công an xã, Trạm Y tế, Trường Mầm non, Trường Tiểu học');
    expect(contextOf(planOf([task('1', {})])).unitNamesText).toBe('');
  });
  it('an unsigned plan is signed no earlier than the month its date line names', () => {
    const unsigned = (date_text: string) =>
      planContext(
        planOf([], {}, { document: { form: 'QĐ-UBND', number: null, date: null, date_text } } as Partial<PlanData['plan']>),
        '2026-03-10',
      );
    expect(unsigned('Thử Nghiệm, ngày   tháng  3   năm  2026').signingDateEarliest).toBe('2026-03-01');
    expect(unsigned('Thử Nghiệm, ngày tháng 11 năm 2026').signingDateEarliest).toBe('2026-11-01');
    expect(unsigned('Thử Nghiệm, ngày tháng năm 2026').signingDateEarliest).toBeNull();
    // a signed plan: its date
    expect(planContext(planOf([]), '2026-03-10')).toMatchObject({
      signingDate: '2026-03-02',
      signingDateEarliest: '2026-03-02',
      asOf: '2026-03-02',
    });
  });
  it('rule-set data maps: later rule sets override earlier ones; lists and scalars are not maps', () => {
    const rs = (data: Record<string, unknown>) => ({ data }) as unknown as RuleSet;
    expect(dataMap([rs({ m: { a: 1, b: 2 } }), rs({ m: { b: 3 } }), rs({ m: ['x'] }), rs({ m: 'y' }), rs({})], 'm')).toEqual({
      a: 1,
      b: 3,
    });
  });
});
