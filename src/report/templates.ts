import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../util/package-root.js';

const hb = Handlebars.create();
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
const cache = new Map<string, Handlebars.TemplateDelegate>();

export const TEMPLATES_DIR = join(packageRoot, 'templates');

/**
 * Renders a handlebars template of templates/ (which an office may edit). HTML templates escape
 * every value; Markdown templates receive values already escaped for Markdown.
 */
export function renderTemplate(name: string, view: unknown, dir = TEMPLATES_DIR): string {
  const file = join(dir, name);
  let fn = cache.get(file);
  if (!fn) {
    fn = hb.compile(readFileSync(file, 'utf8'), { strict: false, noEscape: name.endsWith('.md.hbs') });
    cache.set(file, fn);
  }
  return fn(view);
}
