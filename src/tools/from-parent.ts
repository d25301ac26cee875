import { stringify } from 'yaml';
import type { PlanData, Target, Task } from '../plan/plan-types.js';
import type { ImportResult } from '../import/import-plan.js';
import { describePos } from '../import/source-blocks.js';
import { normText } from '../text/normalise.js';
import { RULESET_ID } from '../rules/ruleset-id.js';
import { formatVnDate } from '../util/dates.js';
import { msg } from '../messages/index.js';
import type { Lang } from '../types.js';

/**
 * `plan-check rules from-parent`: a province's or city's plan, imported with the plan import,
 * drafted as the data-only rule set of a parent plan (the shape `rules new` writes): floors from
 * its targets, mandated tasks from the tasks it assigns to communes ("UBND các xã, phường", "UBND
 * cấp xã" as lead or partner) with their deadlines. Every requirement keeps the printed text and
 * the position it was read from (`title`, `source.article`, `evidence`); the rule author reviews
 * the draft (provenance says so) before plans are checked against it.
 */

/** Something of the parent plan the draft leaves out, and why. */
export interface DraftSkip {
  reason: 'approximate' | 'ceiling' | 'duplicate';
  text: string;
}

export interface ParentDraft {
  id: string;
  text: string;
  targets: number;
  tasks: number;
  skipped: DraftSkip[];
}

export interface DraftOptions {
  /** The document's file name, recorded in the provenance and the evidence. */
  file: string;
  /** The output path: `…/<province>/<year>-<kind>.yaml` gives the rule-set id. */
  output?: string;
}

/** Why a draft cannot be made: the parent plan's reference (number and date) is not in the document. */
export class NoParentReference extends Error {}

/** "UBND các xã, phường", "Ủy ban nhân dân cấp xã", "Chủ tịch UBND các xã": a unit that is the communes. */
const COMMUNES = new RegExp(
  `(?:${['ubnd', 'uy ban nhan dan'].join('|')})\\s+(?:cac\\s+)?(?:xa|phuong|dac khu|cap xa)\\b|\\bcac xa,?\\s+phuong\\b`,
  'u',
);

/** Words too common in plans to tell one task from another, left out of a drafted `match`. */
const COMMON = new Set(
  [
    'thực hiện',
    'triển khai',
    'tổ chức',
    'hành chính',
    'thủ tục',
    'cơ quan',
    'đơn vị',
    'người dân',
    'doanh nghiệp',
    'địa bàn',
    'quy định',
    'kế hoạch',
    'nhiệm vụ',
    'công tác',
    'tăng cường',
    'nâng cao',
    'tiếp tục',
    'đẩy mạnh',
  ].map(ascii),
);
/** One-syllable words that join others ("của", "tại", "và" …): a drafted keyword never spans them. */
const JOINERS = new Set(
  [
    'của',
    'tại',
    'và',
    'các',
    'cho',
    'do',
    'theo',
    'trên',
    'với',
    'về',
    'trong',
    'đối',
    'những',
    'được',
    'để',
    'từ',
    'đến',
    'năm',
    'có',
    'là',
    'việc',
  ].map(ascii),
);

/** Lower case, no diacritics, đ as d: for matching unit names and making ids. */
function ascii(s: string): string {
  return normText(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'd').toLowerCase();
}

