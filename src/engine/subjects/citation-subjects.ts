import type { PlanData } from '../../plan/plan-types.js';
import { sourceSpan, textFields, type TextField } from '../../plan/text-fields.js';
import { citationParts, extractCitations, type Citation } from '../../legal/citations.js';
import type { Registry } from '../../legal/registry.js';
import type { Confidence, LegalDoc } from '../../legal/registry-types.js';
import { parseRef } from '../../legal/doc-ref.js';
import { statusOn } from '../../legal/status.js';
import { msg } from '../../messages/index.js';
import { formatVnDate } from '../../util/dates.js';
import { normText, regex, toneOldStyle } from '../../text/normalise.js';
import type { RuleSet } from '../../rules/ruleset-types.js';
import type { Subject } from './subject.js';
import { FIELD_SOURCES } from '../../facts/subject-facts.js';
import type { PlanContext } from './context.js';
import { dataList, dataMap } from './ruleset-data.js';

export interface LocatedCitation extends Citation {
  field: TextField;
  doc?: LegalDoc;
}

/**
 * Every citation in the plan's prose, in document order, resolved against the registry: one pass
 * over each text; a citation written the same way (number, symbol, date) is resolved once.
 */
export function locatedCitations(plan: PlanData, registry: Registry): LocatedCitation[] {
  const out: LocatedCitation[] = [];
  const resolved = new Map<string, LegalDoc | undefined>();
  for (const field of textFields(plan)) {
    for (const c of extractCitations(field.text)) {
      const key = c.name
        ? `n\u0000${c.name}\u0000${c.date ?? ''}`
        : `r\u0000${c.number}\u0000${c.year ?? ''}\u0000${c.symbol ?? ''}\u0000${c.date ?? ''}`;
      let doc = resolved.get(key);
      if (doc === undefined && !resolved.has(key)) {
        doc = c.name ? registry.byLawName(c.name, c.date).doc : registry.resolve(citationParts(c), c.date);
        resolved.set(key, doc);
      }
      // the citation extracted for this plan becomes the located one (no copy)
      const located = c as LocatedCitation;
      located.field = field;
      if (doc) located.doc = doc;
      out.push(located);
    }
  }
  return out;
}

/**
 * Subjects for citations, with the registry's verdict on the plan's as-of date. `citations`: the
 * plan's located citations, when the caller has them already (they are found once per plan).
 */
