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
   * Computed fields located at the real field they come from ("" = the subject itself); AT_SUBJECT:
   * every field of the main fact is located at the subject itself (a citation, a title: the
   * subject's text is all there is to point at), without a map per subject.
   */
  fieldSources: Record<string, string> | typeof AT_SUBJECT;
  /** Characters of the text at the main pointer that the subject is about (a citation, a word). */
  span?: [number, number];
  /** Where what the subject answers to is written (a parent requirement's own source): its findings cite it. */
  source?: Source;
}

/** See Subject.fieldSources. */
export const AT_SUBJECT = 'at-subject';
