import type { Task } from '../plan/plan-types.js';
import type { SourcePos } from './source-blocks.js';
import type { Para } from './paragraphs.js';
import { splitUnits } from './split-units.js';

type Field = 'lead' | 'partners' | 'product' | 'deadline';
const LABELS: [Field, RegExp][] = [
  ['lead', /^[-–•]\s*(Cơ quan|Đơn vị)\s+chủ trì[^:]*:\s*/iu],
  ['partners', /^[-–•]\s*(Cơ quan|Đơn vị)\s+phối hợp[^:]*:\s*/iu],
  ['product', /^[-–•]\s*(Sản phẩm|Kết quả)[^:]*:\s*/iu],
  ['deadline', /^[-–•]\s*(Thời gian|Thời hạn)[^:]*:\s*/iu],
];

/** True when a run of paragraphs is written in the bulleted task form ("- Cơ quan chủ trì: …"). */
export function hasBulletTasks(ps: Para[]): boolean {
  return ps.some((p) => LABELS[0]![1].test(p.text));
}

/**
 * Tasks written as a numbered heading followed by labelled bullets (the CCHC form):
 * "1. Công tác chỉ đạo" opens section 1; "1.1. Xây dựng …" is task 1.1; "- Cơ quan chủ trì
 * thực hiện: …", "- Cơ quan phối hợp: …", "- Sản phẩm: …", "- Thời gian thực hiện: …" fill it;
 * other paragraphs continue the field above. Returns the paragraphs it placed (the rest are
 * reported by the caller).
 */
export function tasksFromBullets(ps: Para[]): {
  sections: { id: string; title: string }[];
  tasks: (Task & { pos: SourcePos })[];
  used: Para[];
} {
  const sections: { id: string; title: string }[] = [];
  const tasks: (Task & { pos: SourcePos })[] = [];
  const used: Para[] = [];
  const raw = new Map<Task, Record<Field, string[]>>();
  let cur: (Task & { pos: SourcePos }) | undefined;
  let field: Field | undefined;
  for (const p of ps) {
    const t = p.text;
    const sec = /^(\d+)\.\s+(.*)$/u.exec(t);
    const task = /^(\d+\.\d+)\.?\s+(.*)$/u.exec(t);
    const label = LABELS.find(([, re]) => re.test(t));
    if (task) {
      cur = { id: task[1]!, section: task[1]!.split('.')[0]!, content: task[2]!.trim(), pos: p.pos };
      raw.set(cur, { lead: [], partners: [], product: [], deadline: [] });
      tasks.push(cur);
      field = undefined;
    } else if (sec && !label) {
      sections.push({ id: sec[1]!, title: sec[2]!.trim() });
      cur = undefined;
      field = undefined;
    } else if (label && cur) {
      field = label[0];
      raw.get(cur)![field].push(t.replace(label[1], '').trim());
    } else if (cur && field) {
      raw.get(cur)![field].push(t);
    } else if (cur) {
      cur.content = `${cur.content} ${t}`;
    } else continue;
    used.push(p);
  }
  for (const t of tasks) {
    const r = raw.get(t)!;
    const lead = splitUnits(r.lead);
    const partners = splitUnits(r.partners);
    if (lead.length) t.lead = lead;
    if (partners.length) t.partners = partners;
    if (r.deadline.length) t.deadline = r.deadline.join(' ');
    if (r.product.length) t.product = r.product.join('\n');
  }
  return { sections, tasks, used };
}
