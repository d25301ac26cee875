import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { InputError } from '../errors/input-error.js';

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
      throw new InputError(`"${file}" là một thư mục, không phải tệp kế hoạch`, file, `"${file}" is a directory, not a plan file`);
    }
    if (!st.isFile()) {
      throw new InputError(`"${file}" không phải là tệp thông thường`, file, `"${file}" is not a regular file`);
    }
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(`Không tìm thấy tệp "${file}"`, file, `File not found: "${file}"`);
    }
    if (code === 'ELOOP') {
      throw new InputError(`"${file}" là liên kết tượng trưng vòng lặp`, file, `"${file}" is a symbolic link loop`);
    }
    throw new InputError(`Không đọc được tệp "${file}" (${code ?? 'lỗi'})`, file, `Cannot read "${file}" (${code ?? 'error'})`);
  }
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new InputError(
      `Tệp "${file}" quá lớn (${mb(size)} MB, giới hạn ${mb(maxBytes)} MB); một kế hoạch không lớn đến vậy`,
      file,
      `File "${file}" is too large (${mb(size)} MB, limit ${mb(maxBytes)} MB); no plan is that large`,
    );
  }
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`Không đọc được tệp "${file}" (${code ?? 'lỗi'})`, file, `Cannot read "${file}" (${code ?? 'error'})`);
  }
  const sha256 = createHash('sha256').update(buf).digest('hex');
  return { file, text: decode(buf, file), sha256, bytes: buf.length };
}

function decode(buf: Buffer, file: string): string {
  const notText = () =>
    new InputError(
      `Tệp "${file}" không phải là văn bản (UTF-8/UTF-16); hãy lưu kế hoạch dưới dạng YAML UTF-8`,
      file,
      `File "${file}" is not text (UTF-8/UTF-16); save the plan as UTF-8 YAML`,
    );
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