export function citationSubjects(
  plan: PlanData,
  context: PlanContext,
  registry: Registry,
  rulesets: RuleSet[],
  citations: LocatedCitation[] = locatedCitations(plan, registry),
): Subject[] {
  const typeSymbols = dataMap<string>(rulesets, 'typeSymbols');
  const yearRequired = dataList<string>(rulesets, 'yearRequiredSymbols');
  const seenDocs = new Set<string>();
  // documents the plan rests on: cited among its legal bases (căn cứ ban hành)
  const bases = new Set(citations.filter((c) => c.doc && c.field.part === 'legal-basis').map((c) => c.doc!.ref));
  const lookup = (ref: string) => registry.get(ref);
  // what depends on the document alone (its status on the date, its facts) is worked out once per document
  const perDoc = new Map<LegalDoc, { status: ReturnType<typeof statusOn>; facts: Record<string, unknown> }>();
  const ofDoc = (doc: LegalDoc) => {
    let d = perDoc.get(doc);
    if (!d) {
      const status = statusOn(doc, context.asOf, lookup);
      perDoc.set(doc, (d = { status, facts: docFacts(doc, status, context) }));
    }
    return d;
  };
  const yearMissingOf = new Map<string, boolean>();
  const expectedOf = new Map<string, string>();
  const expected = (pattern: string) => {
    let e = expectedOf.get(pattern);
    if (e === undefined) expectedOf.set(pattern, (e = readableSymbol(pattern)));
    return e;
  };
  const subjects: Subject[] = [];
  for (const c of citations) {
    const key = c.doc?.ref ?? `?${c.ref}`;
    const first = !seenDocs.has(key);
    seenDocs.add(key);
    const known = c.doc ? ofDoc(c.doc) : undefined;
    const status = known?.status;
    const law = c.type === 'Luật' || c.type === 'Pháp lệnh';
    const symbolPattern = typeSymbols[c.type];
    const uncited =
      c.doc && first
        ? uncitedAmendments(
            c.doc,
            status!.amendments.map((a) => a.ref),
            citations,
          )
        : [];
    const undated =
      c.doc && first
        ? uncitedAmendments(
            c.doc,
            (status!.amendmentsUndated ?? []).map((a) => a.ref),
            citations,
          )
        : [];
    const attested = undated.filter((ref) => isAttested(registry.get(ref)));
    const unattested = undated.filter((ref) => !attested.includes(ref));
    let yearMissing = false;
    if (c.symbol && c.year === undefined) {
      const cached = yearMissingOf.get(c.symbol);
      yearMissing = cached ?? yearRequired.some((p) => regex(p).test(c.symbol!));
      if (cached === undefined) yearMissingOf.set(c.symbol, yearMissing);
    }
    const citation = {
      ref: c.ref,
      type: c.type,
      text: c.field.text.slice(c.start, c.end),
      ...(c.date ? { date: c.date, dateVn: formatVnDate(c.date) } : {}),
      ...(c.issuer ? { issuer: c.issuer } : {}),
      first,
      law,
      known: !!c.doc,
      yearMissing,
      symbolOk: !c.symbol || !symbolPattern || regex(symbolPattern).test(c.symbol),
      expectedSymbol: symbolPattern ? expected(symbolPattern) : '',
      // an impossible date is a date given (and its own finding, citation-date-real)
      complete: law || ((!!c.date || !!c.badDate) && !!c.issuer),
      missingParts: missingParts(!!(c.date || c.badDate), !!c.issuer, 'vi'),
      missingPartsEn: missingParts(!!(c.date || c.badDate), !!c.issuer, 'en'),
      dateReal: !c.badDate,
      badDate: c.badDate ?? '',
      ...(known ? known.facts : {}),
      ...(c.doc?.signed && c.date ? { dateMatches: c.doc.signed === c.date } : {}),
      ...(c.doc ? titlePeriod(c.doc, c.tail) : {}),
      uncitedAmendments: uncited,
      uncitedAmendmentsText: uncited.join(', '),
      // the registry's word on the amendments asked for: the weakest of the relation and the amending entry
      ...amendmentConfidence(c.doc, uncited, registry),
      citedAsBasis: !!c.doc && bases.has(c.doc.ref),
      undatedAmendments: attested,
      undatedAmendmentsText: attested.map((ref) => describeAmendment(registry.get(ref), ref)).join(', '),
      unverifiedAmendments: unattested,
      unverifiedAmendmentsText: unattested.join(', '),
    };
    subjects.push({
      kind: 'citation',
      id: c.doc?.ref ?? c.ref,
      mainFact: 'citation',
      facts: { plan, context, citation },
      factPointers: { plan: '', citation: c.field.pointer },
      fieldSources: FIELD_SOURCES.citation,
      span: sourceSpan(c.field, c.start, c.end),
    });
  }
  return subjects;
}

/** "ngày ban hành và cơ quan ban hành": the parts a citation lacks, in words. */
function missingParts(dated: boolean, issuer: boolean, lang: 'vi' | 'en'): string {
  return [dated ? '' : msg(lang, 'engine.citation.date'), issuer ? '' : msg(lang, 'engine.citation.issuer')]
    .filter(Boolean)
    .join(msg(lang, 'engine.citation.and'));
}

function docFacts(doc: LegalDoc, status: ReturnType<typeof statusOn>, context: PlanContext): Record<string, unknown> {
  const yearEnd = `${context.year}-12-31`;
  return {
    docRef: doc.ref,
    docTitle: `${doc.type} ${doc.ref}${doc.title ? ' ' + doc.title : ''}`,
    verdict: status.verdict,
    verdictVi: msg('vi', `legal.verdict.${status.verdict}`),
    verdictEn: msg('en', `legal.verdict.${status.verdict}`),
    confidence: status.confidence,
    confidenceVi: msg('vi', `legal.confidence.${status.confidence}`),
    confidenceEn: msg('en', `legal.confidence.${status.confidence}`),
    ...(status.ended
      ? { endedVn: formatVnDate(status.ended), endedEn: status.ended }
      : { endedVn: msg('vi', 'engine.endedUnknown'), endedEn: msg('en', 'engine.endedUnknown') }),
    replacedBy: (doc.replaced_by ?? []).join(', '),
    // a local body's document from before the two-level reform (1 July 2025) is likely superseded
    localBeforeReform:
      /Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND/u.test(doc.issuer) && !!doc.signed && doc.signed < '2025-07-01',
    endsInYear: status.verdict === 'in-force' && !!status.ended && status.ended > context.asOf && status.ended <= yearEnd,
    ...(doc.signed ? { registryDateVn: formatVnDate(doc.signed) } : {}),
  };
}

