import type { PlanData } from '../../plan/plan-types.js';
import { normText, regex, toneOldStyle } from '../../text/normalise.js';
import type { RuleSet } from '../../rules/ruleset-types.js';
import { dataList } from './ruleset-data.js';
import type { ReportDuty } from './report-duty.js';

/**
 * "task index/lead index" of each lead naming a group of units defined by their legal status
 * (rule-set data `definedUnitGroups`: "các đơn vị sự nghiệp công lập thuộc UBND phường") beside a
 * named lead: the named unit is accountable and the group's members are known, so this is not a
 * task nobody owns.
 */
export function groupsBesideNamedLead(plan: PlanData, rulesets: RuleSet[]): Set<string> {
  const groups = dataList<string>(rulesets, 'definedUnitGroups');
  const catchAll = dataList<string>(rulesets, 'catchAllUnits');
  const out = new Set<string>();
  if (!groups.length) return out;
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
  plan.tasks.forEach((task, i) => {
    const leads = (task.lead ?? []).map((l) => (typeof l === 'string' ? norm(l) : ''));
    if (!leads.some((l) => l && !catchAll.some((p) => regex(p).test(l)))) return;
    leads.forEach((l, j) => {
      if (groups.some((p) => regex(p).test(l))) out.add(`${i}/${j}`);
    });
  });
  return out;
}

/** Tasks whose catch-all lead stands for a duty every unit performs for its own procedures. */
export interface SharedDuties {
  /** "task index/lead index" of each lead that names the commune's units as a whole for such a duty. */
  leads: Set<string>;
  /** Ids of those tasks, in plan order. */
  taskIds: string[];
  /** Leads naming a defined group of units beside a named lead (see groupsBesideNamedLead). */
  groups?: Set<string>;
  /** Per task (by index), its lead units that are named units, not catch-alls. */
  namedLeads?: string[][];
  /** Leads the issuing People's Committee cannot direct, with the reason (see undirectedLeads). */
  undirected?: Map<string, { vi: string; en: string }>;
  /** Per task (by index), the report tasks and what their reporting duty leaves out (see reportDuties). */
  reports?: Map<number, ReportDuty>;
}

/** Per task, the leads that name a unit (not a catch-all phrase, rule-set data `catchAllUnits`). */
export function namedLeads(plan: PlanData, rulesets: RuleSet[]): string[][] {
  const catchAll = dataList<string>(rulesets, 'catchAllUnits');
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
  return plan.tasks.map((task) =>
    (task.lead ?? []).filter((l): l is string => {
      if (typeof l !== 'string' || !l.trim()) return false;
      const n = norm(l);
      return !catchAll.some((p) => regex(p).test(n));
    }),
  );
}

/**
 * A catch-all lead ("Các phòng, ban, cơ quan, đơn vị") is a shared duty, not a task nobody owns,
 * when it names the issuing body's own units as a whole (rule-set data `sharedDutyLeads`), the work
 * is what each unit does on its own procedures and files (`sharedDutyWork`: simplification review,
 * online processing, digitisation …), and no named unit leads the task beside it (a named lead
 * next to a catch-all leaves the catch-all unaccountable). Lists are reviewer-editable data.
 */
export function sharedDuties(plan: PlanData, rulesets: RuleSet[]): SharedDuties {
  const leadsPatterns = dataList<string>(rulesets, 'sharedDutyLeads');
  const workPatterns = dataList<string>(rulesets, 'sharedDutyWork');
  const catchAll = dataList<string>(rulesets, 'catchAllUnits');
  const out: SharedDuties = { leads: new Set(), taskIds: [] };
  if (!leadsPatterns.length || !workPatterns.length) return out;
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
  const any = (patterns: string[], s: string) => patterns.some((p) => regex(p).test(s));
  plan.tasks.forEach((task, i) => {
    const leads = (task.lead ?? []).map((l) => (typeof l === 'string' ? norm(l) : ''));
    if (!leads.length || !leads.every((l) => any(catchAll, l))) return;
    if (!any(workPatterns, norm(`${task.content ?? ''} ${task.product ?? ''}`))) return;
    let shared = false;
    leads.forEach((l, j) => {
      if (any(leadsPatterns, l)) {
        out.leads.add(`${i}/${j}`);
        shared = true;
      }
    });
    if (shared) out.taskIds.push(task.id);
  });
  return out;
}

/** A kind of body the issuing People's Committee cannot direct (rule-set data `undirectedLeads`). */
interface UndirectedKind {
  pattern: string;
  vi: string;
  en: string;
}

/**
 * "task index/lead index" of each lead the issuing People's Committee cannot direct (the
 * Fatherland Front, mass organisations, vertical agencies, a website), with the reason in both
 * languages (rule-set data `undirectedLeads`, reviewer-editable).
 */
export function undirectedLeads(plan: PlanData, rulesets: RuleSet[]): Map<string, { vi: string; en: string }> {
  const kinds = dataList<UndirectedKind>(rulesets, 'undirectedLeads');
  const out = new Map<string, { vi: string; en: string }>();
  if (!kinds.length) return out;
  const patterns = kinds.map((k) => regex(toneOldStyle(k.pattern)));
  plan.tasks.forEach((task, i) =>
    (task.lead ?? []).forEach((l, j) => {
      if (typeof l !== 'string') return;
      const n = normText(l);
      const kind = kinds.find((_, k) => patterns[k]!.test(n));
      if (kind) out.set(`${i}/${j}`, { vi: kind.vi, en: kind.en });
    }),
  );
  return out;
}
