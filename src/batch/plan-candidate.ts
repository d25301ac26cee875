import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const LARGEST_TO_CLASSIFY = 5 * 1024 * 1024;
const PLAN_KEYS = ['plan', 'tasks', 'targets', 'units', 'sections'];

/**
 * Whether a YAML file found in a folder is to be checked. A file that holds a plan is; so is every
 * file that cannot be told apart from a broken plan: unreadable, not a regular file, not UTF-8
 * (UTF-16, binary), too large to look into, or not valid YAML. The checker then reports it as an
 * error located in that file. Only valid YAML that is plainly something else (waivers, CI
 * settings: no plan or tasks at its top level) is left out. `hashes`, when given, is told the
 * SHA-256 of the bytes read (the result cache's key), so that a cached run reads each file once.
 */
export function isPlanCandidate(file: string, hashes?: Map<string, string>): boolean {
  let fd: number | undefined;
  try {
    if (!statSync(file).isFile()) return true; // a FIFO or device is never opened here (it could block)
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > LARGEST_TO_CLASSIFY) return true;
    const buf = Buffer.allocUnsafe(st.size); // only the bytes read are used
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buf, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buf.subarray(0, read);
    if (hashes && read === st.size) hashes.set(file, createHash('sha256').update(bytes).digest('hex'));
    return holdsPlanOrBroken(bytes);
  } catch {
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A line `plan:` (then only ASCII white space) in the bytes: such a file is a candidate whatever
 * else it holds (the test below gives true for it, decoded or not), so it is neither decoded nor parsed.
 */
function hasPlanLine(buf: Buffer): boolean {
  for (let at = buf.indexOf('plan:'); at >= 0; at = buf.indexOf('plan:', at + 1)) {
    if (at > 0 && buf[at - 1] !== 0x0a) continue;
    let i = at + 5;
    while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0d || buf[i] === 0x0b || buf[i] === 0x0c)) i++;
    if (i === buf.length || buf[i] === 0x0a) return true;
  }
  return false;
}

function holdsPlanOrBroken(buf: Buffer): boolean {
  if (hasPlanLine(buf)) return true;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return true; // UTF-16 or binary: the loader reads UTF-16 or says it is not text
  }
  if (text.includes('\u0000')) return true;
  if (/^plan:\s*$/m.test(text)) return true;
  // the yaml package, loaded only here: a folder of plans is told apart by the line above
  const doc = (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parseDocument(text);
  if (doc.errors.length) return true;
  const top: unknown = doc.toJS();
  if (top === null || top === undefined) return false;
  if (typeof top !== 'object' || Array.isArray(top)) return false;
  const keys = top as Record<string, unknown>;
  return PLAN_KEYS.some((k) => k in keys && !(k === 'plan' && typeof keys[k] === 'string'));
}
