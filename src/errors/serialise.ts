import { ConfigError, type ConfigKind } from './config-error.js';
import { InputError } from './input-error.js';
import { PlanCheckError, type ErrorCode, type ErrorLocation } from './plan-check-error.js';
import { UsageError } from './usage-error.js';

/** An error as it crosses from a worker thread to the main thread (structured-clone safe). */
export interface SerialisedError {
  /** `crash` for anything that is not a PlanCheckError (a bug: printed as an internal error). */
  code: ErrorCode | 'crash';
  vi: string;
  en: string;
  location?: ErrorLocation;
  kind?: ConfigKind;
  stack?: string;
}

/** The one way an error leaves a worker. */
export function serialiseError(err: unknown): SerialisedError {
  if (err instanceof PlanCheckError) {
    return {
      code: err.code,
      vi: err.vi,
      en: err.en,
      ...(err.location ? { location: { ...err.location } } : {}),
      ...(err instanceof ConfigError ? { kind: err.kind } : {}),
    };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'crash', vi: message, en: message, ...(err instanceof Error && err.stack ? { stack: err.stack } : {}) };
}

/** The same error again on the main thread, of the same class. */
export function reviveError(s: SerialisedError): Error {
  const at = s.location;
  switch (s.code) {
    case 'input':
      return new InputError(s.vi, at?.file ?? '', s.en);
    case 'config':
      return new ConfigError(s.vi, s.en, at?.file ?? '', at?.line ?? 1, at?.column ?? 1, at?.ruleId, s.kind);
    case 'usage':
      return new UsageError(s.vi, s.en);
    default:
      return Object.assign(new Error(s.en), s.stack ? { stack: s.stack } : {});
  }
}
