/** Facts a rule condition may read. */
export const FACT_NAMES: ReadonlySet<string> = new Set([
  'plan',
  'context',
  'data',
  'task',
  'target',
  'unitRef',
  'citation',
  'requirement',
  'title',
  'mention',
]);
