import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readFast } from '../src/yaml/fast-reader.js';
import { LineIndex } from '../src/yaml/line-index.js';
import type { TreeNode } from '../src/yaml/located-tree.js';
import { parseLocated, parseWithYaml } from '../src/yaml/parse-located.js';
import { locatePointer } from '../src/yaml/locate.js';
import { ROOT } from './helpers/cli.js';

/**
 * Issue 14, item 4: plans are read by a fast reader (src/yaml/fast-reader.ts) instead of the yaml
 * package. Wherever it reads a text, what it gives must be exactly what the yaml package gives
 * (data, every node's range, line positions); wherever it is unsure it must give up, and the yaml
 * package reads the text. Held here on every YAML file of the repository and on generated
 * documents, valid and broken.
 */

/** The tree with every string in NFC (the yaml package's tree holds scalars as written). */
function nfc(node: TreeNode | undefined): unknown {
  if (!node) return node;
  const value = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC') : v);
  if (node.kind === 'map')
    return { ...node, pairs: node.pairs.map((p) => ({ name: p.name, key: { ...p.key, value: value(p.key.value) }, value: nfc(p.value) })) };
  if (node.kind === 'seq') return { ...node, items: node.items.map(nfc) };
  return { ...node, value: value(node.value) };
}

/**
 * Reads `text` both ways. Returns whether the fast reader read it; when it did, asserts that the
 * yaml package found no problem and built the same data, tree and line positions.
 */
function sameAsYaml(text: string, label = ''): boolean {
  const fast = readFast(text);
  if (!fast) return false;
  const slow = parseWithYaml(text);
  expect(slow.problems, `${label}: the fast reader read a text the yaml package finds wrong\n${text}`).toEqual([]);
  expect(fast.data, `${label}: data\n${text}`).toEqual(slow.data);
  expect(nfc(fast.tree), `${label}: ranges\n${text}`).toEqual(nfc(slow.tree));
  const lines = new LineIndex(text);
  // every offset: the positions of the two must agree (compared here, one expect for all)
  const wrong: string[] = [];
  for (let o = 0; o <= text.length; o++) {
    const [mine, theirs] = [lines.linePos(o), slow.lines.linePos(o)];
    if (mine.line !== theirs.line || mine.col !== theirs.col) wrong.push(`${o}: ${mine.line}:${mine.col} vs ${theirs.line}:${theirs.col}`);
  }
  expect(wrong.slice(0, 5), `${label}: line positions`).toEqual([]);
  return true;
}

