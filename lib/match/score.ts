// Re-ranking and calibration. The search index (search-index.ts) orders candidates; this turns each
// (query, claim) pair into a score in 0…1 from evidence a reader can check:
// how much of the query's weighted content the claim shares, how much of the
// claim the query covers, shared wording (adjacent pairs), and agreement on
// speaker, other actors, numbers and dates. Actor names are kept out of the
// content measure and count only as speaker/actor agreement, so "Putin on
// gas prices" shares a name with the database but no content. One
// threshold, MATCH_THRESHOLD, decides what is shown; docs/matching.md
// explains how the weights and the threshold were set on the dev set.
import { distance } from 'fastest-levenshtein';
import type { Claim } from '../claims/schema';
import type { Analysis } from '../text/analyze';
import type { VersionView } from './claim-view';

/** Below this calibrated score nothing is shown, anywhere (panel, CLI, eval). */
export const MATCH_THRESHOLD = 0.5;

/** One match this strong puts a page on a tracked event by itself. */
export const STRONG_MATCH = 0.8;

/** A query as re-ranking sees it: its view plus the analysis (numbers, dates, words). */
export interface QueryView {
  view: VersionView;
  analysis: Analysis;
}

export interface Evidence {
  score: number;
  /** Index (0 ru, 1 uk, 2 en, 3 quote) of the claim version that agreed best. */
  version: number;
  /** Query term indexes that matched (for `why.terms`). */
  matchedTerms: number[];
  speaker: boolean;
  actors: string[];
  numbers: string[];
  /** The raw features behind the score, for tuning and the eval's diagnostics. */
  features: Record<string, number>;
}

/** Logistic weights over the features (see docs/matching.md, "Calibration"). */
export const WEIGHTS = { bias: -6.3, content: 4.9, phrase: 1.7, specific: 3.6, speaker: 0.7, actors: 1.4, numbers: 0.6 };

/** A query term matches a claim term exactly, or within one edit (two for long words) when `fuzzy`. */
function termIn(stem: string, set: Set<string>, fuzzy: boolean): boolean {
  if (set.has(stem)) return true;
  if (!fuzzy || stem.length < 5 || /^\d/.test(stem)) return false;
  const max = stem.length >= 10 ? 2 : 1;
  for (const s of set) if (Math.abs(s.length - stem.length) <= max && distance(s, stem) <= max) return true;
  return false;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Scores `q` against every version of a claim and returns the best.
 * `idf` weighs terms by rarity in the database, so shared topic words
 * ("кибербезопасность", "security") count little and specific words much.
 */
export function scoreClaim(q: QueryView, claim: Claim, versions: VersionView[], idf: (t: string) => number, fuzzy: boolean): Evidence {
  const query = q.view;
  const qContent = [...query.content];
  const qIdf = qContent.map(idf);
  const wq = qIdf.reduce((s, w) => s + w, 0) || 1;
  const speaker = query.actors.has(claim.speaker);
  let best: Evidence | undefined;
  let bestMatched: Set<string> | undefined;
  versions.forEach((v, vi) => {
    const matched = new Set<string>();
    let wm = 0;
    qContent.forEach((t, i) => {
      if (termIn(t, v.content, fuzzy)) matched.add(t), (wm += qIdf[i]);
    });
    if (v.weight === undefined) v.weight = [...v.content].reduce((s, t) => s + idf(t), 0) || 1;
    const qc = wm / wq;
    const dc = Math.min(1, wm / v.weight);
    let bigramHits = 0;
    for (const b of query.bigrams) if (v.bigrams.has(b)) bigramHits++;
    const phrase = query.bigrams.size ? bigramHits / query.bigrams.size : 0;
    const actors = [...query.actors].filter((a) => a === claim.speaker || v.actors.has(a));
    const numbers = sharedNumbers(q.analysis, v, claim);
    // A fragment covers the query but little of the claim; a paraphrase
    // covers both partly: take the better of F1 and query coverage scaled
    // by how much specific weight matched.
    const content = Math.max((2 * qc * dc) / (qc + dc || 1), qc * Math.min(1, wm / 15));
    const specific = Math.min(1, wm / 20);
    const W = WEIGHTS;
    const x = W.bias + W.content * content + W.phrase * phrase + W.specific * specific + W.speaker * (speaker ? 1 : 0)
      + W.actors * Math.min(actors.length, 2) + W.numbers * Math.min(numbers.length, 2);
    const score = sigmoid(x);
    if (!best || score > best.score) {
      best = { score, version: vi, matchedTerms: [], speaker, actors, numbers, features: { qc, dc, wm, wq, phrase, content, specific, speaker: speaker ? 1 : 0, actors: actors.length, numbers: numbers.length, x } };
      bestMatched = matched;
    }
  });
  // Names count in `why` too: they are what a reader checks first.
  const shown = new Set([...bestMatched!, ...[...query.stems].filter((t) => !query.content.has(t) && versions[best!.version].stems.has(t))]);
  best!.matchedTerms = q.analysis.terms.map((t, i) => (shown.has(t.stem) ? i : -1)).filter((i) => i >= 0);
  return best!;
}

/**
 * Numbers and dates the query shares with the claim. A number agrees only
 * when it counts the same thing: the same currency, or the same next word
 * ("80 запросов" and "80 запросах", not "80 процентов"), or a bare number.
 */
function sharedNumbers(query: Analysis, v: VersionView, claim: Claim): string[] {
  if (!query.numbers.length && !query.dates.length) return [];
  const out = new Set<string>();
  const terms = query.terms;
  for (const n of query.numbers) {
    if (n.isDate) continue;
    const value = String(n.value);
    const at = terms.findIndex((t) => t.token === n.tokens[0]);
    const next = at >= 0 ? terms[at + 1]?.stem : undefined;
    const sameUnit = !!n.unit && claim.numbers.some((c) => c.value === n.value && c.unit === n.unit);
    const sameNoun = !n.unit && !!next && v.bigrams.has(`${value} ${next}`);
    const bare = !n.unit && !n.kind && v.stems.has(value);
    if (sameUnit || sameNoun || bare) out.add(value);
  }
  const claimDays = [claim.date, ...claim.dates];
  for (const d of query.dates) {
    const hit = claimDays.some((iso) => {
      const [y, m, day] = iso.split('-').map(Number);
      return d.month === m && (d.day === undefined || d.day === day) && (d.year === undefined || d.year === y);
    });
    if (hit) out.add([d.day, d.month, d.year].filter((x) => x !== undefined).join('.'));
  }
  return [...out];
}