// matched in normalised text (old-style tone marks: "đọan"; dashes spaced)
const PERIOD = toneOldStyle(String.raw`giai đoạn\s+(\d{4})\s*[-–—]\s*(\d{4})(?!\d)`);
const PERIOD_RE = new RegExp(PERIOD, 'gu');
/** How many words before "giai đoạn" in the registry's title must be printed before the cited period. */
const PERIOD_ANCHOR_WORDS = 2;

/**
 * The period ("giai đoạn 2021-2030") of a registry title against the period printed with the same
 * words in the citation's own title (the text after the number, date and issuer): "Chương trình
 * tổng thể cải cách hành chính nhà nước giai đoạn 2021-2050" for 76/NQ-CP. Only a period the cited
 * title introduces with the words the registry's title puts before it ("nhà nước giai đoạn …") is
 * compared, and only against a title the registry does not merely infer (confidence C or S): an
 * abbreviated or reworded title, a period of some other programme in the same sentence, or a
 * title known only from a plan's own citation gives no fact.
 */
function titlePeriod(doc: LegalDoc, tail: string): Record<string, string> {
  if (!tail) return {};
  const cited = normText(tail);
  for (const { re, period } of periodPatterns(doc)) {
    const c = re.exec(cited);
    if (c) return { titlePeriodCited: `${c[1]}-${c[2]}`, titlePeriodRegistry: period };
  }
  return {};
}

/** Per registry entry, the anchored patterns of the periods of its title (compiled once per entry). */
const periodPatternsOf = new WeakMap<LegalDoc, { re: RegExp; period: string }[]>();
function periodPatterns(doc: LegalDoc): { re: RegExp; period: string }[] {
  let out = periodPatternsOf.get(doc);
  if (out) return out;
  out = [];
  if (doc.title && doc.confidence !== 'I') {
    const title = normText(doc.title);
    for (const m of title.matchAll(PERIOD_RE)) {
      const words = title.slice(0, m.index).trim().split(/\s+/u).slice(-PERIOD_ANCHOR_WORDS);
      if (words.length < PERIOD_ANCHOR_WORDS) continue;
      const anchor = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
      out.push({ re: new RegExp(`(?<![\\p{L}])${anchor}\\s+${PERIOD}`, 'u'), period: `${m[1]}-${m[2]}` });
    }
  }
  periodPatternsOf.set(doc, out);
  return out;
}

/** At most this many citations of one document, in one text, are paired when looking for amendment wording. */
const MAX_PAIRED = 50;
const AMENDMENT_WORDS = /sửa đổi|bổ sung/giu;
/** Where a sentence ends: a full stop, "!" or "?" before a space or the end. Semicolons only separate items of one list. */
const SENTENCE_END = /[.!?](?=\s|$)/gu;

/**
 * Of `amendments`, those the plan never cites together with the document: an amendment counts as
 * cited where one text cites both in the same sentence or list ("… Nghị định số 45/2020/NĐ-CP …,
 * Nghị định số 118/2025/NĐ-CP …"), or with "sửa đổi"/"bổ sung" wording between (or after) the two
 * citations. Sentence ends and the wording are found once per text, and the pairs looked at are
 * capped (MAX_PAIRED citations of each document per text): a text repeating the same two
 * citations thousands of times would otherwise make this quadratic.
 */
