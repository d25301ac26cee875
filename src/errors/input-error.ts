import { PlanCheckError } from './plan-check-error.js';

/** A file that cannot be used at all: a usage error (exit 2), never a finding. */
export class InputError extends PlanCheckError {
  constructor(
    message: string,
    readonly file: string,
    messageEn: string = message,
  ) {
    super('input', message, messageEn, { file });
    this.name = 'InputError';
  }

  /** The English message (`message` is the Vietnamese one). */
  get messageEn(): string {
    return this.en;
  }
}
