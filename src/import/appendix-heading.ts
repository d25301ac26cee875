import type { ParaList } from './paragraphs.js';
import { splitAttached } from './plan-sections.js';

/**
 * The appendix heading: "Phụ lục", its title, "(Kèm theo Quyết định …)" (possibly cut over more
 * paragraphs). Marks them used and returns the title; the attached-to text goes into `attached`.
 */
export function readAppendixHeading(paras: ParaList, from: number, to: number, attached: string[] = []): string | undefined {
  const app = paras.between(from, to);
  if (!app[0] || !/^(PHỤ LỤC|Phụ lục)/u.test(app[0].text)) return undefined;
  paras.use(app[0]);
  let k = 1;
  let title: string | undefined;
  if (app[k] && !/^\(/.test(app[k]!.text)) {
    title = splitAttached(app[k]!.lines).title;
    paras.use(app[k++]);
  }
  while (app[k] && /^\(/.test(app[k]!.text)) {
    const p = app[k++]!;
    paras.use(p);
    attached.push(p.text);
    if (/\)\s*$/.test(p.text)) break;
  }
  return title;
}
