import { SUBJECT_KINDS } from './subject-facts.js';

/**
 * A schema with the lists the facts table owns filled in: the kinds a rule may apply to. The build
 * compiles the validators from this (scripts/build-validators.mjs); the schema file keeps a copy for
 * editors and for a validator compiled at run time (tests/facts-contract.test.ts keeps it equal).
 */
export function withDerivedEnums(name: string, schema: Record<string, unknown>): Record<string, unknown> {
  if (name !== 'ruleset') return schema;
  const rule = (schema.definitions as Record<string, { properties: Record<string, Record<string, unknown>> }>).rule!;
  rule.properties.applies_to = { ...rule.properties.applies_to, enum: [...SUBJECT_KINDS] };
  return schema;
}
