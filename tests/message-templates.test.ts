import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import {
  compileMessage,
  MESSAGE_COMPILE_OPTIONS,
  PRECOMPILED_MESSAGES_FILE,
  precompiledMessagesModule,
} from '../src/engine/message-templates.js';
import { compiledKindOf, yamlFilesUnder } from '../src/tools/build-compiled-rules.js';
import { loadRuleSetFromYaml } from '../src/rules/load-ruleset.js';

const RULES = join(ROOT, 'rules');
const templates = [
  ...new Set(
    yamlFilesUnder(RULES)
      .filter((f) => compiledKindOf(relative(RULES, f)) === 'ruleset')
      .flatMap((f) => loadRuleSetFromYaml(f).rules.flatMap((r) => [r.message.vi, r.message.en, r.fix.vi, r.fix.en])),
  ),
];

/** Every name a template uses, as a path ("citation.docRef"). */
const namesIn = (t: string) =>
  [...t.matchAll(/{{[#/]?(?:if |unless |each |with )?([\w.]+)}}/g)]
    .map((m) => m[1]!)
    .filter((n) => !['if', 'unless', 'each', 'with', 'else'].includes(n));

function varsFor(t: string, value: (name: string, i: number) => unknown): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  namesIn(t).forEach((name, i) => {
    const parts = name.split('.');
    let at = vars;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[parts.at(-1)!] = value(name, i);
  });
  return vars;
}

const VALUES: ((name: string, i: number) => unknown)[] = [
  (name) => `<${name}> & "x"`,
  () => undefined,
  () => '',
  () => 0,
  (_n, i) => i,
  () => [],
  (_n, i) => ['a', i, 'c'],
  () => false,
  () => null,
  (_n, i) => (i % 2 ? `text ${i}\n  spaced` : undefined),
];

describe('rule message templates precompiled at build time', () => {
  it('the precompiled module holds every shipped message template, as the build makes it (a stale build fails)', () => {
    expect(templates.length).toBeGreaterThan(50);
    expect(readFileSync(PRECOMPILED_MESSAGES_FILE, 'utf8')).toBe(precompiledMessagesModule(templates));
    const table = createRequire(import.meta.url)(PRECOMPILED_MESSAGES_FILE) as Map<string, unknown>;
    expect(templates.filter((t) => !table.has(t))).toEqual([]);
  });

  it('every shipped template renders the same precompiled as compiled by handlebars now, on varied values', () => {
    const hb = Handlebars.create();
    let compared = 0;
    for (const t of templates) {
      const now = hb.compile(t, MESSAGE_COMPILE_OPTIONS);
      const pre = compileMessage(t);
      for (const v of VALUES) {
        const vars = varsFor(t, v);
        expect(pre(vars), t).toBe(now(vars));
        compared++;
      }
      expect(pre({})).toBe(now({}));
    }
    expect(compared).toBe(templates.length * VALUES.length);
  });

  it('a template not shipped (an edited message) is compiled at run time', () => {
    const t = 'Sửa: {{task.id}}{{#if task.x}} ({{task.x}}){{/if}}';
    expect(templates).not.toContain(t);
    expect(compileMessage(t)({ task: { id: 'I.1', x: 'y' } })).toBe('Sửa: I.1 (y)');
    expect(compileMessage(t)({ task: { id: 'I.2' } })).toBe('Sửa: I.2');
  });
});
