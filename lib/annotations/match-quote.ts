// The text half of anchoring (see anchor.ts for the whole story): where is a
// saved quote in the page text now? Pure; no DOM.
import approxSearch from 'approx-string-match';
import { squeeze } from '../extract/whitespace';
import type { AnchorStatus, QuoteTarget } from './types';

export interface AnchorResult {
  status: AnchorStatus;
  /** Offsets into the page text (absent for orphans). */
  start?: number;
  end?: number;
  /** 0…1: 1 for an exact anchor, the match-quote score for an approximate one. */
  score?: number;
}

// Weights as in Hypothesis: the quote dominates, context on both sides
// decides between repeated quotes, position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/** Hard cap on candidate occurrences scored (a quote of one common word on a huge page). */
const MAX_CANDIDATES = 1_000;

/**
 * A placed quote must be close to what was saved: at least this similar on
 * its own, or a little less similar but still in recognisable context. A
 * fact-checker is better served by an orphan than by a note pinned to the
 * wrong sentence.
 */
const MIN_QUOTE_SCORE_ALONE = 0.75;
const MIN_CONTEXT_SCORE = 0.5;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Every occurrence of `pattern` in `text`: exact ones if any (fast), else the best approximate ones. */
function occurrences(text: string, pattern: string, maxErrors: number): Candidate[] {
  const exact: Candidate[] = [];
  for (let at = text.indexOf(pattern); at >= 0 && exact.length < MAX_CANDIDATES; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  if (exact.length) return exact;
  return approxSearch(text, pattern, maxErrors).slice(0, MAX_CANDIDATES);
}

/** 0…1 similarity of `expected` to the best-matching part of `actual` (1 − edit distance / length). */
function similarity(actual: string, expected: string): number {
  if (!expected.length) return 1;
  if (!actual.length) return 0;
  const best = occurrences(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/**
 * Finds `selector` in `text` (the page text). `exact` when the stored
 * position still holds the quote (or, for a quote saved without a position,
 * when quote and context are found verbatim); `approximate` when the quote,
 * possibly edited, was found elsewhere; `orphan` when it could not be placed
 * with confidence.
 */
export function anchor(text: string, selector: QuoteTarget): AnchorResult {
  const quote = squeeze(selector.exact);
  const { start, end } = selector;
  // Imported with a TextPositionSelector alone: the positions are all there is. Another tool may count
  // characters differently (whitespace), so it is never "exact"; with no text to compare, score 0.5.
  if (!quote && text && start !== undefined && end !== undefined && start >= 0 && end > start && end <= text.length) {
    return { status: 'approximate', start, end, score: 0.5 };
  }
  if (!quote || !text) return { status: 'orphan' };
  if (start !== undefined && end !== undefined && text.slice(start, end) === quote) {
    return { status: 'exact', start, end, score: 1 };
  }
  const prefix = squeeze(selector.prefix);
  const suffix = squeeze(selector.suffix);
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const candidates = occurrences(text, quote, maxErrors);
  let best: (AnchorResult & { quoteScore: number; contextScore: number }) | undefined;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quote.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : 1;
    const positionScore = start === undefined ? 1 : 1 - Math.abs(c.start - start) / text.length;
    const score =
      (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / MAX_SCORE;
    if (!best || score > best.score!) {
      // Without a stored position (a quote saved from a matched statement) the
      // quote and its whole context found verbatim is as exact as it gets.
      const verbatim = start === undefined && c.errors === 0 && prefixScore === 1 && suffixScore === 1;
      best = { status: verbatim ? 'exact' : 'approximate', start: c.start, end: c.end, score, quoteScore, contextScore: (prefixScore + suffixScore) / 2 };
    }
  }
  if (!best) return { status: 'orphan' };
  if (best.quoteScore < MIN_QUOTE_SCORE_ALONE && best.contextScore < MIN_CONTEXT_SCORE) return { status: 'orphan' };
  return { status: best.status, start: best.start, end: best.end, score: Math.round(best.score! * 1000) / 1000 };
}
