import type { TemplateDelegate } from 'handlebars';
import { compileMessage } from './message-templates.js';

const cache = new Map<string, TemplateDelegate>();

/** White space that collapsing would change: a run of two or more, or any but the plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** Fills a rule message's named placeholders ({{task.id}}, {{actual}}); plain text, no HTML escaping. */
export function renderMessage(template: string, vars: Record<string, unknown>): string {
  let fn = cache.get(template);
  if (!fn) {
    fn = compileMessage(template);
    cache.set(template, fn);
  }
  const text = fn(vars);
  // most messages have single plain spaces only: collapsing would copy them for nothing
  return (UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
