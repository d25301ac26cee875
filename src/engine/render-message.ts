import type { TemplateDelegate } from 'handlebars';
import { compileMessage } from './message-templates.js';

const cache = new Map<string, TemplateDelegate>();

/** Fills a rule message's named placeholders ({{task.id}}, {{actual}}); plain text, no HTML escaping. */
export function renderMessage(template: string, vars: Record<string, unknown>): string {
  let fn = cache.get(template);
  if (!fn) {
    fn = compileMessage(template);
    cache.set(template, fn);
  }
  return fn(vars).replace(/\s+/g, ' ').trim();
}
