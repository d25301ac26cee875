import type { ErrorObject, ValidateFunction } from 'ajv';
import { validatorFor } from '../util/validators.js';
import type { Bilingual, Lang } from '../types.js';
import { bilingual, msg, type MessageKey, type MessageParams } from '../messages/index.js';
import { isRealIsoDate } from '../util/dates.js';

export interface SchemaProblem {
  pointer: string;
  /** Point at the key rather than the value (unknown properties). */
  atKey: boolean;
  message: Bilingual;
}

/** The plan schema's validator (compiled at build time). */
export function planValidator(): ValidateFunction {
  return validatorFor('plan');
}

/** Validates plan data against the schema; problems are located by JSON pointer, in both languages. */
export function validatePlan(data: unknown): SchemaProblem[] {
  const validate = planValidator();
  const problems: SchemaProblem[] = [];
  if (!validate(data)) problems.push(...explain(validate.errors ?? []));
  problems.push(...checkDates(data));
  return dedupe(problems);
}

function explain(errors: ErrorObject[]): SchemaProblem[] {
  // A failed oneOf/anyOf explains itself once; the errors of its branches are noise.
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath);
  const out: SchemaProblem[] = [];
  for (const e of errors) {
    if (
      e.keyword !== 'oneOf' &&
      e.keyword !== 'anyOf' &&
      alternatives.some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/'))
    )
      continue;
    out.push(describe(e));
  }
  return out;
}

/** Where a problem is, "plan.year", or the document root, in `lang`. */
function whereIn(lang: Lang, pointer: string): string {
  return pointer === '' ? msg(lang, 'plan.root') : pointer.slice(1).replace(/\//g, '.');
}

const TYPE_NAMES = {
  string: 'plan.type.string',
  integer: 'plan.type.integer',
  number: 'plan.type.number',
  boolean: 'plan.type.boolean',
  array: 'plan.type.array',
  object: 'plan.type.object',
  null: 'plan.type.null',
} as const satisfies Record<string, MessageKey>;

/** The type(s) expected, named in Vietnamese ("số nguyên hoặc chuỗi văn bản"). */
function typeVi(t: unknown): string {
  const list = Array.isArray(t) ? t.map(String) : String(t).split(',');
  return list
    .map((x) => (Object.hasOwn(TYPE_NAMES, x) ? msg('vi', TYPE_NAMES[x as keyof typeof TYPE_NAMES]) : x))
    .join(msg('vi', 'plan.type.or'));
}

/** A message whose values differ by language (a place, a type named in each language). */
function inBoth<K extends MessageKey>(key: K, vi: MessageParams<K>, en: MessageParams<K>): Bilingual {
  const m = msg as (lang: Lang, key: MessageKey, params: MessageParams<K>) => string;
  return { vi: m('vi', key, vi), en: m('en', key, en) };
}

function describe(e: ErrorObject): SchemaProblem {
  const p = e.instancePath;
  const where = (q: string) => whereIn('vi', q);
  const whereEn = (q: string) => whereIn('en', q);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const prop = String(params.missingProperty);
      return {
        pointer: p,
        atKey: false,
        message: inBoth('plan.required', { field: prop, where: where(p) }, { field: prop, where: whereEn(p) }),
      };
    }
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      return {
        pointer: `${p}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        atKey: true,
        message: inBoth('plan.unknownField', { field: prop, where: where(p) }, { field: prop, where: whereEn(p) }),
      };
    }
    case 'type':
      return {
        pointer: p,
        atKey: false,
        message: inBoth('plan.type', { where: where(p), type: typeVi(params.type) }, { where: whereEn(p), type: String(params.type) }),
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return {
        pointer: p,
        atKey: false,
        message: inBoth('plan.enum', { where: where(p), allowed }, { where: whereEn(p), allowed }),
      };
    }
    case 'pattern':
      return {
        pointer: p,
        atKey: false,
        message: inBoth(
          'plan.pattern',
          { where: where(p), form: (e.parentSchema?.description as string | undefined) ?? String(params.pattern) },
          { where: whereEn(p), form: String(params.pattern) },
        ),
      };
    case 'minLength':
      return { pointer: p, atKey: false, message: inBoth('plan.empty', { where: where(p) }, { where: whereEn(p) }) };
    case 'minimum':
    case 'maximum':
      return {
        pointer: p,
        atKey: false,
        message: inBoth(
          e.keyword === 'minimum' ? 'plan.minimum' : 'plan.maximum',
          { where: where(p), limit: String(params.limit) },
          { where: whereEn(p), limit: String(params.limit) },
        ),
      };
    case 'oneOf':
    case 'anyOf':
      return {
        pointer: p,
        atKey: false,
        message: inBoth(
          'plan.shape',
          { where: where(p), detail: `: ${e.parentSchema?.description ?? msg('vi', 'plan.shapeUnknown')}` },
          { where: whereEn(p), detail: '' },
        ),
      };
    default:
      return {
        pointer: p,
        atKey: false,
        message: inBoth(
          'plan.other',
          { where: where(p), problem: e.message ?? e.keyword },
          { where: whereEn(p), problem: e.message ?? e.keyword },
        ),
      };
  }
}

/** Dates that match YYYY-MM-DD but do not exist (2026-02-30). */
function checkDates(data: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const plan = (data as { plan?: { document?: { date?: unknown }; parent?: { date?: unknown } } } | null)?.plan;
  const candidates: [string, unknown][] = [
    ['/plan/document/date', plan?.document?.date],
    ['/plan/parent/date', plan?.parent?.date],
  ];
  for (const [pointer, v] of candidates) {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !isRealIsoDate(v)) {
      out.push({ pointer, atKey: false, message: bilingual('plan.dateNotReal', { date: v }) });
    }
  }
  return out;
}

function dedupe(list: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = `${p.pointer}|${p.message.en}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
