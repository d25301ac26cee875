/** A broken rule set: the run stops with exit 2, naming the file, position and rule. */
export class RuleSetError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly ruleId?: string,
  ) {
    super(en);
    this.name = 'RuleSetError';
  }

  describe(lang: 'vi' | 'en'): string {
    const rule = this.ruleId ? (lang === 'vi' ? ` (quy tắc ${this.ruleId})` : ` (rule ${this.ruleId})`) : '';
    return `${this.file}:${this.line}:${this.column}${rule}: ${lang === 'vi' ? this.vi : this.en}`;
  }
}
