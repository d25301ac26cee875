import type { PlanData } from '../../plan/plan-types.js';
import { parseDeadline, type DeadlineKind } from '../../plan/deadline.js';
import { normText, regex, toneOldStyle } from '../../text/normalise.js';
import type { RuleSet } from '../../rules/ruleset-types.js';
import { dataList } from './ruleset-data.js';

/** What a reporting duty must say for anyone to be held to it. */
export type ReportPart = 'schedule' | 'recipient';

/** A report task and what it leaves unsaid. */
export interface ReportDuty {
  /** The parts missing, in the order schedule, recipient. */
  missing: ReportPart[];
  /** The deadline is "Thường xuyên" (continuing work), which gives no reporting date. */
  ongoing: boolean;
}

/** Deadline kinds that give a date, a period or a recurring schedule. */
const SCHEDULED: ReadonlySet<DeadlineKind> = new Set(['by-date', 'range', 'quarter', 'month', 'year', 'periodic']);

/**
 * Per task (by index), the tasks whose work is a report (rule-set data `reportTaskPatterns`:
 * content starting "Báo cáo …") with the parts of a reporting duty they leave out: a schedule
 * (a deadline giving a date, a period or "Hằng quý"; or the content or product naming one, data
 * `reportSchedulePatterns`; "Thường xuyên" and a bare "định kỳ" are no schedule; a report only on
 * request, `reportAdHocPatterns`, needs none) and a recipient
 * (data `reportRecipientPatterns`: "báo cáo Ủy ban nhân dân …", "gửi Sở …", "(qua Phòng …)").
 * A task that states both is left out; the lists are reviewer-editable data.
 */
export function reportDuties(plan: PlanData, rulesets: RuleSet[]): Map<number, ReportDuty> {
  const out = new Map<number, ReportDuty>();
  const compile = (key: string) => dataList<string>(rulesets, key).map((p) => regex(toneOldStyle(p)));
  const isReport = compile('reportTaskPatterns');
  if (!isReport.length) return out;
  const schedule = compile('reportSchedulePatterns');
  const recipient = compile('reportRecipientPatterns');
  const adHoc = compile('reportAdHocPatterns');
  const any = (res: RegExp[], texts: string[]) => texts.some((t) => res.some((re) => re.test(t)));
  plan.tasks.forEach((task, i) => {
    const content = normText(task.content ?? '');
    if (!isReport.some((re) => re.test(content))) return;
    const deadline = typeof task.deadline === 'string' ? task.deadline : '';
    const kind = deadline ? parseDeadline(deadline, plan.plan.year).kind : 'unknown';
    const texts = [content, normText(task.product ?? ''), normText(deadline)];
    const missing: ReportPart[] = [];
    if (!SCHEDULED.has(kind) && !any(schedule, texts) && !any(adHoc, [content])) missing.push('schedule');
    if (!any(recipient, texts)) missing.push('recipient');
    out.set(i, { missing, ongoing: kind === 'ongoing' });
  });
  return out;
}
