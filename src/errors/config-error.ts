import type { Lang } from '../types.js';
import { PlanCheckError } from './plan-check-error.js';
import { msg } from '../messages/index.js';

/** What a configuration file is to the user, so that a broken one is named as what it is. */
export type ConfigKind = 'ruleset' | 'registry' | 'waivers' | 'baseline' | 'cache' | 'vocabulary';

/**
 * A broken configuration file the project relies on (rule set, registry, waivers, baseline,
 * cache, vocabulary): the run stops with exit 2, naming what the file is, its position and rule.
 */
export class ConfigError extends PlanCheckError {
  constructor(
    vi: string,
    en: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly ruleId?: string,
    readonly kind: ConfigKind = 'ruleset',
  ) {
    super('config', vi, en, { file, line, column, ...(ruleId ? { ruleId } : {}) }, en);
    this.name = 'ConfigError';
  }

  /** "file:line:column (rule …): message". */
  describe(lang: Lang): string {
    const rule = this.ruleId ? msg(lang, 'errors.inRule', { ruleId: this.ruleId }) : '';
    return `${this.file}:${this.line}:${this.column}${rule}: ${this.text(lang)}`;
  }

  /** "tệp miễn trừ hỏng: file:line:column: message". */
  override explain(lang: Lang): string {
    return `${msg(lang, `errors.broken.${this.kind}`)}: ${this.describe(lang)}`;
  }
}
