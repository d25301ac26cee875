import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import type { Bilingual } from '../types.js';
import { bilingual, msg, type MessageKey } from '../messages/index.js';
import { readFast } from './fast-reader.js';
import { LineIndex, type LinePositions } from './line-index.js';
import type { TreeNode, TreePair } from './located-tree.js';

/** A problem found while parsing: always located, never thrown. */
export interface ParseProblem {
  code: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-unsafe-key' | 'yaml-alias-limit' | 'yaml-empty' | 'yaml-multi-document';
  message: Bilingual;
  /** Offsets into the text, or a JSON pointer when the problem is about a node. */
  range?: [number, number];
}

export interface LocatedYaml {
  text: string;
  /** The document's nodes with their ranges (undefined for a text with no document). */
  tree: TreeNode | undefined;
  /** Offsets to lines and columns. */
  lines: LinePositions;
  /** The document as plain data, strings in NFC; undefined when it could not be built safely. */
  data: unknown;
  problems: ParseProblem[];
}

/** Keys that would reach an object's prototype if a consumer ever merged the data naively. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_ALIASES = 100;

/**
 * Parses YAML keeping positions; every problem becomes a located ParseProblem. A plan in the plain
 * block style plans are written in is read by the fast reader (src/yaml/fast-reader.ts); any other
 * text, and every text with a problem, by the yaml package (loaded only then).
 */
export function parseLocated(text: string): LocatedYaml {
  const fast = readFast(text);
  if (fast) return { text, tree: fast.tree, lines: new LineIndex(text), data: fast.data, problems: [] };
  return parseWithYaml(text);
}

/** The yaml package, loaded on first use: a check of plans the fast reader reads never needs it. */
function yamlPackage(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml');
}

/** Parses with the yaml package (any YAML, every problem located): what parseLocated falls back to. */
export function parseWithYaml(text: string): LocatedYaml {
  const { LineCounter, parseDocument, visit, isScalar } = yamlPackage();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const problems: ParseProblem[] = [];

  for (const err of doc.errors) {
    if (err.code === 'DUPLICATE_KEY') {
      problems.push({
        code: 'yaml-duplicate-key',
        message: bilingual('yaml.duplicateKey'),
        range: err.pos,
      });
    } else if (err.code === 'MULTIPLE_DOCS') {
      problems.push({
        code: 'yaml-multi-document',
        message: bilingual('yaml.multiDocument'),
        range: err.pos,
      });
    } else {
      problems.push({
        code: 'yaml-syntax',
        message: {
          vi: msg('vi', 'yaml.syntax', { detail: translateYamlError(err.code, firstLine(err.message)) }),
          en: msg('en', 'yaml.syntax', { detail: firstLine(err.message) }),
        },
        range: err.pos,
      });
    }
  }

  // A key can spell an unsafe name only with its letters in the text or through a "\x.." escape
  // of a double-quoted key: a text with neither (nearly every plan) needs no walk of its nodes.
  if (mayHoldUnsafeKey(text))
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && typeof pair.key.value === 'string' && UNSAFE_KEYS.has(pair.key.value)) {
          problems.push({
            code: 'yaml-unsafe-key',
            message: bilingual('yaml.unsafeKey', { key: pair.key.value }),
            range: [pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0],
          });
        }
      },
    });

  let data: unknown = undefined;
  const fatal = problems.some((p) => p.code !== 'yaml-duplicate-key');
  if (!fatal) {
    try {
      data = normalizeNfc(doc.toJS({ maxAliasCount: MAX_ALIASES }));
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      if (/alias/i.test(text)) {
        problems.push({
          code: 'yaml-alias-limit',
          message: bilingual('yaml.aliasLimit', { limit: MAX_ALIASES }),
          range: firstAliasRange(doc),
        });
      } else {
        problems.push({
          code: 'yaml-syntax',
          message: bilingual('yaml.cannotBuild', { message: text }),
        });
      }
    }
  }
  if (!fatal && data !== undefined && (data === null || data === '')) {
    problems.push({
      code: 'yaml-empty',
      message: bilingual('yaml.empty'),
      range: [0, 0],
    });
    data = undefined;
  }
  return { text, tree: treeOfDocument(doc), lines: lineCounter, data, problems };
}

