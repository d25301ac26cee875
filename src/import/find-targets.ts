import type { Bound, Target } from '../plan/plan-types.js';
import { matchesNormalisedWords } from '../text/word-match.js';
import { normText } from '../text/normalise.js';
import type { MetricWords } from './metric-vocabulary.js';
import { charTest, trimEndWhere } from '../util/linear-text.js';

// A figure starts where a run of digits starts: tried inside a long run of digits, `\d+` would
// rescan the rest of the run from every digit (quadratic on "1111…").
const PERCENT = /(?<!\d)(\d+(?:[.,]\d+)?)\s*%/g;
const SPACE = charTest('', true);

/** A percentage in the text that no metric of the vocabulary describes. */
export interface UnknownFigure {
  text: string;
}

/**
 * A percentage read with doubt, kept as a note and not made a target: its bound is unclear (a range
 * "từ 90% đến 95%", an upper limit "không quá", "dưới", lower and upper words together), or its
 * clause names two indicators that share no word ("hồ sơ đúng hạn và mức độ hài lòng đạt 95%").
 */
export interface DoubtfulFigure {
  text: string;
  doubt: 'bound' | 'metric';
  /** The indicators the clause names, for a doubt about the metric. */
  metrics?: string[];
}

/**
 * Targets printed in a text ("Đạt tỷ lệ tối thiểu 80% hồ sơ…", "cắt giảm 50% thời gian…, 50% chi
 * phí…"). The text is cut into clauses (at ";", ". ", list dashes, and before a second figure), and
 * each clause holding a percentage is matched against the vocabulary, first entry first. A clause
 * naming a metric without a figure ("Mức độ hài lòng …; mức độ hài lòng về y tế … đạt tối thiểu
 * 90%") takes the figure that closes its sentence.
 */
export function findTargets(
  text: string,
  vocabulary: MetricWords[],
): { targets: Target[]; unknown: UnknownFigure[]; doubtful: DoubtfulFigure[] } {
  const targets: Target[] = [];
  const unknown: UnknownFigure[] = [];
  const doubtful: DoubtfulFigure[] = [];
  const seen = new Set<string>();
  const metricOf = (clause: string) => {
    const t = normText(expand(clause));
    return vocabulary.find((m) => matchesNormalisedWords(t, m.words))?.id;
  };
  const add = (metric: string, value: number, clause: string, context: string) => {
    if (seen.has(metric)) return;
    seen.add(metric);
    const baseline = /so với năm (\d{4})/u.exec(clause);
    const own = boundOf(clause);
    targets.push({
      metric,
      bound: own === '=' ? boundOf(context) : own,
      value,
      unit: 'percent',
      text: clause,
      ...(baseline ? { baseline_year: Number(baseline[1]) } : {}),
    });
  };

  for (const sentence of text.split(/(?<=\.)\s+(?=\p{Lu})|\n/u)) {
    // Each clause keeps the clause it was cut from: "cắt giảm 50% …, 50% chi phí" is a cut in both parts.
    const whole = new Map<string, string>();
    // a clause cut before its figures is the context of every part: read once (quadratic on "1% 1% 1% …")
    const doubtOfContext = new Map<string, boolean>();
    const metricOfContext = new Map<string, string | undefined>();
    const clauses = sentence
      // a dash between two figures is a range ("90 - 95%"), not the start of a list item
      .split(/;\s*|(?<![\s\d%])\s+[-–•]\s+(?=[\p{Lu}\d])|(?<=[\d%])\s+[-–•]\s+(?=\p{Lu})|^[-–•]\s+/u)
      .flatMap((c) => splitBeforeSecondFigure(c).map((piece) => (whole.set(piece.trim(), c), piece)))
      .map((c) => c.trim())
      .filter(Boolean);
    const closing = [...clauses].reverse().find((c) => figureOf(c) !== undefined);
    // what the closing clause says is read once, not once per clause (quadratic on a long sentence)
    const closingMetric = closing ? metricOf(closing) : undefined;
    const closingReached = !!closing && /(?<!\p{L})đạt(?!\p{L})/u.test(closing);
    for (const clause of clauses) {
      const value = figureOf(clause);
      const metric = metricOf(clause);
      if (value !== undefined) {
        const context = whole.get(clause) ?? clause;
        const others = metric ? otherMetrics(clause, metric, metricOf) : [];
        // a range is cut in two by the figures: its doubt is told once, on the part naming the indicator
        const inDoubt = once(doubtOfContext, context, boundInDoubt);
        if (metric && others.length) doubtful.push({ text: clause, doubt: 'metric', metrics: [metric, ...others] });
        else if (metric && inDoubt) doubtful.push({ text: context, doubt: 'bound' });
        else if (metric) add(metric, value, clause, context);
        else if (!inDoubt || !once(metricOfContext, context, metricOf)) unknown.push({ text: clause });
      } else if (metric && closing && closingMetric !== metric && closingReached) {
        const closingContext = whole.get(closing) ?? closing;
        if (once(doubtOfContext, closingContext, boundInDoubt)) doubtful.push({ text: closingContext, doubt: 'bound' });
        else add(metric, figureOf(closing)!, clause, closing);
      }
    }
  }
  return { targets, unknown, doubtful };
}

