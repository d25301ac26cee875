import type { Paragraph, Target, Task } from '../plan/plan-types.js';
import type { SourcePos } from './source-blocks.js';
import { isHeading, joinBroken, type Para, type ParaList } from './paragraphs.js';
import { hasBulletTasks, tasksFromBullets } from './bullet-tasks.js';
import { findTargets, type DoubtfulFigure } from './find-targets.js';
import type { MetricWords } from './metric-vocabulary.js';
import { collapseSpaces } from '../util/linear-text.js';

export interface PlanPart {
  planTitle?: string;
  objectives: Paragraph[];
  body: Paragraph[];
  targets: Target[];
  sections: { id: string; title: string }[];
  tasks: (Task & { pos: SourcePos })[];
  /** "(Kèm theo Quyết định số … ngày …)" as printed under the title, if any. */
  attached?: string;
  /** Figures of the objectives and headline targets read with doubt (not made targets), where they are. */
  doubtful: (DoubtfulFigure & { pos: SourcePos })[];
}

const ROMAN_HEADING = /^([IVX]+)\.\s+(.+)$/u;

/**
 * The plan between "KẾ HOẠCH" and the appendix: its title, then its Roman-numbered parts. The
 * part on aims ("MỤC ĐÍCH", "MỤC TIÊU") gives the objectives, and the figures they state plan-level targets; a part of headline targets ("CHỈ TIÊU") gives
 * plan-level targets (located as "II.6"); a part in the bulleted task form gives tasks; every other
 * part is kept as body text under its nearest heading.
 */
export function readPlanPart(paras: ParaList, from: number, to: number, vocabulary: MetricWords[]): PlanPart {
  const out: PlanPart = { objectives: [], body: [], targets: [], sections: [], tasks: [], doubtful: [] };
  const ps = paras.between(from, to);
  const start = ps.findIndex((p) => p.text === 'KẾ HOẠCH');
  if (start < 0) return out;
  paras.use(ps[start]);
  let k = start + 1;
  if (ps[k] && !/^\(/.test(ps[k]!.text) && !ROMAN_HEADING.test(ps[k]!.text)) {
    const { title, attached } = splitAttached(ps[k]!.lines);
    out.planTitle = title;
    if (attached) out.attached = attached;
    paras.use(ps[k++]);
    // The attached-to line cut over more paragraphs: take them up to its closing bracket.
    if (attached && !/\)\s*$/.test(attached)) {
      while (ps[k] && !ROMAN_HEADING.test(ps[k]!.text)) {
        const p = ps[k++]!;
        paras.use(p);
        out.attached = `${out.attached ?? ''} ${p.text}`.trim();
        if (/\)\s*$/.test(p.text)) break;
      }
    }
  }
  // "(Kèm theo Quyết định số … )", possibly cut over two paragraphs.
  if (ps[k] && /^\((Ban hành )?[Kk]èm theo/u.test(ps[k]!.text)) {
    while (ps[k]) {
      const p = ps[k++]!;
      paras.use(p);
      out.attached = `${out.attached ?? ''} ${p.text}`.trim();
      if (/\)\s*$/.test(p.text)) break;
    }
  }

  // Split the rest at Roman headings.
  const parts: { head: Para; items: Para[] }[] = [];
  for (const p of ps.slice(k)) {
    if (ROMAN_HEADING.test(p.text) && p.text.length < 200 && !/[.;]$/.test(p.text)) parts.push({ head: p, items: [] });
    else if (parts.length) parts[parts.length - 1]!.items.push(p);
  }
  // Targets stated in the objectives count where the headline targets part does not set the metric.
  const fromObjectives: Target[] = [];
  for (const { head, items } of parts) {
    const [, roman, title] = ROMAN_HEADING.exec(head.text)!;
    paras.use(head);
    if (/^(?:MỤC ĐÍCH|MỤC TIÊU)/u.test(title!)) {
      out.objectives.push(...structure(items));
      // The plan's own objectives ("mức độ hài lòng đạt từ 95% trở lên") are plan-level targets,
      // so a task that sets the same indicator lower is compared with them.
      for (const p of joinBroken(items)) {
        const found = findTargets(p.text, vocabulary);
        for (const t of found.targets) fromObjectives.push({ ...t, text: p.text });
        out.doubtful.push(...found.doubtful.map((d) => ({ ...d, pos: p.pos })));
      }
    } else if (/CHỈ TIÊU/u.test(title!)) {
      for (const p of joinBroken(items)) {
        const n = /^(\d+)\.\s/.exec(p.text);
        const { targets: found, doubtful } = findTargets(p.text, vocabulary);
        out.doubtful.push(...doubtful.map((d) => ({ ...d, pos: p.pos })));
        for (const t of found) out.targets.push({ ...t, text: p.text, ...(n ? { printed_at: `${roman}.${n[1]}` } : {}) });
        out.body.push({ heading: head.text, text: p.text });
      }
    } else if (hasBulletTasks(items)) {
      const r = tasksFromBullets(joinBullets(items));
      out.sections.push(...r.sections);
      out.tasks.push(...r.tasks);
      const placed = new Set(r.used.flatMap((p) => (p as Para & { parts?: Para[] }).parts ?? [p]).map((p) => p.i));
      paras.use(...items.filter((p) => placed.has(p.i)));
      continue;
    } else {
      out.body.push(...structure(items, head.text));
    }
    paras.use(...items);
  }
  for (const t of fromObjectives) if (!out.targets.some((h) => h.metric === t.metric)) out.targets.push(t);
  return out;
}

/** Paragraphs grouped under their nearest heading ("1. Mục đích", "1.1. …"). */
function structure(items: Para[], fallback?: string): Paragraph[] {
  const out: Paragraph[] = [];
  let heading = fallback;
  for (const p of joinBroken(items)) {
    if (isHeading(p.text)) {
      heading = p.text;
      continue;
    }
    out.push(heading ? { heading, text: p.text } : p.text);
  }
  return out;
}

/** In the bulleted form, a page break can cut a task's text: join those pieces, remembering them. */
function joinBullets(items: Para[]): Para[] {
  const out: (Para & { parts: Para[] })[] = [];
  for (const p of items) {
    const prev = out[out.length - 1];
    const startsNew = /^([-–•]\s|\d+(\.\d+)*\.?\s)/u.test(p.text);
    if (prev && !startsNew && /^\p{Ll}/u.test(p.text)) {
      prev.text = `${prev.text} ${p.text}`;
      prev.parts.push(p);
    } else out.push({ ...p, parts: [p] });
  }
  return out;
}

/**
 * A title paragraph that also holds "(Kèm theo Quyết định …)" on its last lines: the title, and
 * the attached-to line if any.
 */
export function splitAttached(lines: string[]): { title: string; attached?: string } {
  const at = lines.findIndex((l) => /^\((Ban hành )?[Kk]èm theo/u.test(l));
  const join = (ls: string[]) => collapseSpaces(ls.join(' ')).trim();
  return at > 0 ? { title: join(lines.slice(0, at)), attached: join(lines.slice(at)) } : { title: join(lines) };
}
