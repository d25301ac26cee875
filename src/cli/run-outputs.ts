import { statSync } from 'node:fs';
import { checkOutputs, ROLE, type RunInput } from './output-file.js';
import { UsageError } from '../errors/usage-error.js';

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
    throw new UsageError(
      `có ${opts.output.length} tệp -o nhưng chỉ ${formats.length} định dạng -f: mỗi -o ghi định dạng -f cùng thứ tự (ví dụ -f json -o r.json -f html -o r.html)`,
      `${opts.output.length} -o files but only ${formats.length} -f formats: each -o writes the -f of the same rank (e.g. -f json -o r.json -f html -o r.html)`,
    );
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
      throw new UsageError(
        `--cache-location "${opts.cacheLocation}" là một tệp, không phải thư mục bộ nhớ đệm`,
        `--cache-location "${opts.cacheLocation}" is a file, not a cache folder`,
      );
    }
  }
}
