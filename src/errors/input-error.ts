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

  /** The error of `file` with a catalogue message in both languages (`both(key, params)`). */
  static of([vi, en]: readonly [vi: string, en: string], file: string): InputError {
    return new InputError(vi, file, en);
  }

  /** The English message (`message` is the Vietnamese one). */
  get messageEn(): string {
    return this.en;
  }
}
