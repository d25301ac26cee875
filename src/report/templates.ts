import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import { packageRoot } from '../util/package-root.js';

let env: typeof Handlebars | undefined;
/** Handlebars, loaded by the first report or annex rendered from a template (a check needs none). */
function handlebars(): typeof Handlebars {
  if (env) return env;
  const hb = (createRequire(import.meta.url)('handlebars') as typeof Handlebars).create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
  return (env = hb);
}
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
    fn = handlebars().compile(readFileSync(file, 'utf8'), { strict: false, noEscape: name.endsWith('.md.hbs') });
    cache.set(file, fn);
  }
  return fn(view);
}
