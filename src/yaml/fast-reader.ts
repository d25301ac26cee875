import { GIVE_UP, giveUp, resolvePlain, startsPlain, unescapeDoubleQuoted } from './fast-scalars.js';
import type { TreeMap, TreeNode, TreePair, TreeScalar, TreeSeq } from './located-tree.js';

/**
 * A fast reader for the YAML that plans are written in: block mappings and sequences, plain and
 * quoted one-line scalars, literal and folded block scalars, comments, `[]` and `{}`. It builds the
 * data (strings in NFC) and the located tree in one pass over the text, without the token stream,
 * syntax tree and document model that the yaml package builds for any YAML.
 *
 * It reads only what it is sure of: anything else (anchors, aliases, tags, flow collections,
 * multi-line plain or quoted scalars, tabs, carriage returns, directives, duplicate or unsafe keys,
 * any syntax error) makes it give up (undefined), and parseLocated reads the text with the yaml
 * package instead, which also gives the located error. Where it reads a text, the data and every
 * node's range equal the yaml package's (tests/fast-reader.test.ts holds it to that on every
 * YAML file of the repository and on generated documents).
 */
export function readFast(text: string): { tree: TreeNode; data: unknown } | undefined {
  if (text.includes('\r') || text.includes('\t') || text.charCodeAt(0) === 0xfeff) return undefined;
  // a comment ending a text with no last newline stretches the yaml package's ranges: left to it
  if (
    !text.endsWith('\n') &&
    text
      .slice(text.lastIndexOf('\n') + 1)
      .trimStart()
      .startsWith('#')
  )
    return undefined;
  try {
    return new FastReader(text).document();
  } catch (err) {
    if (err === GIVE_UP) return undefined;
    throw err;
  }
}

const SPACE = 32;
const NL = 10;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
/** Keys that would reach an object's prototype: parseLocated reports them (through the yaml package). */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper documents (no plan is) are left to the yaml package, which judges them. */
const MAX_DEPTH = 64;
/** The yaml package refuses implicit keys longer than this. */
const MAX_KEY = 1024;

interface Parsed {
  node: TreeNode;
  data: unknown;
  /** Where the node ends for its parent's range: after the newline of its last line (or the text's end). */
  end: number;
}

/** A line with content (not blank, not only a comment). */
interface ContentLine {
  /** Offset of the first character that is not a space. */
  at: number;
  indent: number;
}

class FastReader {
  /** Start of the line the reader has reached (every line before it is read). */
  private cursor = 0;
  /** Collections open around the node being read. */
  private depth = 0;
  /** Whether the last nextContent() passed a comment line, and an indented one. */
  private passedComment = false;
  private indentedComment = false;

  constructor(private readonly text: string) {}

  document(): { tree: TreeNode; data: unknown } {
    const first = this.nextContent();
    if (!first || first.indent !== 0) giveUp();
    const c = this.text.charCodeAt(first.at);
    // directives and document markers: the yaml package reads them
    if (c === 37 || this.text.startsWith('---', first.at) || this.text.startsWith('...', first.at)) giveUp();
    const parsed = this.collection(first, -1);
    if (this.nextContent()) giveUp();
    return { tree: parsed.node, data: parsed.data };
  }

  /**
   * The next line with content from the cursor on (the cursor moves to its start), or undefined at
   * the end. `passedComment` and `indentedComment` tell whether a comment line, and an indented
   * one, were passed on the way.
   */
  private nextContent(): ContentLine | undefined {
    const t = this.text;
    let pos = this.cursor;
    this.indentedComment = false;
    this.passedComment = false;
    for (;;) {
      let i = pos;
      while (t.charCodeAt(i) === SPACE) i++;
      if (i >= t.length) {
        this.cursor = t.length;
        return undefined;
      }
      const c = t.charCodeAt(i);
      if (c === NL || c === HASH) {
        if (c === HASH) {
          this.passedComment = true;
          if (i > pos) this.indentedComment = true;
        }
        const nl = t.indexOf('\n', i);
        if (nl < 0) {
          this.cursor = t.length;
          return undefined;
        }
        pos = nl + 1;
        continue;
      }
      this.cursor = pos;
      return { at: i, indent: i - pos };
    }
  }

