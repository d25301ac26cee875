import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { packageRoot } from './package-root.js';

const require = createRequire(import.meta.url);
const cache = new Map<string, ValidateFunction>();

/**
 * The validator of schema/<name>.schema.json: the one compiled at build time when it is not older
 * than the schema (dist/generated), otherwise compiled now, once per process.
 */
export function validatorFor(name: 'plan' | 'ruleset' | 'registry' | 'waivers'): ValidateFunction {
  let v = cache.get(name);
  if (v) return v;
  const schemaFile = join(packageRoot, 'schema', `${name}.schema.json`);
  const built = join(packageRoot, 'dist', 'generated', `validate-${name}.cjs`);
  if (existsSync(built) && statSync(built).mtimeMs >= statSync(schemaFile).mtimeMs) {
    v = require(built) as ValidateFunction;
  } else {
    const { Ajv } = require('ajv') as typeof import('ajv');
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    v = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  }
  cache.set(name, v);
  return v;
}
