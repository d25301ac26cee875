import type { Source, SubjectKind } from '../../types.js';

/** One thing a rule is evaluated on: the plan, a task, a target, a citation, a parent requirement ... */
export interface Subject {
  kind: SubjectKind;
  id: string;
  /** The fact that holds the subject itself. */
  mainFact: string;
  facts: Record<string, unknown>;
  /** JSON pointer of each fact's value in the plan file. */
  factPointers: Record<string, string>;
  /**
   * Computed fields located at the real field they come from ("" = the subject itself): one shared
   * table per kind of subject, FIELD_SOURCES of the facts table.
   */
  fieldSources: Readonly<Record<string, string>>;
  /** Characters of the text at the main pointer that the subject is about (a citation, a word). */
  span?: [number, number];
  /** Where what the subject answers to is written (a parent requirement's own source): its findings cite it. */
  source?: Source;
}
