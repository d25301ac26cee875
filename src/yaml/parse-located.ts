import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { Bilingual } from '../types.js';

/** A problem found while parsing: always located, never thrown. */
export interface ParseProblem {
  code: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-unsafe-key' | 'yaml-alias-limit' | 'yaml-empty' | 'yaml-multi-document';
  message: Bilingual;
  /** Offsets into the text, or a JSON pointer when the problem is about a node. */
  range?: [number, number];
}

export interface LocatedYaml {
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data, strings in NFC; undefined when it could not be built safely. */
  data: unknown;
  problems: ParseProblem[];
}

/** Keys that would reach an object's prototype if a consumer ever merged the data naively. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_ALIASES = 100;

/** Parses YAML keeping positions; every problem becomes a located ParseProblem. */
export function parseLocated(text: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const problems: ParseProblem[] = [];

  for (const err of doc.errors) {
    if (err.code === 'DUPLICATE_KEY') {
      problems.push({
        code: 'yaml-duplicate-key',
        message: { vi: 'Khóa bị lặp lại trong cùng một mục', en: 'Duplicate key in the same mapping' },
        range: err.pos,
      });
    } else if (err.code === 'MULTIPLE_DOCS') {
      problems.push({
        code: 'yaml-multi-document',
        message: {
          vi: 'Tệp chỉ được chứa một tài liệu YAML (bỏ dấu ---  thứ hai)',
          en: 'The file must hold a single YAML document (remove the second ---)',
        },
        range: err.pos,
      });
    } else {
      problems.push({
        code: 'yaml-syntax',
        message: {
          vi: `Lỗi cú pháp YAML: ${translateYamlError(err.code, firstLine(err.message))}`,
          en: `YAML syntax error: ${firstLine(err.message)}`,
        },
        range: err.pos,
      });
    }
  }

  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && UNSAFE_KEYS.has(pair.key.value)) {
        problems.push({
          code: 'yaml-unsafe-key',
          message: {
            vi: `Khóa "${pair.key.value}" không được phép (có thể dùng để tấn công); hãy xóa nó`,
            en: `Key "${pair.key.value}" is not allowed (it can be used for prototype pollution); remove it`,
          },
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
      const msg = err instanceof Error ? err.message : String(err);
      if (/alias/i.test(msg)) {
        problems.push({
          code: 'yaml-alias-limit',
          message: {
            vi: `Tệp dùng quá nhiều bí danh YAML (alias, giới hạn ${MAX_ALIASES}); có dấu hiệu "bom bí danh", tệp bị từ chối`,
            en: `Too many YAML aliases (limit ${MAX_ALIASES}); this looks like an alias bomb and the file is refused`,
          },
          range: firstAliasRange(doc),
        });
      } else {
        problems.push({
          code: 'yaml-syntax',
          message: { vi: `Không dựng được dữ liệu từ YAML: ${msg}`, en: `Cannot build data from YAML: ${msg}` },
        });
      }
    }
  }
  if (!fatal && data !== undefined && (data === null || data === '')) {
    problems.push({
      code: 'yaml-empty',
      message: { vi: 'Tệp rỗng: chưa có nội dung kế hoạch', en: 'The file is empty: no plan content' },
      range: [0, 0],
    });
    data = undefined;
  }
  return { text, doc, lineCounter, data, problems };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

const YAML_ERROR_VI: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng',
  BLOCK_AS_IMPLICIT_KEY: 'khối không thể làm khóa ngầm định',
  MISSING_CHAR: 'thiếu ký tự',
  MULTILINE_IMPLICIT_KEY: 'khóa ngầm định không được kéo dài nhiều dòng',
  TAB_AS_INDENT: 'không dùng ký tự tab để thụt lề',
  UNEXPECTED_TOKEN: 'ký hiệu không mong đợi',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự không hợp lệ (hãy đặt trong dấu ngoặc kép)',
  BAD_DIRECTIVE: 'chỉ thị không hợp lệ',
  BAD_DQ_ESCAPE: 'ký tự thoát không hợp lệ trong chuỗi ngoặc kép',
  BAD_ALIAS: 'bí danh không hợp lệ',
  BAD_COLLECTION_TYPE: 'kiểu tập hợp không hợp lệ',
  DUPLICATE_KEY: 'khóa bị lặp',
  IMPOSSIBLE: 'cấu trúc không thể phân tích',
  KEY_OVER_1024_CHARS: 'khóa dài quá 1024 ký tự',
  TAG_RESOLVE_FAILED: 'không nhận dạng được thẻ (tag)',
  UNEXPECTED_SCALAR_AT_NODE_END: 'giá trị thừa ở cuối nút',
};

function translateYamlError(code: string, en: string): string {
  const translated = YAML_ERROR_VI[code];
  return translated ? `${translated} (${en})` : en;
}

function firstAliasRange(doc: Document.Parsed): [number, number] | undefined {
  let range: [number, number] | undefined;
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

/** The node at a JSON pointer, or the deepest ancestor that exists (and whether it was found). */
export function nodeAt(doc: Document.Parsed, pointer: string, preferKey = false): { node: Node | undefined; exact: boolean } {
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: Node | undefined = (doc.contents as Node | null) ?? undefined;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value).normalize('NFC') === seg);
      if (!pair) return { node, exact: false };
      if (last && preferKey) return { node: pair.key as Node, exact: true };
      // A key with no value ("product:") is located at its key.
      const value = pair.value as Node | null;
      const empty = !value || (isScalar(value) && value.value === null && (!value.range || value.range[0] === value.range[1]));
      if (empty) return { node: pair.key as Node, exact: last };
      node = value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (!/^\d+$/.test(seg) || item === undefined) return { node, exact: false };
      node = item as Node;
    } else {
      return { node, exact: false };
    }
  }
  return { node, exact: true };
}
