/** A document of the legal registry (rules/legal/*.yaml), as a reviewer maintains it. */
export type Confidence = 'C' | 'S' | 'I';

export interface LegalDoc {
  ref: string;
  type: string;
  issuer: string;
  title?: string;
  names?: string[];
  signed?: string;
  signed_confidence?: Confidence;
  in_force?: string;
  in_force_confidence?: Confidence;
  ended?: string;
  ended_confidence?: Confidence;
  status?: 'in-force' | 'repealed' | 'unknown';
  replaced_by?: string[];
  replaces?: string[];
  amended_by?: { ref: string; date?: string; article?: string; confidence?: Confidence }[];
  amends?: string[];
  confidence: Confidence;
  /** Where the facts come from, in words: what was read where, and what is unverified. */
  source: string;
  /** Public addresses a reviewer can open (law portal, Official Gazette, or the source read), the document itself first. */
  source_url?: string[];
  /** Signed plans that cite the document, when no public address was found (or in addition to one). */
  cited_in?: { plan: string; place: string }[];
  /** For an inferred entry with no source: where and when it was looked for, without result. */
  searched?: { on: string; where: string };
  note?: string;
  /** Where the entry was read from (file:line), for messages and `registry` look-ups. */
  origin?: string;
}

/** What the registry says of a document on a given date. */
export type Verdict = 'in-force' | 'expired' | 'not-yet' | 'unknown';

export interface DocStatus {
  verdict: Verdict;
  /** ISO date the document stopped (or stops) being in force, when known. */
  ended?: string;
  /** Confidence of the fact the verdict rests on. */
  confidence: Confidence;
  /** Amendments in force on the date (from their own effective date, when the registry is consulted). */
  amendments: { ref: string; date?: string; article?: string; confidence?: Confidence }[];
  /** Amendments signed by the date whose effective date the registry does not establish. */
  amendmentsUndated?: { ref: string; date?: string; article?: string; confidence?: Confidence }[];
}
