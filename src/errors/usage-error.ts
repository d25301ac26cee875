import type { Lang } from '../types.js';

/** A command used wrongly (missing or contradictory arguments): exit 2 with the message. */
export class UsageError extends Error {
  /** `message` in Vietnamese; `messageEn` when the English differs (older callers pass one text). */
  constructor(
    message: string,
    readonly messageEn: string = message,
  ) {
    super(message);
    this.name = 'UsageError';
  }

  text(lang: Lang): string {
    return lang === 'vi' ? this.message : this.messageEn;
  }
}

/** A usage error in the language of the run. */
export const usageError = (vi: string, en: string) => new UsageError(vi, en);
