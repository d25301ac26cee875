import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import { FACT_NAMES, FACTS, factsOf, type FactField, type FactName, type SubjectKind } from './subject-facts.js';
import { bilingual } from '../messages/index.js';

/** What is wrong with a fact path, in both languages. */
export interface FactPathProblem {
  vi: string;
  en: string;
  /** The problem is the fact's name (not its path). */
  atFact: boolean;
}

type Json = Record<string, unknown>;
let planSchema: Json | undefined;
const schema = (): Json => (planSchema ??= JSON.parse(readFileSync(join(packageRoot, 'schema', 'plan.schema.json'), 'utf8')) as Json);

/** A node a path step can land on: a field of the table, a node of the plan schema, a value of rule-set data, or anything (open). */
type Node = { field: FactField } | { schema: Json } | { value: unknown } | { open: true };

/**
 * Why a condition reading `fact` at `path` cannot work on subjects of `kind`: a fact the kind does
 * not carry, or a path naming a field that does not exist (`$.deadlineInfo.du`). `data` is the
 * rule set's own data, which the fact "data" holds. Undefined when the path exists.
 */
export function factPathProblem(
  kind: SubjectKind,
  fact: string,
  path: string | undefined,
  data: Record<string, unknown>,
): FactPathProblem | undefined {
  if (!FACT_NAMES.has(fact)) return { ...bilingual('facts.unknown', { fact, known: [...FACT_NAMES].join(', ') }), atFact: true };
  const available = factsOf(kind);
  if (!available.includes(fact as FactName))
    return { ...bilingual('facts.notOfKind', { kind, fact, known: available.join(', ') }), atFact: true };
  if (!path || path === '$') return undefined;
  const steps = [...path.matchAll(/\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
  let nodes: Node[] = [factNode(fact as FactName, data)];
  let walked = '$';
  for (const step of steps) {
    const next = nodes.flatMap((n) => stepInto(n, step));
    if (!next.length) {
      const names = [...new Set(nodes.flatMap(fieldNames))].sort();
      const here = `${fact}${walked === '$' ? '' : walked.slice(1)}`;
      const list = names.length ? names.join(', ') : '—';
      return { ...bilingual('facts.noField', { here, field: String(step), path, known: list }), atFact: false };
    }
    nodes = next;
    walked += typeof step === 'number' ? `[${step}]` : `.${step}`;
  }
  return undefined;
}

function factNode(fact: FactName, data: Record<string, unknown>): Node {
  const table = FACTS[fact] as { planDefinition?: string; ruleSetData?: true; fields: Record<string, FactField> };
  if (table.ruleSetData) return { value: data };
  const own: FactField = { type: 'object', vi: '', en: '', fields: table.fields };
  if (table.planDefinition === undefined) return { field: own };
  const def = table.planDefinition === '' ? schema() : (schema().definitions as Record<string, Json>)[table.planDefinition]!;
  // computed fields and the fields as written, both
  return { schema: { anyOf: [def, { 'x-fact': own }] } };
}

function stepInto(node: Node, step: string | number): Node[] {
  if ('open' in node) return [node];
  if ('value' in node) {
    const v = node.value;
    if (Array.isArray(v)) return typeof step === 'number' ? [{ value: v[step] ?? v[0] }] : step === 'length' ? [{ value: 0 }] : [];
    if (v !== null && typeof v === 'object' && typeof step === 'string' && Object.prototype.hasOwnProperty.call(v, step))
      return [{ value: (v as Json)[step] }];
    return [];
  }
  if ('field' in node) {
    const { type, fields } = node.field;
    if (type === 'object') {
      if (!fields) return [{ open: true }];
      return typeof step === 'string' && Object.prototype.hasOwnProperty.call(fields, step) ? [{ field: fields[step]! }] : [];
    }
    if (type === 'list') return typeof step === 'number' || step === 'length' ? [{ open: true }] : [];
    if (type === 'string[]' || type === 'number[]')
      return typeof step === 'number'
        ? [{ field: { type: type === 'string[]' ? 'string' : 'number', vi: '', en: '' } }]
        : step === 'length'
          ? [leaf]
          : [];
    return [];
  }
  return schemaStep(node.schema, step);
}

const leaf: Node = { field: { type: 'number', vi: '', en: '' } };

function schemaStep(s: Json, step: string | number): Node[] {
  const ref = s.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/definitions/', '');
    return schemaStep((schema().definitions as Record<string, Json>)[name]!, step);
  }
  if (s['x-fact']) return stepInto({ field: s['x-fact'] as FactField }, step);
  const branches = [...((s.anyOf as Json[]) ?? []), ...((s.oneOf as Json[]) ?? [])];
  if (branches.length) return branches.flatMap((b) => schemaStep(b, step));
  const props = s.properties as Record<string, Json> | undefined;
  if (props) return typeof step === 'string' && Object.prototype.hasOwnProperty.call(props, step) ? [{ schema: props[step]! }] : [];
  if (s.type === 'array' || s.items) {
    if (typeof step === 'number') return s.items ? [{ schema: s.items as Json }] : [{ open: true }];
    return step === 'length' ? [leaf] : [];
  }
  if (s.type === 'object') return [{ open: true }];
  return [];
}

/** The field names at a node, for the message. */
function fieldNames(node: Node): string[] {
  if ('field' in node) return node.field.type === 'object' && node.field.fields ? Object.keys(node.field.fields) : [];
  if ('value' in node) return node.value && typeof node.value === 'object' && !Array.isArray(node.value) ? Object.keys(node.value) : [];
  if ('open' in node) return [];
  return schemaNames(node.schema);
}

function schemaNames(s: Json): string[] {
  if (typeof s.$ref === 'string') return schemaNames((schema().definitions as Record<string, Json>)[s.$ref.replace('#/definitions/', '')]!);
  if (s['x-fact']) return fieldNames({ field: s['x-fact'] as FactField });
  const branches = [...((s.anyOf as Json[]) ?? []), ...((s.oneOf as Json[]) ?? [])];
  if (branches.length) return branches.flatMap(schemaNames);
  return Object.keys((s.properties as Json | undefined) ?? {});
}
