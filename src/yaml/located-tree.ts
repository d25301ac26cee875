/**
 * The shape of a YAML document with the source range of every node: what locating a finding needs
 * (a JSON pointer → the node's offsets), whichever reader built it (the fast reader of
 * src/yaml/fast-reader.ts or the yaml package, through treeOfDocument).
 */
export interface TreeScalar {
  kind: 'scalar';
  /** [start, end) of the scalar in the text, quotes and block headers included. */
  range: [number, number];
  /** The value read (null for an empty value). */
  value: unknown;
}
export interface TreePair {
  /** The key as the data holds it (a string, in NFC). */
  name: string;
  key: TreeScalar;
  value: TreeNode;
}
export interface TreeMap {
  kind: 'map';
  range: [number, number];
  pairs: TreePair[];
}
export interface TreeSeq {
  kind: 'seq';
  range: [number, number];
  items: TreeNode[];
}
export type TreeNode = TreeScalar | TreeMap | TreeSeq;

/** The node at a JSON pointer, or the deepest ancestor that exists (and whether it was found). */
export function nodeAt(root: TreeNode | undefined, pointer: string, preferKey = false): { node: TreeNode | undefined; exact: boolean } {
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (node?.kind === 'map') {
      const pair = node.pairs.find((p) => p.name === seg);
      if (!pair) return { node, exact: false };
      if (last && preferKey) return { node: pair.key, exact: true };
      // A key with no value ("product:") is located at its key.
      const value = pair.value;
      if (value.kind === 'scalar' && value.value === null && value.range[0] === value.range[1]) return { node: pair.key, exact: last };
      node = value;
    } else if (node?.kind === 'seq') {
      const item = node.items[Number(seg)];
      if (!/^\d+$/.test(seg) || item === undefined) return { node, exact: false };
      node = item;
    } else {
      return { node, exact: false };
    }
  }
  return { node, exact: true };
}
