import { strFromU8, unzipSync } from 'fflate';
import type { PlanData, Task, Unit } from '../plan/plan-types.js';
import { similarity } from '../text/similarity.js';

/**
 * What a signed document does not print but a plan needs back: which parent requirements each
 * task carries out (`implements`). `render` keeps them in a custom document property (Word keeps
 * custom properties when the file is edited and saved); `import` reads them back and applies each
 * to the task with the same number whose wording still matches, so a renumbered or rewritten task
 * is not linked by mistake.
 */
export const LINKS_PROPERTY = 'plan-check.implements';

/**
 * The plan's units lists (`units`, `external_units`), which no signed document prints either:
 * without them an imported plan has only a proposed list and reports units the plan itself knows.
 */
export const UNITS_PROPERTY = 'plan-check.units';

export interface KeptUnits {
  units?: Unit[];
  external_units?: Unit[];
}

/** The units lists of a plan, or undefined when it has none. */
export function unitsOf(plan: PlanData): KeptUnits | undefined {
  const kept: KeptUnits = {
    ...(plan.units?.length ? { units: plan.units } : {}),
    ...(plan.external_units?.length ? { external_units: plan.external_units } : {}),
  };
  return Object.keys(kept).length ? kept : undefined;
}

export interface TaskLink {
  id: string;
  content: string;
  implements: string[];
}

export function linksOf(tasks: Task[]): TaskLink[] {
  return tasks.filter((t) => t.implements?.length).map((t) => ({ id: t.id, content: t.content.slice(0, 200), implements: t.implements! }));
}

/** The links stored in a .docx, or [] when there are none or they cannot be read. */
export function readLinks(docx: Uint8Array): TaskLink[] {
  const data = readProperty(docx, LINKS_PROPERTY);
  if (!Array.isArray(data)) return [];
  return (data as unknown[]).filter((x): x is TaskLink => {
    const t = x as { id?: unknown; content?: unknown; implements?: unknown } | null;
    return (
      typeof t?.id === 'string' &&
      typeof t?.content === 'string' &&
      Array.isArray(t?.implements) &&
      (t.implements as unknown[]).every((i) => typeof i === 'string')
    );
  });
}

/** The units lists stored in a .docx, or undefined when there are none or they cannot be read. */
export function readUnits(docx: Uint8Array): KeptUnits | undefined {
  const data = readProperty(docx, UNITS_PROPERTY) as Record<string, unknown> | null | undefined;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const kept: KeptUnits = {};
  for (const key of ['units', 'external_units'] as const) {
    const list = data[key];
    if (Array.isArray(list) && list.length && list.every(isUnit)) kept[key] = list;
  }
  return Object.keys(kept).length ? kept : undefined;
}

function isUnit(u: unknown): u is Unit {
  if (typeof u === 'string') return u.trim() !== '';
  const o = u as { name?: unknown; short?: unknown; aliases?: unknown } | null;
  return (
    typeof o?.name === 'string' &&
    (o.short === undefined || typeof o.short === 'string') &&
    (o.aliases === undefined || (Array.isArray(o.aliases) && (o.aliases as unknown[]).every((a) => typeof a === 'string')))
  );
}

/** A custom document property written by `render`, parsed as JSON; undefined when absent or unreadable. */
function readProperty(docx: Uint8Array, name: string): unknown {
  try {
    const files = unzipSync(docx, { filter: (f) => f.name === 'docProps/custom.xml' });
    const xml = files['docProps/custom.xml'];
    if (!xml) return undefined;
    const text = strFromU8(xml);
    const m = new RegExp(`name="${name.replace(/\./g, '\\.')}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(text);
    return m ? (JSON.parse(unescapeXml(m[1]!)) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Sets `implements` on the tasks the links still fit; returns the links that no longer fit. */
export function applyLinks(tasks: Task[], links: TaskLink[]): TaskLink[] {
  const stale: TaskLink[] = [];
  for (const l of links) {
    const t = tasks.find((x) => x.id === l.id);
    if (t && similarity(t.content.slice(0, 200), l.content) >= 0.6) t.implements = [...l.implements];
    else stale.push(l);
  }
  return stale;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
