import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../errors/input-error.js';
import { readSource } from '../yaml/read-source.js';
import { readDocxBlocks } from './read-docx.js';
import { rezip, unzipCounted, ZipTooLarge } from './docx-unzip.js';
import { readTextBlocks } from './read-text.js';
import type { Block } from './source-blocks.js';
import { readLinks, readUnits, type KeptUnits, type TaskLink } from '../docx/plan-links.js';
import { both } from '../messages/index.js';

const MAX_DOCX_BYTES = 20 * 1024 * 1024;
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * A plan document read as blocks: a Word file (.docx) through mammoth, anything else as UTF-8 /
 * UTF-16 text (the checks of readSource apply). Refuses old binary .doc files, damaged or
 * oversized Word files, and zip archives that would unpack to more than 200 MB.
 */
export async function readDocument(
  file: string,
): Promise<{ blocks: Block[]; format: 'docx' | 'text'; warnings: string[]; links: TaskLink[]; units?: KeptUnits }> {
  const ext = extname(file).toLowerCase();
  if (ext === '.doc') {
    throw InputError.of(both('import.doc.oldWord', { file }), file);
  }
  if (ext === '.docx' || startsWithZip(file)) {
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st?.isFile()) throw InputError.of(both('import.doc.notFound', { file }), file);
    if (st.size > MAX_DOCX_BYTES)
      throw InputError.of(both('import.doc.tooLarge', { file, limit: (MAX_DOCX_BYTES / 1048576).toFixed(0) }), file);
    const buffer = readFileSync(file);
    const damaged = () => InputError.of(both('import.doc.damaged', { file }), file);
    // The bytes that come out are counted as they come (the sizes in the headers can lie), and the
    // Word readers get a fresh archive of exactly those bytes.
    let counted: Buffer;
    try {
      counted = rezip(unzipCounted(buffer, MAX_UNZIPPED_BYTES));
    } catch (err) {
      if (err instanceof ZipTooLarge) {
        throw InputError.of(both('import.doc.unzipsTooLarge', { file, limit: (MAX_UNZIPPED_BYTES / 1048576).toFixed(0) }), file);
      }
      throw damaged();
    }
    try {
      const units = readUnits(counted);
      return { ...(await readDocxBlocks(counted)), format: 'docx', links: readLinks(counted), ...(units ? { units } : {}) };
    } catch {
      throw damaged();
    }
  }
  const source = readSource(file);
  return { blocks: readTextBlocks(source.text), format: 'text', warnings: [], links: [] };
}

function startsWithZip(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32BE(0) === 0x504b0304;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
