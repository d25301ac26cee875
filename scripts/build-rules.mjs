// Compiles the shipped rules folder (rule sets, legal registry, metric vocabulary) once, at build
// time, into dist/generated/rules.json: a run whose rule files are unedited then reads no YAML.
// Runs after tsc and build-validators.mjs (it uses the compiled loaders and validators).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildCompiledRules } = await import(join(root, 'dist', 'tools', 'build-compiled-rules.js'));
const { COMPILED_RULES_FILE } = await import(join(root, 'dist', 'yaml', 'compiled-config.js'));
const { table, files, skipped } = buildCompiledRules();
mkdirSync(dirname(COMPILED_RULES_FILE), { recursive: true });
writeFileSync(COMPILED_RULES_FILE, JSON.stringify(table));
for (const s of skipped) console.warn(`plan-check: not compiled (read from YAML at run time): ${relative(root, s.file)}: ${s.why}`);
console.log(`plan-check: ${files.length} rule files compiled to ${relative(root, COMPILED_RULES_FILE)}`);

// The shipped rules' message templates, precompiled: a check then loads handlebars' runtime only.
const { precompiledMessagesModule, PRECOMPILED_MESSAGES_FILE } = await import(join(root, 'dist', 'engine', 'message-templates.js'));
const templates = Object.values(table.entries.ruleset).flatMap((json) =>
  (JSON.parse(json).rules ?? []).flatMap((r) => [r.message.vi, r.message.en, r.fix.vi, r.fix.en]),
);
writeFileSync(PRECOMPILED_MESSAGES_FILE, precompiledMessagesModule(templates));
console.log(`plan-check: ${new Set(templates).size} message templates precompiled to ${relative(root, PRECOMPILED_MESSAGES_FILE)}`);
