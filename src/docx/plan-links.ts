import { strFromU8, unzipSync } from 'fflate';
import type { Task } from '../plan/plan-types.js';
import { similarity } from '../text/similarity.js';

/**
 * What a signed document does not print but a plan needs back: which parent requirements each
 * task carries out (`implements`). `render` keeps them in a custom document property (Word keeps
 * custom properties when the file is edited and saved); `import` reads them back and applies each
 * to the task with the same number whose wording still matches, so a renumbered or rewritten task
 * is not linked by mistake.
 */
export const LINKS_PROPERTY = 'plan-check.implements';

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
  try {
    const files = unzipSync(docx, { filter: (f) => f.name === 'docProps/custom.xml' });
    const xml = files['docProps/custom.xml'];
    if (!xml) return [];
    const text = strFromU8(xml);
    const m = new RegExp(`name="${LINKS_PROPERTY.replace(/\./g, '\\.')}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(text);
    if (!m) return [];
    const data = JSON.parse(unescapeXml(m[1]!)) as unknown;
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
  } catch {
    return [];
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
