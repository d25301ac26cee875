import type { ErrorObject, ValidateFunction } from 'ajv';
import { validatorFor } from '../util/validators.js';
import type { Bilingual } from '../types.js';
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

function where(pointer: string): string {
  return pointer === '' ? 'gốc tài liệu' : pointer.slice(1).replace(/\//g, '.');
}
function whereEn(pointer: string): string {
  return pointer === '' ? 'document root' : pointer.slice(1).replace(/\//g, '.');
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi văn bản',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'true/false',
  array: 'danh sách',
  object: 'mục (khóa: giá trị)',
  null: 'null',
};

function typeVi(t: unknown): string {
  const list = Array.isArray(t) ? t.map(String) : String(t).split(',');
  return list.map((x) => TYPE_VI[x] ?? x).join(' hoặc ');
}

function describe(e: ErrorObject): SchemaProblem {
  const p = e.instancePath;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const prop = String(params.missingProperty);
      return {
        pointer: p,
        atKey: false,
        message: { vi: `Thiếu trường bắt buộc "${prop}" tại ${where(p)}`, en: `Missing required field "${prop}" at ${whereEn(p)}` },
      };
    }
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      return {
        pointer: `${p}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        atKey: true,
        message: {
          vi: `Trường "${prop}" không có trong lược đồ kế hoạch (gõ sai tên?) tại ${where(p)}`,
          en: `Unknown field "${prop}" at ${whereEn(p)} (misspelt?)`,
        },
      };
    }
    case 'type':
      return {
        pointer: p,
        atKey: false,
        message: { vi: `${where(p)} phải là ${typeVi(params.type)}`, en: `${whereEn(p)} must be ${String(params.type)}` },
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return {
        pointer: p,
        atKey: false,
        message: { vi: `${where(p)} phải là một trong: ${allowed}`, en: `${whereEn(p)} must be one of: ${allowed}` },
      };
    }
    case 'pattern':
      return {
        pointer: p,
        atKey: false,
        message: {
          vi: `${where(p)} không đúng định dạng (${e.parentSchema?.description ?? String(params.pattern)})`,
          en: `${whereEn(p)} is not in the expected form (${String(params.pattern)})`,
        },
      };
    case 'minLength':
      return { pointer: p, atKey: false, message: { vi: `${where(p)} không được để trống`, en: `${whereEn(p)} must not be empty` } };
    case 'minimum':
    case 'maximum':
      return {
        pointer: p,
        atKey: false,
        message: {
          vi: `${where(p)} phải ${e.keyword === 'minimum' ? '≥' : '≤'} ${String(params.limit)}`,
          en: `${whereEn(p)} must be ${e.keyword === 'minimum' ? '>=' : '<='} ${String(params.limit)}`,
        },
      };
    case 'oneOf':
    case 'anyOf':
      return {
        pointer: p,
        atKey: false,
        message: {
          vi: `${where(p)} không đúng dạng: ${e.parentSchema?.description ?? 'xem lược đồ'}`,
          en: `${whereEn(p)} does not have an accepted shape`,
        },
      };
    default:
      return {
        pointer: p,
        atKey: false,
        message: { vi: `${where(p)}: ${e.message ?? e.keyword}`, en: `${whereEn(p)}: ${e.message ?? e.keyword}` },
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
      out.push({ pointer, atKey: false, message: { vi: `Ngày ${v} không tồn tại`, en: `Date ${v} does not exist` } });
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