function uncitedAmendments(doc: LegalDoc, amendments: string[], all: LocatedCitation[]): string[] {
  if (amendments.length === 0) return [];
  const byField = new Map<TextField, LocatedCitation[]>();
  for (const c of all) {
    if (!c.doc) continue;
    let list = byField.get(c.field);
    if (!list) byField.set(c.field, (list = []));
    list.push(c);
  }
  const wordsCache = new Map<TextField, number[][]>();
  const wordsIn = (f: TextField) => {
    let w = wordsCache.get(f);
    if (!w) wordsCache.set(f, (w = [...f.text.matchAll(AMENDMENT_WORDS)].map((m) => [m.index!, m.index! + m[0].length])));
    return w;
  };
  const endsCache = new Map<TextField, number[][]>();
  const endsIn = (f: TextField) => {
    let e = endsCache.get(f);
    if (!e) endsCache.set(f, (e = [...f.text.matchAll(SENTENCE_END)].map((m) => [m.index!, m.index! + 1])));
    return e;
  };
  const cited = (a: string) =>
    [...byField].some(([field, list]) => {
      const mentions = list.filter((c) => c.doc!.ref === doc.ref).slice(0, MAX_PAIRED);
      const amending = list.filter((c) => c.doc!.ref === a).slice(0, MAX_PAIRED);
      if (!mentions.length || !amending.length) return false;
      const words = wordsIn(field);
      const ends = endsIn(field);
      return mentions.some((m) =>
        amending.some((c2) => {
          const sameSentence = !hasSpanWithin(ends, Math.min(m.end, c2.end), Math.max(m.start, c2.start));
          const from = Math.min(m.start, c2.start);
          const to = Math.max(m.end, c2.end + c2.tail.length);
          return sameSentence || hasSpanWithin(words, from, to);
        }),
      );
    });
  return amendments.filter((a) => !cited(a));
}

const WEAKEST: Record<Confidence, number> = { C: 0, S: 1, I: 2 };

function amendmentConfidence(doc: LegalDoc | undefined, refs: string[], registry: Registry): Record<string, string> {
  if (!doc || refs.length === 0) return {};
  let weakest: Confidence = 'C';
  for (const ref of refs) {
    const relation = (doc.amended_by ?? []).find((a) => a.ref === ref);
    const entry = registry.get(ref);
    for (const c of [relation?.confidence, entry?.in_force_confidence ?? entry?.confidence])
      if (c && WEAKEST[c] > WEAKEST[weakest]) weakest = c;
  }
  return {
    amendmentConfidenceVi: msg('vi', `legal.confidence.${weakest}`),
    amendmentConfidenceEn: msg('en', `legal.confidence.${weakest}`),
  };
}

/** An amending document a reviewer can trace: more than inferred, or cited in a signed plan, or with a public address. */
function isAttested(doc: LegalDoc | undefined): boolean {
  return !!doc && (doc.confidence !== 'I' || (doc.cited_in ?? []).length > 0 || (doc.source_url ?? []).length > 0);
}

/** "367/2025/NĐ-CP (ký 31/12/2025)". */
function describeAmendment(doc: LegalDoc | undefined, ref: string): string {
  return doc?.signed ? `${ref} (${formatVnDate(doc.signed)})` : ref;
}

/** Whether one of `spans` (sorted, not overlapping) lies wholly inside [from, to). */
function hasSpanWithin(spans: number[][], from: number, to: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]![1]! <= to;
}

/** How the plan cites its parent plan among its legal bases. */
export function parentCitationFacts(
  plan: PlanData,
  registry: Registry,
  located: LocatedCitation[] = locatedCitations(plan, registry),
): Record<string, unknown> {
  const parent = plan.plan.parent;
  if (!parent) return {};
  const citations = located.filter((c) => c.field.part === 'legal-basis');
  const wanted = parseRef(parent.ref);
  const match = citations.find((c) => {
    const p = citationParts(c);
    return !!wanted && p.number === wanted.number && p.symbol === wanted.symbol;
  });
  return {
    parentRef: parent.ref,
    parentDateVn: formatVnDate(parent.date),
    parentCited: !!match,
    parentDateOk: !!match && match.date === parent.date,
    ...(match?.date ? { parentCitedDateVn: formatVnDate(match.date) } : { parentCitedDateVn: 'không ghi ngày' }),
  };
}

/**
 * A rule set's symbol pattern as a reader writes the symbol: "^(TT|TTLT)-" → "TT- / TTLT-",
 * "^(NQ-|NQ$|QH\\d+$)" → "NQ- / NQ / QH" (the message adds "..." after it).
 */
export function readableSymbol(pattern: string): string {
  const body = pattern.replace(/^\^/, '');
  const group = /^\(([^()]*)\)(.*)$/.exec(body);
  const alternatives = group ? group[1]!.split('|').map((a) => a + group[2]!) : body.split('|');
  return alternatives
    .map((a) =>
      a
        .replace(/\\d[+*]?/g, '')
        .replace(/\[.*?\]/g, '')
        .replace(/[\^$\\()]/g, ''),
    )
    .join(' / ');
}
