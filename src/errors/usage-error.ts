import { PlanCheckError } from './plan-check-error.js';

/** A command used wrongly (missing or contradictory arguments): exit 2 with the message. */
export class UsageError extends PlanCheckError {
  /** `message` in Vietnamese; `messageEn` when the English differs (older callers pass one text). */
  constructor(message: string, messageEn: string = message) {
    super('usage', message, messageEn);
    this.name = 'UsageError';
  }

  /** The English message (`message` is the Vietnamese one). */
  get messageEn(): string {
    return this.en;
  }
}

/** A usage error in the language of the run. */
export const usageError = (vi: string, en: string) => new UsageError(vi, en);
