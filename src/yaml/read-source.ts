import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { InputError } from '../errors/input-error.js';
import { both } from '../messages/index.js';

export interface SourceText {
  file: string;
  /** Decoded text, without byte-order mark. */
  text: string;
  /** SHA-256 of the bytes on disk, hex. */
  sha256: string;
  bytes: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads a text file the way a careful reviewer would open it: refuses what is not a regular file,
 * too large, binary or not valid UTF-8/UTF-16; strips the byte-order mark. Never modifies the file.
 */
export function readSource(file: string, maxBytes = DEFAULT_MAX_BYTES): SourceText {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) {
      throw InputError.of(both('yaml.source.directory', { file }), file);
    }
    if (!st.isFile()) {
      throw InputError.of(both('yaml.source.notRegular', { file }), file);
    }
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw InputError.of(both('yaml.source.notFound', { file }), file);
    }
    if (code === 'ELOOP') {
      throw InputError.of(both('yaml.source.linkLoop', { file }), file);
    }
    throw cannotRead(file, code);
  }
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw InputError.of(both('yaml.source.tooLarge', { file, size: mb(size), limit: mb(maxBytes) }), file);
  }
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw cannotRead(file, code);
  }
  const sha256 = createHash('sha256').update(buf).digest('hex');
  return { file, text: decode(buf, file), sha256, bytes: buf.length };
}

function cannotRead(file: string, code: string | undefined): InputError {
  return InputError.of(code ? both('yaml.source.cannotRead', { file, code }) : both('yaml.source.cannotReadUnknown', { file }), file);
}

function decode(buf: Buffer, file: string): string {
  const notText = () => InputError.of(both('yaml.source.notText', { file }), file);
  let text: string;
  try {
    if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(buf.subarray(2));
    else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(buf.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw notText();
  }
  // Control characters other than tab, newline and carriage return mark a binary file.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw notText();
  return text;
}
