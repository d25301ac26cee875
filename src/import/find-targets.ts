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
 * Targets printed in a text ("Đạt tỷ lệ tối thiểu 80% hồ sơ…", "cắt giảm 50% thời gian…, 50% chi
 * phí…"). The text is cut into clauses (at ";", ". ", list dashes, and before a second figure), and
 * each clause holding a percentage is matched against the vocabulary, first entry first. A clause
 * naming a metric without a figure ("Mức độ hài lòng …; mức độ hài lòng về y tế … đạt tối thiểu
 * 90%") takes the figure that closes its sentence.
 */
export function findTargets(text: string, vocabulary: MetricWords[]): { targets: Target[]; unknown: UnknownFigure[] } {
  const targets: Target[] = [];
  const unknown: UnknownFigure[] = [];
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
    const clauses = sentence
      .split(/;\s*|(?<!\s)\s+[-–•]\s+(?=[\p{Lu}\d])|^[-–•]\s+/u)
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
        if (metric) add(metric, value, clause, whole.get(clause) ?? clause);
        else unknown.push({ text: clause });
      } else if (metric && closing && closingMetric !== metric && closingReached) {
        add(metric, figureOf(closing)!, clause, closing);
      }
    }
  }
  return { targets, unknown };
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
