import type { Lang } from '../types.js';

/** What kind of problem stopped the run: an unusable input file, a broken configuration file, a command used wrongly. */
export type ErrorCode = 'input' | 'config' | 'usage';

/** Where the problem is: the file, and the line, column and rule when known. */
export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
  ruleId?: string;
}

/**
 * A problem that stops the run with exit 2 and a message in the run's language, never a stack
 * trace. Every such error is one of its subclasses: InputError, ConfigError (RuleSetError), UsageError.
 */
export class PlanCheckError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly vi: string,
    readonly en: string,
    readonly location?: ErrorLocation,
    message: string = vi,
  ) {
    super(message);
    this.name = 'PlanCheckError';
  }

  /** The message in `lang`. */
  text(lang: Lang): string {
    return this[lang];
  }

  /** The whole line the command line prints after "plan-check: ". */
  explain(lang: Lang): string {
    return this.text(lang);
  }
}