  /** After a node on one line: the rest of the line is spaces and maybe a comment; the cursor moves to the next line. */
  private endOfLine(from: number): number {
    const t = this.text;
    let i = from;
    while (t.charCodeAt(i) === SPACE) i++;
    if (i < t.length && t.charCodeAt(i) !== NL) {
      if (t.charCodeAt(i) !== HASH || i === from) giveUp();
    }
    const nl = t.indexOf('\n', i);
    this.cursor = nl < 0 ? t.length : nl + 1;
    return this.cursor;
  }

  private isSeqIndicator(at: number): boolean {
    const t = this.text;
    if (t.charCodeAt(at) !== DASH) return false;
    const n = t.charCodeAt(at + 1);
    return at + 1 >= t.length || n === SPACE || n === NL;
  }

  /** A block mapping or sequence whose first line is `line`, inside a parent indented `parentIndent`. */
  private collection(line: ContentLine, parentIndent: number): Parsed {
    if (line.indent <= parentIndent) giveUp();
    return this.isSeqIndicator(line.at) ? this.sequence(line) : this.mapping(line.at, line.indent);
  }

  /** A block mapping whose first key starts at `at`, its keys in column `col` (0-based). */
  private mapping(at: number, col: number): Parsed {
    if (++this.depth > MAX_DEPTH) giveUp();
    const pairs: TreePair[] = [];
    const data: Record<string, unknown> = {};
    const start = at;
    let end = at;
    for (;;) {
      const { key, name, after } = this.key(at);
      if (Object.hasOwn(data, name) || UNSAFE_KEYS.has(name)) giveUp();
      const value = this.value(after, col, true);
      pairs.push({ name, key, value: value.node });
      data[name] = value.data;
      end = value.end;
      const next = this.nextContent();
      if (!next || next.indent < col) {
        this.endsWithoutIndentedComment();
        break;
      }
      if (next.indent > col || this.isSeqIndicator(next.at)) giveUp();
      at = next.at;
    }
    this.depth--;
    const node: TreeMap = { kind: 'map', range: [start, end], pairs };
    return { node, data, end };
  }

  /** A block sequence whose first "-" is at `line`. */
  private sequence(line: ContentLine): Parsed {
    if (++this.depth > MAX_DEPTH) giveUp();
    const t = this.text;
    const items: TreeNode[] = [];
    const data: unknown[] = [];
    const col = line.indent;
    const start = line.at;
    let at = line.at;
    let end = at;
    for (;;) {
      let i = at + 1;
      while (t.charCodeAt(i) === SPACE) i++;
      let item: Parsed;
      if (i > at + 1 && i < t.length && t.charCodeAt(i) !== NL && t.charCodeAt(i) !== HASH && this.startsKey(i)) {
        // "- key: value": a mapping whose keys are in the column of its first key
        item = this.mapping(i, i - (at - col));
      } else {
        if (this.isSeqIndicator(i) && i < t.length && t.charCodeAt(i) !== NL) giveUp();
        item = this.value(at + 1, col, false);
      }
      items.push(item.node);
      data.push(item.data);
      end = item.end;
      const next = this.nextContent();
      if (!next || next.indent < col || !this.isSeqIndicator(next.at)) {
        this.endsWithoutIndentedComment();
        break;
      }
      if (next.indent > col) giveUp();
      at = next.at;
    }
    this.depth--;
    const node: TreeSeq = { kind: 'seq', range: [start, end], items };
    return { node, data, end };
  }

