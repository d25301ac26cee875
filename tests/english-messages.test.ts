import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/cli.js';
import { MESSAGES } from '../src/messages/index.js';

/**
 * Every English message is English: no Vietnamese letter outside what is meant to stay Vietnamese —
 * placeholders ({{…}}, ${…}), text quoted for the drafter to copy into the plan ("…", (…)) and a
 * few proper names. A message left untranslated, or half-translated, is found whatever its words.
 */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const PROPER_NAMES = ['Hải Phòng'];

/** The text of an English message without what may stay Vietnamese. */
function ownWords(s: string): string {
  let out = s.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\$\{[^}]*\}/g, ' ');
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out
      .replace(/"[^"]*"/g, ' ')
      .replace(/“[^”]*”/g, ' ')
      .replace(/\([^()]*\)/g, ' ');
  }
  for (const n of PROPER_NAMES) out = out.split(n).join(' ');
  return out;
}

function rulesYaml(): string[] {
  return readdirSync(join(ROOT, 'rules'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(ROOT, 'rules', f));
}

function englishIn(node: unknown, path: string, out: [string, string][]): void {
  if (Array.isArray(node)) node.forEach((n, i) => englishIn(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'en' && typeof v === 'string') out.push([path, v]);
      else englishIn(v, `${path}.${k}`, out);
    }
  }
}

/** English strings of the source: `en: '…'` in message tables, the second branch of `vi ? '…' : '…'`. */
function englishInSource(): [string, string][] {
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const str = String.raw`(['"\`])((?:\\.|(?!\1)[^\\])*)\1`;
  const out: [string, string][] = [];
  for (const f of files) {
    const text = readFileSync(join(ROOT, 'src', f), 'utf8');
    for (const m of text.matchAll(new RegExp(String.raw`\ben:\s*` + str, 'g'))) out.push([`src/${f}`, m[2]!]);
    for (const m of text.matchAll(
      new RegExp(String.raw`\bvi\s*\?\s*` + str + String.raw`\s*:\s*` + str.replace('\\1', '\\3').replace('\\1', '\\3'), 'g'),
    ))
      out.push([`src/${f}`, m[4]!]);
  }
  return out;
}

describe('English messages hold no Vietnamese letters of their own', () => {
  it('the check itself: finds an untranslated or half-translated message, lets quotes and placeholders through', () => {
    expect(VIETNAMESE.test(ownWords('Nhiệm vụ {{task.id}} thiếu sản phẩm'))).toBe(true);
    expect(VIETNAMESE.test(ownWords('Task {{task.id}} has no sản phẩm'))).toBe(true);
    expect(VIETNAMESE.test(ownWords('Đ'))).toBe(true);
    expect(VIETNAMESE.test(ownWords('Task {{task.id}}: write "Chậm nhất ngày 15/9/2026" (Quý II/2026) in Hải Phòng'))).toBe(false);
  });

  it('rules/**/*.yaml: every en title, message, fix and description', () => {
    const found: [string, string][] = [];
    for (const f of rulesYaml()) englishIn(parse(readFileSync(f, 'utf8')), f.slice(ROOT.length + 1), found);
    expect(found.length).toBeGreaterThan(100); // the scan reads the rules, it is not vacuous
    expect(found.filter(([, s]) => VIETNAMESE.test(ownWords(s)))).toEqual([]);
  });

  it('src: message tables (en: …) and vi ? … : … pairs', () => {
    const found = englishInSource();
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter(([, s]) => VIETNAMESE.test(ownWords(s)))).toEqual([]);
  });

  it('src/messages: every English text of the catalogue', () => {
    const found = Object.entries(MESSAGES).map(([key, m]): [string, string] => [key, m.en]);
    expect(found.length).toBeGreaterThan(150);
    expect(found.filter(([, s]) => VIETNAMESE.test(ownWords(s)))).toEqual([]);
  });
});
