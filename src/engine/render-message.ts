import Handlebars from 'handlebars';

const hb = Handlebars.create();
const cache = new Map<string, Handlebars.TemplateDelegate>();

/** Fills a rule message's named placeholders ({{task.id}}, {{actual}}); plain text, no HTML escaping. */
export function renderMessage(template: string, vars: Record<string, unknown>): string {
  let fn = cache.get(template);
  if (!fn) {
    fn = hb.compile(template, { noEscape: true, strict: false, knownHelpersOnly: true });
    cache.set(template, fn);
  }
  return fn(vars).replace(/\s+/g, ' ').trim();
}