function mayHoldUnsafeKey(text: string): boolean {
  for (const k of UNSAFE_KEYS) if (text.includes(k)) return true;
  return text.includes('\\');
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** The parser's error codes that the catalogue names (src/messages/yaml.ts). */
const YAML_ERRORS = {
  BAD_INDENT: 'yaml.error.BAD_INDENT',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.error.BLOCK_AS_IMPLICIT_KEY',
  MISSING_CHAR: 'yaml.error.MISSING_CHAR',
  MULTILINE_IMPLICIT_KEY: 'yaml.error.MULTILINE_IMPLICIT_KEY',
  TAB_AS_INDENT: 'yaml.error.TAB_AS_INDENT',
  UNEXPECTED_TOKEN: 'yaml.error.UNEXPECTED_TOKEN',
  BAD_SCALAR_START: 'yaml.error.BAD_SCALAR_START',
  BAD_DIRECTIVE: 'yaml.error.BAD_DIRECTIVE',
  BAD_DQ_ESCAPE: 'yaml.error.BAD_DQ_ESCAPE',
  BAD_ALIAS: 'yaml.error.BAD_ALIAS',
  BAD_COLLECTION_TYPE: 'yaml.error.BAD_COLLECTION_TYPE',
  DUPLICATE_KEY: 'yaml.error.DUPLICATE_KEY',
  IMPOSSIBLE: 'yaml.error.IMPOSSIBLE',
  KEY_OVER_1024_CHARS: 'yaml.error.KEY_OVER_1024_CHARS',
  TAG_RESOLVE_FAILED: 'yaml.error.TAG_RESOLVE_FAILED',
  UNEXPECTED_SCALAR_AT_NODE_END: 'yaml.error.UNEXPECTED_SCALAR_AT_NODE_END',
} as const satisfies Record<string, MessageKey>;

/** The parser's message for a Vietnamese reader: the error named in Vietnamese, then the parser's words. */
function translateYamlError(code: string, en: string): string {
  const key = Object.hasOwn(YAML_ERRORS, code) ? YAML_ERRORS[code as keyof typeof YAML_ERRORS] : undefined;
  return key ? `${msg('vi', key)} (${en})` : en;
}

function firstAliasRange(doc: Document.Parsed): [number, number] | undefined {
  let range: [number, number] | undefined;
  const { visit } = yamlPackage();
  visit(doc, {
    Alias(_, node) {
      if (node.range) range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range;
}

/** Deep copy with every string (keys included) in Unicode NFC; plain objects have no prototype surprises. */
export function normalizeNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeNfc);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (UNSAFE_KEYS.has(k)) continue;
      out[k.normalize('NFC')] = normalizeNfc(v);
    }
    return out;
  }
  return value;
}

/** The located tree of a document the yaml package read (keys named as the data names them, in NFC). */
export function treeOfDocument(doc: Document.Parsed): TreeNode | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlPackage();
  const convert = (node: Node | null | undefined, at: number): TreeNode => {
    const range: [number, number] = node?.range ? [node.range[0], node.range[1]] : [at, at];
    if (isMap(node)) {
      const pairs: TreePair[] = [];
      for (const p of node.items) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        const key = {
          kind: 'scalar' as const,
          range: p.key.range ? ([p.key.range[0], p.key.range[1]] as [number, number]) : range,
          value: p.key.value,
        };
        pairs.push({ name: String(p.key.value).normalize('NFC'), key, value: convert(p.value as Node | null, key.range[1]) });
      }
      return { kind: 'map', range, pairs };
    }
    if (isSeq(node)) return { kind: 'seq', range, items: node.items.map((item) => convert(item as Node | null, range[0])) };
    return { kind: 'scalar', range, value: isScalar(node) ? node.value : null };
  };
  return doc.contents ? convert(doc.contents as Node, 0) : undefined;
}