const slug = (s: string) =>
  ascii(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** True when the communes (UBND các xã, phường; UBND cấp xã) lead the task or take part in it. */
export function assignedToCommunes(task: Task): boolean {
  return [...(task.lead ?? []), ...(task.partners ?? [])].some((u) => COMMUNES.test(ascii(u)));
}

/**
 * Two keywords of a task's content for the requirement's `match`: the first two-syllable words
 * that are neither common plan words nor spanning a joiner ("Niêm yết, công khai thủ tục …" →
 * "niêm yết", "công khai"). A draft: the rule author widens or narrows them.
 */
export function draftKeywords(content: string): string[] {
  const out: string[] = [];
  for (const segment of content.split(/[,;:.()\-–/]+/u)) {
    const words = segment.trim().split(/\s+/u).filter(Boolean);
    let run: string[] = [];
    const flush = () => {
      for (let i = 0; i + 1 < run.length; i += 2) {
        const pair = `${run[i]} ${run[i + 1]}`.toLocaleLowerCase('vi');
        if (!COMMON.has(ascii(pair)) && !out.includes(pair)) out.push(pair);
      }
      run = [];
    };
    for (const w of words) {
      if (JOINERS.has(ascii(w)) || /\d/u.test(w)) flush();
      else run.push(w);
    }
    flush();
    if (out.length >= 2) break;
  }
  return out.slice(0, 2);
}

/** The rule-set id: from an output path `…/<province>/<year>-<kind>.yaml`, else from the plan. */
function rulesetId(plan: PlanData, province: string, output?: string): string {
  const m = output ? /([a-z0-9][a-z0-9-]*)[/\\](\d{4}-[a-z0-9-]+)\.ya?ml$/u.exec(output) : null;
  const fromPath = m ? `${m[1]}/${m[2]}` : undefined;
  if (fromPath && RULESET_ID.test(fromPath)) return fromPath;
  return `${slug(province) || 'tinh'}/${plan.plan.year}-${plan.plan.kind}`;
}

/** "Lâm Đồng" + 88 → "LD-88": the prefix of requirement ids, as HP-714 for Hải Phòng's 714. */
function requirementPrefix(province: string, number: string): string {
  const initials = ascii(province)
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return `${initials || 'P'}-${number.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The heading under which a plan-level target was printed (the objective paragraph that states it). */
function targetPlace(plan: PlanData, t: Target): string {
  if (t.printed_at) return `mục ${t.printed_at}`;
  for (const o of plan.objectives ?? []) {
    if (typeof o !== 'string' && o.text === t.text) return o.heading ? `Mục đích, yêu cầu — ${o.heading}` : 'Mục đích, yêu cầu';
  }
  return 'Mục tiêu';
}

/** The draft rule set of a parent plan from its import. */
export function draftParentRuleset(imported: ImportResult, o: DraftOptions): ParentDraft {
  const { plan, taskPositions } = imported;
  const id = plan.plan;
  const doc = id.document;
  if (doc.number == null || !doc.date) throw new NoParentReference();
  const ref = `${doc.number}/${doc.form}`;
  const province = (id.issuer.level === 'province' ? id.issuer.locality : id.issuer.province) ?? id.issuer.locality;
  const prefix = requirementPrefix(province, String(doc.number));
  const sections = new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
  const skipped: DraftSkip[] = [];
  const requirements: Record<string, unknown>[] = [];
  const used = new Set<string>();
  const reqId = (name: string) => {
    let rid = `${prefix}/${name}`;
    for (let n = 2; used.has(rid); n++) rid = `${prefix}/${name}-${n}`;
    used.add(rid);
    return rid;
  };

  // Floors: the plan's own targets, then those of the tasks it gives the communes.
  const communeTasks = plan.tasks.filter(assignedToCommunes);
  const candidates: { target: Target; place: string; printed: string }[] = [
    ...(plan.targets ?? []).map((t) => ({ target: t, place: targetPlace(plan, t), printed: t.text ?? '' })),
    ...communeTasks.flatMap((task) =>
      (task.targets ?? []).map((t) => ({
        target: t,
        place: `nhiệm vụ ${task.id}${taskPositions[task.id] ? `, ${describePos(taskPositions[task.id]!, 'vi')}` : ''}`,
        printed: task.content,
      })),
    ),
  ];
  const floors = new Map<string, number>();
  for (const { target: t, place, printed } of candidates) {
    const text = printed || `${t.metric} ${t.bound} ${t.value}`;
    if (t.bound === '~') {
      skipped.push({ reason: 'approximate', text });
      continue;
    }
    if (t.bound === '<' || t.bound === '<=') {
      skipped.push({ reason: 'ceiling', text });
      continue;
    }
    if (floors.has(t.metric)) {
      if (floors.get(t.metric) !== t.value) skipped.push({ reason: 'duplicate', text });
      continue;
    }
    floors.set(t.metric, t.value);
    requirements.push({
      id: reqId(slug(t.metric)),
      kind: 'target',
      title: text,
      target: { metric: t.metric, min: t.value, unit: t.unit, ...(t.baseline_year ? { baseline_year: t.baseline_year } : {}) },
      source: { ref, article: place },
      evidence: [`${o.file}, ${place}: "${text}"`],
      confidence: 'C',
    });
  }

  // Mandated tasks: what the communes lead or take part in, with the deadline as printed.
  for (const task of communeTasks) {
    const pos = taskPositions[task.id];
    const at = pos ? describePos(pos, 'vi') : '';
    const section = task.section ? sections.get(task.section) : undefined;
    const units = [
      task.lead?.length ? `chủ trì: ${task.lead.join(', ')}` : '',
      task.partners?.length ? `phối hợp: ${task.partners.join(', ')}` : '',
      task.deadline ? `thời hạn: ${task.deadline}` : '',
    ].filter(Boolean);
    const keywords = draftKeywords(task.content);
    requirements.push({
      id: reqId(`task-${slug(task.id)}`),
      kind: 'task',
      title: task.content,
      ...(task.deadline ? { deadline: task.deadline } : {}),
      ...(task.targets?.length ? { metric: task.targets[0]!.metric } : {}),
      ...(keywords.length ? { match: { all: keywords } } : {}),
      source: { ref, article: `Phụ lục, nhiệm vụ ${task.id}${section ? ` (${section})` : ''}` },
      evidence: [`${o.file}${at ? `, ${at}` : ''}: "${[task.content, ...units].join(' | ')}"`],
      confidence: 'C',
    });
  }

  const rsId = rulesetId(plan, province, o.output);
  const kindKey = id.kind === 'cchc' ? 'rules.fromParent.kind.cchc' : 'rules.fromParent.kind.kstthc';
  const titleParams = (lang: Lang) => ({ kind: msg(lang, kindKey), year: id.year, issuer: id.issuer.name || province, ref });
  const ruleset = {
    id: rsId,
    version: `${id.year}.0.1`,
    title: { vi: msg('vi', 'rules.fromParent.title', titleParams('vi')), en: msg('en', 'rules.fromParent.title', titleParams('en')) },
    provenance:
      `BẢN NHÁP do plan-check rules from-parent lập từ ${o.file} (${ref} ngày ${formatVnDate(doc.date)}). ` +
      'Chỉ tiêu lấy từ các chỉ tiêu, mục tiêu của kế hoạch; nhiệm vụ lấy từ các nhiệm vụ giao UBND cấp xã chủ trì ' +
      'hoặc phối hợp, kèm thời hạn. Mỗi yêu cầu ghi câu chữ như in và vị trí (title, source.article, evidence). ' +
      'Người viết quy tắc rà lại từng yêu cầu (nhất là match của nhiệm vụ) trước khi dùng để kiểm tra kế hoạch cấp xã.',
    parent: {
      ref,
      date: doc.date,
      ...(id.issuer.name ? { issuer: id.issuer.name } : {}),
      title: id.titles?.decision ?? id.title,
      confidence: 'C',
    },
    applies_to: { level: 'commune', ...(province ? { province } : {}), year: id.year, kind: id.kind },
    requirements,
  };
  const text =
    '# yaml-language-server: $schema=../../schema/ruleset.schema.json\n' +
    '# Bộ quy tắc chỉ có dữ liệu: các quy tắc kiểm tra yêu cầu ở rules/core/parent-requirements.yaml.\n' +
    stringify(ruleset, { lineWidth: 0 });
  return {
    id: rsId,
    text,
    targets: requirements.filter((r) => r.kind === 'target').length,
    tasks: requirements.filter((r) => r.kind === 'task').length,
    skipped,
  };
}
