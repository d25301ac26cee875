import { Inflate, zipSync } from 'fflate';

/**
 * Unpacks a Word file (.docx, a zip archive) counting the bytes that actually come out, never the
 * sizes the zip's headers claim: a 2 MB file whose headers lie can inflate to gigabytes. Each
 * entry is inflated in small steps and the run stops as soon as the total passes the limit.
 * The entries are read through the central directory (as Word readers do) and handed back as a
 * fresh archive, so that the readers after this one see only the bytes that were counted.
 */

/** Compressed input fed to the inflater at a time: one step yields at most ~1000× this. */
const STEP = 4096;

export class ZipTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`unpacks to more than ${limit} bytes`);
  }
}

export class ZipDamaged extends Error {}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the header claims it: trusted only to refuse early, never to stop counting. */
  originalSize: number;
  localOffset: number;
}

/** Every file of the archive, inflated with a running count; throws ZipTooLarge past `limit` bytes, ZipDamaged on a broken archive. */
export function unzipCounted(data: Uint8Array, limit: number): Record<string, Uint8Array> {
  let total = 0;
  const files: Record<string, Uint8Array> = {};
  const entries = centralDirectory(data);
  // An archive that says it is too large is taken at its word; one that says less is still counted.
  if (entries.reduce((n, e) => n + e.originalSize, 0) > limit) throw new ZipTooLarge(limit);
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const start = dataStart(data, e.localOffset);
    const end = start + e.compressedSize;
    if (end > data.length) throw new ZipDamaged(`entry ${e.name} runs past the end of the file`);
    const raw = data.subarray(start, end);
    const chunks: Uint8Array[] = [];
    const take = (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > limit) throw new ZipTooLarge(limit);
      chunks.push(chunk);
    };
    if (e.method === 0) take(raw.slice());
    else if (e.method === 8) {
      const inflater = new Inflate((chunk) => take(chunk));
      try {
        if (raw.length === 0) inflater.push(raw, true);
        for (let at = 0; at < raw.length; at += STEP) inflater.push(raw.subarray(at, at + STEP), at + STEP >= raw.length);
      } catch (err) {
        if (err instanceof ZipTooLarge) throw err;
        throw new ZipDamaged(`entry ${e.name}: ${(err as Error).message}`);
      }
    } else throw new ZipDamaged(`entry ${e.name}: compression method ${e.method}`);
    files[e.name] = concat(chunks);
  }
  return files;
}

/** A new archive of the counted files (stored, not compressed again: it only lives in memory). */
export function rezip(files: Record<string, Uint8Array>): Buffer {
  return Buffer.from(zipSync(files, { level: 0 }));
}

const u16 = (d: Uint8Array, at: number) => d[at]! | (d[at + 1]! << 8);
const u32 = (d: Uint8Array, at: number) => (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16) | (d[at + 3]! << 24)) >>> 0;
const u64 = (d: Uint8Array, at: number) => u32(d, at) + u32(d, at + 4) * 2 ** 32;
const MAX32 = 0xffffffff;

function centralDirectory(d: Uint8Array): Entry[] {
  let eocd = d.length - 22;
  while (eocd >= 0 && u32(d, eocd) !== 0x06054b50) {
    if (d.length - eocd > 22 + 65535) eocd = -1;
    else eocd--;
  }
  if (eocd < 0) throw new ZipDamaged('no end of central directory');
  let count = u16(d, eocd + 10);
  let offset = u32(d, eocd + 16);
  if ((count === 0xffff || offset === MAX32) && eocd >= 20 && u32(d, eocd - 20) === 0x07064b50) {
    const z = Number(u64(d, eocd - 12));
    if (z + 56 > d.length || u32(d, z) !== 0x06064b50) throw new ZipDamaged('bad zip64 end record');
    count = u64(d, z + 32);
    offset = u64(d, z + 48);
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > d.length || u32(d, at) !== 0x02014b50) throw new ZipDamaged('bad central directory');
    const method = u16(d, at + 10);
    let compressedSize = u32(d, at + 20);
    let originalSize = u32(d, at + 24);
    const nameLength = u16(d, at + 28);
    const extraLength = u16(d, at + 30);
    const commentLength = u16(d, at + 32);
    let localOffset = u32(d, at + 42);
    const name = new TextDecoder().decode(d.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === MAX32 || originalSize === MAX32 || localOffset === MAX32) {
      // zip64: the sizes that do not fit 32 bits follow, in this order, in extra field 0x0001
      let x = at + 46 + nameLength;
      const xEnd = x + extraLength;
      while (x + 4 <= xEnd && u16(d, x) !== 0x0001) x += 4 + u16(d, x + 2);
      if (x + 4 > xEnd) throw new ZipDamaged(`entry ${name}: zip64 sizes missing`);
      let f = x + 4;
      if (originalSize === MAX32) {
        originalSize = u64(d, f);
        f += 8;
      }
      if (compressedSize === MAX32) {
        compressedSize = u64(d, f);
        f += 8;
      }
      if (localOffset === MAX32) localOffset = u64(d, f);
    }
    entries.push({ name, method, compressedSize, originalSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function dataStart(d: Uint8Array, local: number): number {
  if (local + 30 > d.length || u32(d, local) !== 0x04034b50) throw new ZipDamaged('bad local header');
  return local + 30 + u16(d, local + 26) + u16(d, local + 28);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
