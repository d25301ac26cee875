import { statSync } from 'node:fs';
import { checkOutputs, ROLE, type RunInput } from './output-file.js';
import { UsageError } from '../errors/usage-error.js';
import { both } from '../messages/index.js';

interface RunFiles {
  output: string[];
  rules: string[];
  waivers?: string;
  baseline?: string;
  writeBaseline?: string;
  cacheLocation?: string;
}

/**
 * Before a check run reads anything: one -o per -f, every output writable, none of them an input
 * of the run (plans, waivers, baseline, rule files) nor another output. --write-baseline may
 * rewrite the baseline it reads (that is how a baseline is refreshed).
 */
export function checkRunOutputs(plans: readonly string[], formats: readonly string[], opts: RunFiles): void {
  if (opts.output.length > formats.length) {
    throw new UsageError(...both('cli.outputsWithoutFormats', { outputs: opts.output.length, formats: formats.length }));
  }
  const inputs: RunInput[] = [
    ...plans.map((file) => ({ file, role: ROLE.plan })),
    ...(opts.waivers ? [{ file: opts.waivers, role: ROLE.waivers }] : []),
    ...opts.rules.map((file) => ({ file, role: ROLE.rules })),
  ];
  checkOutputs(opts.output, [...inputs, ...(opts.baseline ? [{ file: opts.baseline, role: ROLE.baseline }] : [])]);
  if (opts.writeBaseline)
    checkOutputs([opts.writeBaseline], [...inputs, ...opts.output.map((file) => ({ file, role: ROLE.output }))], '--write-baseline');
  if (opts.cacheLocation) {
    let isFolder = true;
    try {
      isFolder = statSync(opts.cacheLocation).isDirectory();
    } catch {
      /* created on first use */
    }
    if (!isFolder) {
      throw new UsageError(...both('cli.cacheLocationIsFile', { dir: opts.cacheLocation }));
    }
  }
}
