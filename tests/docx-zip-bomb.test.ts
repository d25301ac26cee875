import { describe, expect, it } from 'vitest';
import { inflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';
import { unzipCounted, ZipTooLarge } from '../src/import/docx-unzip.js';

/**
 * `mb` megabytes of zeros as one raw DEFLATE block written by hand (fixed Huffman codes: a literal
 * 0, then "258 bytes again from 1 back" until done): about 1.6 KB per MB, made in milliseconds.
 */
function deflatedZeros(mb: number): Uint8Array {
  const total = mb * 1024 * 1024;
  const out = new Uint8Array(Math.ceil(((total / 258 + 300) * 13) / 8) + 16);
  let pos = 0;
  let bit = 0;
  const put = (value: number, n: number) => {
    for (let i = 0; i < n; i++) {
      if ((value >> i) & 1) out[pos]! |= 1 << bit;
      if (++bit === 8) {
        bit = 0;
        pos++;
      }
    }
  };
  // Huffman codes go most significant bit first
  const code = (c: number, n: number) => {
    let r = 0;
    for (let i = 0; i < n; i++) r |= ((c >> i) & 1) << (n - 1 - i);
    put(r, n);
  };
  put(1, 1); // last block
  put(1, 2); // fixed Huffman codes
  code(0b00110000, 8); // literal 0
  let left = total - 1;
  for (; left >= 258; left -= 258) {
    code(0b11000101, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  for (; left > 0; left--) code(0b00110000, 8);
  code(0, 7); // end of block
  return out.subarray(0, pos + (bit ? 1 : 0));
}

/**
 * A .docx-looking zip whose word/document.xml is `mb` MB of zeros, with every size field (local
 * header and central directory) rewritten to claim 1,000 bytes: the headers lie.
 */
function lyingZip(mb: number): Buffer {
  const entries: [string, number, Buffer, number][] = [
    // name, method, data, size the headers claim
    ['[Content_Types].xml', 0, Buffer.from('<Types/>'), 8],
    ['word/document.xml', 8, Buffer.from(deflatedZeros(mb)), 1000], // the lie
  ];
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, method, data, claimed] of entries) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(claimed, 24);
    cd.writeUInt16LE(nameBytes.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    central.push(cd, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdBytes.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBytes, eocd]);
}

describe('a .docx whose zip headers lie about its size (issue 11, item 10)', () => {
  it('the hand-made DEFLATE stream inflates to the zeros it stands for', () => {
    const z = inflateSync(deflatedZeros(3));
    expect(z.length).toBe(3 * 1024 * 1024);
    expect(z.every((b) => b === 0)).toBe(true);
  });

  it('the crafted archive is what it claims to be: small on disk, headers saying 1,000 bytes', () => {
    const zip = lyingZip(4);
    const claims: number[] = [];
    expect(zip.length).toBeLessThan(64 * 1024);
    // what any zip reader takes from the headers
    expect(() => unzipSync(zip, { filter: (f) => (claims.push(f.originalSize), false) })).not.toThrow();
    expect(claims).toEqual([8, 1000]);
    // the real content is 4 MB: counting finds it, the headers do not
    expect(() => unzipCounted(zip, 1024 * 1024)).toThrow(ZipTooLarge);
    expect(unzipCounted(zip, 8 * 1024 * 1024)['word/document.xml']!.length).toBe(4 * 1024 * 1024);
  });

  it('stops inflating at the limit, counting the bytes that come out', () => {
    const zip = lyingZip(64);
    const before = process.memoryUsage().arrayBuffers;
    let error: unknown;
    try {
      unzipCounted(zip, 8 * 1024 * 1024);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZipTooLarge);
    // well under the 64 MB the archive holds: the run stopped near the limit
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(40 * 1024 * 1024);
  });

  it('plan-check import refuses a 250 MB bomb whose headers claim 1,000 bytes: exit 2, names the file, no stack trace', async () => {
    const t = tempDir('plan-check-zipbomb-');
    const file = t.write('bom-noi-doi.docx', lyingZip(250));
    const r = await cli(['import', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('giải nén ra quá lớn');
    expect(r.err).toContain('bom-noi-doi.docx');
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('a genuine .docx still imports through the counted copy', () => {
    // an ordinary archive with honest headers reads as before (the round trip tests cover real files)
    const zip = Buffer.from(zipSync({ 'a.xml': strToU8('<a/>'.repeat(1000)) }));
    const files = unzipCounted(zip, 1024 * 1024);
    expect(new TextDecoder().decode(files['a.xml'])).toBe('<a/>'.repeat(1000));
  });
});
