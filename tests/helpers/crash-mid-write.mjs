// Preloaded (node --import) into the CLI by tests/hostile.test.ts: the first file write inside
// PLAN_CHECK_TEST_CRASH_IN is cut off half-way and the process dies there, as on a power cut
// (PLAN_CHECK_TEST_CRASH_HOW=kill: SIGKILL, nothing runs after) or on Ctrl-C (=term: the SIGTERM
// handlers run, then the process exits). A writer that writes the report in place leaves half a
// report behind; one that writes a temporary file and renames it leaves the old file or none.
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const dir = process.env.PLAN_CHECK_TEST_CRASH_IN;
if (dir) {
  const fs = createRequire(import.meta.url)('node:fs');
  const inside = (p) => typeof p === 'string' && resolve(p).startsWith(resolve(dir) + sep);
  const crash = () => {
    if (process.env.PLAN_CHECK_TEST_CRASH_HOW === 'term') {
      process.emit('SIGTERM', 'SIGTERM');
      process.exit(143); // no handler took the signal: it ends the process, as SIGTERM does
    }
    process.kill(process.pid, 'SIGKILL');
  };
  const half = (data) => {
    const bytes = Buffer.from(data);
    return bytes.subarray(0, Math.floor(bytes.length / 2));
  };
  // A whole file written at once (writeFileSync)...
  const realWriteFile = fs.writeFileSync;
  fs.writeFileSync = function (file, data, options) {
    if (!inside(file)) return realWriteFile.call(this, file, data, options);
    realWriteFile.call(this, file, half(data), options);
    crash();
  };
  // ...or streamed (openSync, then writeSync): cut in the middle of the second piece, if any.
  const realOpen = fs.openSync;
  const realWrite = fs.writeSync;
  const ours = new Map();
  fs.openSync = function (file, ...rest) {
    const fd = realOpen.call(this, file, ...rest);
    if (inside(file)) ours.set(fd, 0);
    return fd;
  };
  fs.writeSync = function (fd, data, ...rest) {
    if (!ours.has(fd) || typeof data !== 'string') return realWrite.call(this, fd, data, ...rest);
    const n = ours.get(fd) + 1;
    ours.set(fd, n);
    if (n < 2 && data.length > 0) return realWrite.call(this, fd, data, ...rest);
    realWrite.call(this, fd, half(data));
    crash();
  };
  syncBuiltinESMExports();
}