describe('the fast YAML reader against the yaml package', () => {
  it('reads every YAML file of the repository as the yaml package does (and every example plan itself)', () => {
    const files = execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThan(200);
    let read = 0;
    for (const f of files) if (sameAsYaml(readFileSync(join(ROOT, f), 'utf8'), f)) read++;
    // the broken fixtures (syntax errors, duplicate and unsafe keys, tabs) are left to the yaml package
    expect(read).toBeGreaterThan(files.length * 0.9);
    for (const f of files.filter((f) => f.startsWith('plans/'))) expect(readFast(readFileSync(join(ROOT, f), 'utf8')), f).toBeDefined();
  });

  it('reads what yaml writes, in every style, as yaml reads it (fast-check, 600 documents)', () => {
    // strings that stress quoting: indicators, colons, hashes, quotes, escapes, Vietnamese in NFC and NFD, numbers-like
    const piece = fc.constantFrom(
      'a',
      'Kế hoạch',
      'Ke\u0302\u0301 hoa\u0323ch',
      'x: y',
      'a #b',
      'C#',
      '- item',
      '?',
      ':',
      '"',
      "'",
      '\\',
      '[x]',
      '{y}',
      ',',
      '&a',
      '*b',
      '!t',
      '%',
      '@',
      '`',
      '|',
      '>',
      '~',
      'null',
      'true',
      'False',
      '12',
      '-7',
      '+3',
      '0.5',
      '.5',
      '1e3',
      '0x1F',
      '0o17',
      '.inf',
      '.NaN',
      '2026-02-27',
      '714/QĐ-UBND',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\x07',
      'é',
      '',
    );
    const str = fc.array(piece, { maxLength: 5 }).map((a) => a.join(''));
    const scalar = fc.oneof(
      str,
      fc.integer({ min: -1000, max: 100000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('value'), { maxLength: 4 }),
      map: fc.dictionary(str, tie('value'), { maxKeys: 4 }),
    }));
    const options = fc.record({
      lineWidth: fc.constantFrom(0, 20, 80),
      flowLevel: fc.constantFrom(undefined, 1, 2, 3),
      indent: fc.constantFrom(2, 3, 4),
      indentSeq: fc.boolean(),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
    });
    let read = 0;
    fc.assert(
      fc.property(fc.dictionary(str, value, { minKeys: 1, maxKeys: 5 }), options, (doc, opts) => {
        const text = stringify(doc, null, opts);
        if (sameAsYaml(text, JSON.stringify(opts))) read++;
      }),
      { numRuns: 600, seed: 14 },
    );
    // most documents are in the subset: the comparison above is not vacuous
    expect(read).toBeGreaterThan(200);
  });

  it('gives up on, or reads as yaml does, hand-written documents with comments, blank lines and near-misses (fast-check, 800)', () => {
    const key = fc.constantFrom('title', 'lead', '"q k"', "'s k'", 'ghi chú', 'a b', '12', 'true', 'x#y', 'k:v', '-k', '?k', 'k ', '~');
    const scalar = fc.constantFrom(
      'Ủy ban',
      'a: b',
      'a #c',
      'a#c',
      '"x"',
      "'it''s'",
      '"a\\tb\\u00e9"',
      '"\\q"',
      '"a\\',
      '[]',
      '{}',
      '[a, b]',
      '{ a: 1, b: [x, "y"] }',
      '[a, ]',
      '[a: b]',
      '{a: }',
      '&x a',
      '*x',
      '!!str 1',
      '- x',
      '~',
      '12',
      '0x1',
      '-3.5',
      'end   ',
      '',
    );
    /** A line of spaces only (as many as the line's indentation). */
    const SPACES = '<spaces>';
    const block = fc.tuple(
      fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '|2', '| # c'),
      fc.array(fc.tuple(fc.integer({ min: -1, max: 3 }), fc.constantFrom('text', 'more text', '', '# not a comment', 'key: v', SPACES)), {
        minLength: 1,
        maxLength: 4,
      }),
    );
    const decoration = fc.constantFrom('', '', '', ' # c', '\n', '\n# c\n', '\n   \n');
    type Node =
      { scalar: string } | { block: [string, [number, string][]] } | { map: [string, Node, string][] } | { list: [Node, string][] };
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((s) => ({ scalar: s })),
        block.map((b) => ({ block: b })),
        fc.array(fc.tuple(key, tie('node'), decoration), { minLength: 1, maxLength: 4 }).map((m) => ({ map: m })),
        fc.array(fc.tuple(tie('node'), decoration), { minLength: 1, maxLength: 4 }).map((l) => ({ list: l })),
      ),
    }));
    const step = fc.constantFrom(1, 2, 4);
    /** The lines of `n` as the value after "key:" or "-" at indentation `at` (first: the rest of that line). */
    const emit = (n: Node, at: number, s: number, compact: boolean): string => {
      if ('scalar' in n) return (n.scalar ? ' ' + n.scalar : '') + '\n';
      if ('block' in n)
        return (
          ' ' +
          n.block[0] +
          '\n' +
          n.block[1].map(([d, t]) => (t ? ' '.repeat(Math.max(0, at + s + d)) + (t === SPACES ? '' : t) : '') + '\n').join('')
        );
      const inner = compact ? at + 2 : at + s;
      const pad = ' '.repeat(inner);
      const lines =
        'map' in n
          ? n.map.map(([k, v, deco], i) => (i === 0 && compact ? '' : pad) + k + ':' + emit(v, inner, s, false) + deco.replace(/\n$/, '\n'))
          : n.list.map(
              ([v, deco], i) =>
                (i === 0 && compact ? '' : pad) + '-' + emit(v, inner, s, 'map' in v && v.map[0]![0].length % 2 === 1) + deco,
            );
      return (compact ? ' ' : '\n') + lines.join('');
    };
    let read = 0;
    fc.assert(
      fc.property(node, step, fc.constantFrom('', '\n', '# head\n'), (n, s, head) => {
        const top: Node = 'map' in n ? n : { map: [['top', n, '']] };
        const text = head + emit(top, -s, s, false).slice(1);
        if (sameAsYaml(text)) read++;
        sameAsYaml(text.slice(0, -1)); // the same text without its last newline
      }),
      { numRuns: 800, seed: 1414 },
    );
    expect(read).toBeGreaterThan(150);
  });

  it('reads as yaml does, or gives up on, the documents the generators once found read wrong', () => {
    for (const text of [
      'top:\n - Ủy ban\n\n# c\n -\n',
      'title:\n -\n  -\n   - Ủy ban # c\n   - Ủy ban\n   -\n  - Ủy ban\n - Ủy ban\n',
      'title: |\n text\nkey: v\n # not a comment\n\n',
      '-\n  title: |\n   text\n  # not a comment\n',
      'top:\n -\n  -\n   - Ủy ban\n # c\n   \n',
      'top:\n -\n# c\n',
      'title: Ủy ban\n # c',
      'a: "nulla\\\n  {y}"\n',
    ])
      sameAsYaml(text, JSON.stringify(text));
  });

  it('leaves to the yaml package what it does not read, so the problems stay located as before', () => {
    const cases: [string, string][] = [
      ['duplicate key', 'a: 1\na: 2\n'],
      ['unsafe key', '__proto__: 1\n'],
      ['unsafe key in a flow mapping', 'a: { constructor: 1 }\n'],
      ['alias', 'a: &x 1\nb: *x\n'],
      ['tag', 'a: !!str 1\n'],
      ['multi-line plain', 'a: one\n  two\n'],
      ['nested compact mapping', 'a: b: c\n'],
      ['tab', 'a:\t1\n'],
      ['carriage returns', 'a: 1\r\nb: 2\r\n'],
      ['two documents', 'a: 1\n---\nb: 2\n'],
      ['indented top', '  a: 1\n'],
      ['empty', ''],
      ['only a comment', '# nothing\n'],
      ['a scalar document', 'just text\n'],
      ['unclosed quote', 'a: "x\n'],
      ['unclosed flow', 'a: [x, y\n'],
      ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
      ['an empty sequence item', 'l:\n- a\n-\n'],
    ];
    for (const [name, text] of cases) {
      expect(readFast(text), name).toBeUndefined();
      const got = parseLocated(text);
      const want = parseWithYaml(text);
      expect(got.problems, name).toEqual(want.problems);
      expect(got.data, name).toEqual(want.data);
    }
    // 70 levels of nesting: given up (no stack overflow), and the yaml package reads it
    const deep = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' 1\n';
    expect(readFast(deep)).toBeUndefined();
    expect(parseLocated(deep).problems).toEqual([]);
  });

  it('gives strings in NFC and locates a finding in an NFD file where the yaml package did', () => {
    const nfd = 'plan:\n  title: Ke\u0302\u0301 hoa\u0323ch\n  lead: [Pho\u0300ng Va\u0306n ho\u0301a]\n';
    const fast = parseLocated(nfd);
    expect(fast.data).toEqual({ plan: { title: 'Kế hoạch', lead: ['Phòng Văn hóa'] } });
    expect(readFast(nfd)).toBeDefined();
    const slow = parseWithYaml(nfd);
    for (const pointer of ['/plan/title', '/plan/lead/0', '/plan/missing', '/plan/lead/7'])
      expect(locatePointer('f.yaml', fast, pointer), pointer).toEqual(locatePointer('f.yaml', slow, pointer));
    expect(locatePointer('f.yaml', fast, '/plan/lead/0')).toMatchObject({ line: 3, column: 10 });
  });
});
