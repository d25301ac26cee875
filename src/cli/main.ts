#!/usr/bin/env node
// The plan-check bin: runs the command line (src/cli/program.ts) on the process's arguments and
// exits with its code.
import { main } from './program.js';

export { main };

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