/**
 * Indicators other than `metric` named on the other side of a "và" in the clause, each side naming
 * its own ("tỷ lệ hồ sơ giải quyết đúng hạn và mức độ hài lòng đạt 95%"): one figure for two
 * indicators. A side naming no indicator ("đúng hạn và trước hạn") or the same one is no doubt.
 */
function otherMetrics(clause: string, metric: string, metricOf: (c: string) => string | undefined): string[] {
  const sides = clause.split(' và ');
  if (sides.length < 2) return [];
  const named = sides.map(metricOf).filter((m): m is string => m !== undefined);
  const others = [...new Set(named)].filter((m) => m !== metric);
  return named.length >= 2 && others.length ? others : [];
}

/** A range ("từ 90% đến 95%", "90-95%", "90 – 95 %") or an upper limit ("tối đa 5%", "không quá 5%", "dưới 5%"). */
function boundInDoubt(clause: string): boolean {
  const c = clause.toLocaleLowerCase('vi').replace(/không dưới/gu, 'không thấp hơn');
  if (/\d\s*%?\s*(?:[-–—]|đến)\s*\d+(?:[.,]\d+)?\s*%/u.test(c)) return true;
  return /(?:tối đa|không (?:vượt )?quá|(?:^|\s)dưới)\s+\d/u.test(c);
}

/** `f(key)`, computed once per key and kept in `cache`. */
function once<T>(cache: Map<string, T>, key: string, f: (k: string) => T): T {
  if (!cache.has(key)) cache.set(key, f(key));
  return cache.get(key)!;
}

const FIRST_FIGURE = new RegExp(PERCENT.source, 'u');

function figureOf(clause: string): number | undefined {
  const m = FIRST_FIGURE.exec(clause);
  return m ? Number(m[1]!.replace(',', '.')) : undefined;
}

/** "cắt giảm 50% thời gian…, 50% chi phí…" → two clauses, cut before the second figure. */
function splitBeforeSecondFigure(clause: string): string[] {
  const cuts = [...clause.matchAll(new RegExp(PERCENT.source, 'g'))].map((m) => m.index!);
  if (cuts.length < 2) return [clause];
  const out: string[] = [];
  let start = 0;
  for (const at of cuts.slice(1)) {
    // Cut at the last separator (", " or " và ") before the figure, else just before it.
    const head = clause.slice(start, at);
    const sep = Math.max(head.lastIndexOf(', '), head.lastIndexOf(' và '));
    const cut = sep > 0 ? start + sep : at;
    out.push(trimClauseEnd(clause.slice(start, cut).replace(/^[,\s]+/u, '')));
    start = cut;
  }
  out.push(clause.slice(start).replace(/^(?:,|\s|và\s)+/u, ''));
  return out;
}

/** Without a trailing ", " or " và " (and spaces), by loop: the expression for it was quadratic on a run of spaces. */
function trimClauseEnd(s: string): string {
  let t = trimEndWhere(s, SPACE);
  if (t.endsWith(',')) t = t.slice(0, -1);
  else if (t.endsWith('và')) t = t.slice(0, -2);
  return trimEndWhere(t, SPACE);
}

function boundOf(clause: string): Bound {
  const c = clause.toLocaleLowerCase('vi');
  // "khoảng 90%", "xấp xỉ 90%": an approximate figure, not a floor.
  if (/(?:^|\s)(?:khoảng|xấp xỉ)\s+\d/u.test(c)) return '~';
  if (/tối thiểu|ít nhất|trở lên|không thấp hơn|không dưới/u.test(c)) return '>=';
  if (/(?:^|\s)trên\s+\d/u.test(c)) return '>';
  if (/giảm\s+(?:ít nhất\s+|tối thiểu\s+)?\d/u.test(c)) return '>=';
  return '=';
}

/** "thủ tục hành chính" and "TTHC" read alike. */
function expand(s: string): string {
  return s.replace(/thủ tục hành chính/giu, 'TTHC');
}
