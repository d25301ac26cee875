import { describe, expect, it } from 'vitest';
import { parseLocated } from '../src/yaml/parse-located.js';

/** The walk for unsafe keys is left out only when no key could spell one: every spelling is still caught. */
describe('unsafe keys, however written', () => {
  const codes = (text: string) => parseLocated(text).problems.map((p) => p.code);
  it('plain, quoted, escaped or a block scalar key', () => {
    for (const text of [
      'a:\n  __proto__: 1\n',
      'a:\n  "constructor": 1\n',
      'a:\n  "\\x5f_proto__": 1\n',
      "a:\n  'prototype': 1\n",
      'a:\n  ? |-\n    __proto__\n  : 1\n',
      'a:\n  "\\u0070rototype": 1\n',
    ])
      expect(codes(text), text).toContain('yaml-unsafe-key');
  });
  it('none where no key spells one', () => {
    expect(codes('plan:\n  title: constructor of roads\n  path: "C:\\\\x"\n')).toEqual([]);
    expect(codes('a:\n  "__pro to__": 1\n')).toEqual([]);
  });
});