  /** Whether the line from `at` holds an implicit key ("name: ..." or "name:" at the end of the line). */
  private startsKey(at: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === 91 || c === 123) return false;
    let i = at;
    if (c === DQUOTE || c === SQUOTE) {
      i = this.quotedEnd(at);
      return t.charCodeAt(i) === COLON && this.colonEnds(i);
    }
    for (; i < t.length; i++) {
      const d = t.charCodeAt(i);
      if (d === NL) return false;
      if (d === HASH && t.charCodeAt(i - 1) === SPACE) return false;
      if (d === COLON && this.colonEnds(i)) return true;
    }
    return false;
  }

  private colonEnds(i: number): boolean {
    const n = this.text.charCodeAt(i + 1);
    return i + 1 >= this.text.length || n === SPACE || n === NL;
  }

  /** A key at `at`: its node, its name in the data and the offset after its ":". */
  private key(at: number): { key: TreeScalar; name: string; after: number } {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quotedEnd(at);
      if (t.charCodeAt(close) !== COLON || !this.colonEnds(close)) giveUp();
      const value = this.quoted(at, close).normalize('NFC');
      return { key: { kind: 'scalar', range: [at, close], value }, name: value, after: close + 1 };
    }
    if (!startsPlain(t, at)) giveUp();
    let i = at;
    for (; ; i++) {
      if (i >= t.length) giveUp();
      const d = t.charCodeAt(i);
      if (d === NL) giveUp();
      if (d === HASH && t.charCodeAt(i - 1) === SPACE) giveUp();
      if (d === COLON && this.colonEnds(i)) break;
    }
    if (t.charCodeAt(i - 1) === SPACE || i - at > MAX_KEY) giveUp();
    const raw = t.slice(at, i);
    const value = resolvePlain(raw);
    if (value === null) giveUp();
    const name = typeof value === 'string' ? value.normalize('NFC') : String(value);
    return { key: { kind: 'scalar', range: [at, i], value: typeof value === 'string' ? name : value }, name, after: i + 1 };
  }

  /**
   * The value after a key's ":" or a sequence's "-" (at `from`), in a collection indented `col`.
   * `inMapping`: a sequence may then start on the next line in the same column.
   */
  private value(from: number, col: number, inMapping: boolean): Parsed {
    const t = this.text;
    let i = from;
    while (t.charCodeAt(i) === SPACE) i++;
    const c = i < t.length ? t.charCodeAt(i) : NL;
    if (c === NL || (c === HASH && i > from)) {
      this.endOfLine(i);
      const next = this.nextContent();
      if (next && next.indent > col) return this.collection(next, col);
      if (next && inMapping && next.indent === col && this.isSeqIndicator(next.at)) return this.sequence(next);
      // An empty value, after the indicator and its spaces. The yaml package stretches its end over
      // the comments after it, and an empty sequence item's over comments before it: left to it.
      if (!inMapping || c === HASH || this.passedComment) giveUp();
      return { node: { kind: 'scalar', range: [i, i], value: null }, data: null, end: i };
    }
    let node: TreeScalar;
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quotedEnd(i);
      const value = this.quoted(i, close).normalize('NFC');
      node = { kind: 'scalar', range: [i, close], value };
      this.endOfLine(close);
    } else if (c === 124 || c === 62) {
      return this.block(i, col);
    } else if (c === 91 || c === 123) {
      const flow = this.flow(i);
      this.endOfLine(flow.close);
      const end = this.cursor;
      this.noContinuation(col);
      return { node: flow.node, data: flow.data, end };
    } else {
      if (!startsPlain(t, i)) giveUp();
      let e = i;
      for (; e < t.length; e++) {
        const d = t.charCodeAt(e);
        if (d === NL) break;
        if (d === HASH && t.charCodeAt(e - 1) === SPACE) break;
        if (d === COLON && this.colonEnds(e)) giveUp();
      }
      let v = e;
      while (t.charCodeAt(v - 1) === SPACE) v--;
      const value = resolvePlain(t.slice(i, v));
      node = { kind: 'scalar', range: [i, v], value: typeof value === 'string' ? value.normalize('NFC') : value };
      this.endOfLine(v);
    }
    const end = this.cursor;
    this.noContinuation(col);
    return { node, data: node.value, end };
  }

  /**
   * At the end of a collection: indented comment lines between its last value and what follows
   * stretch the yaml package's ranges in ways of their own (by their indentation, in mappings and
   * sequences differently): left to it.
   */
  private endsWithoutIndentedComment(): void {
    if (this.indentedComment) giveUp();
  }

  /** After a one-line value: a next line indented deeper would continue it (a multi-line scalar). */
  private noContinuation(col: number): void {
    const save = this.cursor;
    const next = this.nextContent();
    if (next && next.indent > col) giveUp();
    this.cursor = save;
  }

  /** The offset after the closing quote of the quoted scalar at `at`, on the same line. */
  private quotedEnd(at: number): number {
    const t = this.text;
    const q = t.charCodeAt(at);
    for (let i = at + 1; i < t.length; i++) {
      const d = t.charCodeAt(i);
      if (d === NL) giveUp();
      if (q === DQUOTE && d === 92) {
        if (t.charCodeAt(i + 1) === NL) giveUp(); // an escaped line break: a scalar over several lines
        i++;
      } else if (d === q) {
        if (q === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) i++;
        else return i + 1;
      }
    }
    giveUp();
  }

  /** The value of the quoted scalar in [at, close). */
  private quoted(at: number, close: number): string {
    const t = this.text;
    const inner = t.slice(at + 1, close - 1);
    if (t.charCodeAt(at) === SQUOTE) return inner.includes("''") ? inner.replaceAll("''", "'") : inner;
    return unescapeDoubleQuoted(inner);
  }

  /**
   * A flow collection ("[a, b]", "{ k: v, l: [x] }") that opens at `at` and closes on the same line:
   * its node, its data and the offset after its closing bracket. Items are one-line scalars or
   * flow collections; an empty item, a trailing comma or a pair inside "[ ]" is left to the yaml package.
   */
  private flow(at: number): { node: TreeNode; data: unknown; close: number } {
    const t = this.text;
    if (++this.depth > MAX_DEPTH) giveUp();
    const isMap = t.charCodeAt(at) === 123;
    const closer = isMap ? 125 : 93;
    const items: TreeNode[] = [];
    const pairs: TreePair[] = [];
    const list: unknown[] = [];
    const data: Record<string, unknown> = {};
    let i = this.skipSpaces(at + 1);
    if (t.charCodeAt(i) === closer) i++;
    else
      for (;;) {
        if (isMap) {
          const key = this.flowScalar(i, true);
          const keyValue = key.node.value as ReturnType<typeof resolvePlain>;
          if (keyValue === null) giveUp();
          const name = typeof keyValue === 'string' ? keyValue : String(keyValue);
          if (Object.hasOwn(data, name) || UNSAFE_KEYS.has(name)) giveUp();
          if (t.charCodeAt(key.next) !== COLON) giveUp();
          const value = this.flowItem(this.skipSpaces(key.next + 1));
          if (value.node.kind === 'scalar' && value.node.value === null && value.node.range[0] === value.node.range[1]) giveUp();
          pairs.push({ name, key: key.node, value: value.node });
          data[name] = value.data;
          i = this.skipSpaces(value.next);
        } else {
          const item = this.flowItem(i);
          if (t.charCodeAt(item.next) === COLON) giveUp();
          items.push(item.node);
          list.push(item.data);
          i = this.skipSpaces(item.next);
        }
        const d = t.charCodeAt(i);
        if (d === closer) {
          i++;
          break;
        }
        if (d !== 44) giveUp();
        i = this.skipSpaces(i + 1);
        if (t.charCodeAt(i) === closer) giveUp(); // a trailing comma
      }
    this.depth--;
    const range: [number, number] = [at, i];
    return isMap ? { node: { kind: 'map', range, pairs }, data, close: i } : { node: { kind: 'seq', range, items }, data: list, close: i };
  }

  private skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** An item of a flow collection at `at`: a nested flow collection or a scalar; `next` is the offset after it. */
  private flowItem(at: number): { node: TreeNode; data: unknown; next: number } {
    const c = this.text.charCodeAt(at);
    if (c === 91 || c === 123) {
      const flow = this.flow(at);
      return { node: flow.node, data: flow.data, next: flow.close };
    }
    const s = this.flowScalar(at, false);
    return { node: s.node, data: s.node.value, next: s.next };
  }

  /**
   * A scalar inside a flow collection at `at` (quoted or plain, on one line); `next` is the offset
   * after it and its spaces. A key ends at ": " (or ":" before a flow indicator).
   */
  private flowScalar(at: number, key: boolean): { node: TreeScalar; next: number } {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quotedEnd(at);
      const value = this.quoted(at, close).normalize('NFC');
      return { node: { kind: 'scalar', range: [at, close], value }, next: this.skipSpaces(close) };
    }
    if (!startsPlain(t, at) || '-?:'.includes(t[at]!)) giveUp();
    let e = at;
    for (; e < t.length; e++) {
      const d = t.charCodeAt(e);
      if (d === NL) giveUp(); // a flow collection over several lines
      if (d === 44 || d === 91 || d === 93 || d === 123 || d === 125) break;
      if (d === HASH && t.charCodeAt(e - 1) === SPACE) giveUp();
      if (d === COLON) {
        const n = t.charCodeAt(e + 1);
        if (n === SPACE || n === 44 || n === 93 || n === 125 || n === NL) {
          if (!key) giveUp();
          break;
        }
      }
    }
    let v = e;
    while (t.charCodeAt(v - 1) === SPACE) v--;
    if (v === at) giveUp();
    const value = resolvePlain(t.slice(at, v));
    return {
      node: { kind: 'scalar', range: [at, v], value: typeof value === 'string' ? value.normalize('NFC') : value },
      next: this.skipSpaces(v),
    };
  }

  /** A literal (|) or folded (>) block scalar whose header is at `at`, in a collection indented `col`. */
  private block(at: number, col: number): Parsed {
    const t = this.text;
    const folded = t.charCodeAt(at) === 62;
    let h = at + 1;
    const chomp = t[h] === '-' || t[h] === '+' ? t[h++] : '';
    if (h < t.length && t.charCodeAt(h) !== NL) giveUp(); // indentation indicators, comments: the yaml package
    if (h >= t.length) giveUp();
    let pos = h + 1;
    // empty lines (or of spaces only) before the first line of content, which sets the indentation
    let leading = 0;
    let leadingSpaces = 0;
    for (;;) {
      let s = 0;
      while (t.charCodeAt(pos + s) === SPACE) s++;
      if (pos + s >= t.length) giveUp();
      if (t.charCodeAt(pos + s) !== NL) break;
      leading++;
      leadingSpaces = Math.max(leadingSpaces, s);
      pos += s + 1;
    }
    let indent = 0;
    while (t.charCodeAt(pos + indent) === SPACE) indent++;
    if (indent <= col || leadingSpaces > indent) giveUp();
    const lines: string[] = [];
    let blanks = 0;
    let end = pos;
    let keepEnd = pos;
    for (;;) {
      if (pos >= t.length) break;
      let s = 0;
      while (t.charCodeAt(pos + s) === SPACE) s++;
      const c = pos + s < t.length ? t.charCodeAt(pos + s) : NL;
      if (c === NL) {
        // an empty line; spaces past the indentation would be content, and the text's end: the yaml package
        if (s > indent || pos + s >= t.length) giveUp();
        blanks++;
        pos += s + 1;
        keepEnd = pos;
        continue;
      }
      if (s < indent) {
        if (s > col && c !== HASH) giveUp();
        break;
      }
      if (folded && s > indent) giveUp(); // more-indented lines of a folded scalar: the yaml package
      const nl = t.indexOf('\n', pos);
      const lineEnd = nl < 0 ? t.length : nl;
      for (let k = 0; k < blanks; k++) lines.push('');
      blanks = 0;
      lines.push(t.slice(pos + indent, lineEnd));
      pos = nl < 0 ? t.length : nl + 1;
      end = pos;
      keepEnd = pos;
      if (nl < 0) giveUp(); // a block scalar ending the text without a newline: the yaml package
    }
    let value: string;
    if (folded) {
      value = '';
      for (let k = 0; k < lines.length; k++) {
        const line = lines[k]!;
        if (k === 0) value = line;
        else if (line === '') value += '\n';
        else value += lines[k - 1] === '' ? line : ' ' + line;
      }
    } else value = lines.join('\n');
    if (leading) value = '\n'.repeat(leading) + value;
    if (chomp === '+') value += '\n'.repeat(blanks + 1);
    else if (chomp === '') value += '\n';
    if (chomp === '+') end = keepEnd;
    this.cursor = end;
    const node: TreeScalar = { kind: 'scalar', range: [at, end], value: value.normalize('NFC') };
    return { node, data: node.value, end };
  }
}
