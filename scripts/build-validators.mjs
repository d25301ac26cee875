// Compiles the JSON Schemas once, at build time, into standalone validator modules
// (dist/generated/*.cjs): a run then validates without compiling any schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// the kinds of subject a rule may apply to come from the facts table (runs after tsc)
const { withDerivedEnums } = await import(join(root, 'dist', 'facts', 'schema-enums.js'));
const out = join(root, 'dist', 'generated');
mkdirSync(out, { recursive: true });
for (const name of ['plan', 'ruleset', 'registry', 'waivers']) {
  const schema = withDerivedEnums(name, JSON.parse(readFileSync(join(root, 'schema', `${name}.schema.json`), 'utf8')));
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, code: { source: true, esm: false } });
  const validate = ajv.compile(schema);
  writeFileSync(join(out, `validate-${name}.cjs`), standaloneCode.default(ajv, validate));
}
console.log('plan-check: validators compiled to dist/generated/');
