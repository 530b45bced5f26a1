// What matching finds (lib/match produces it; the tab state, the panel, the
// report and the page read it). Declared here, in lib/types below every
// module that uses it, so lib/types/tab-state.ts needs nothing from lib/match
// (issue 12, "imports point one way"); lib/match/types.ts re-exports it.
// These shapes cross into the background, the panel and the command line's
// JSON, so they are plain data (no classes, no Maps).
import type { Source } from '../claims/schema';

export type { Source };

/** Why a claim matched: the evidence a reader can check against the sentence. */
export interface MatchWhy {
  /** Actors named in the text that the claim involves (display names). */
  names: string[];
  /** Numbers and dates the text and the claim share. */
  numbers: string[];
  /** Words of the text that the claim shares (as written in the text). */
  terms: string[];
}

/** One claim a text states, with a calibrated score in 0…1 (shown only at or above MATCH_THRESHOLD). */
export interface Match {
  claimId: string;
  score: number;
  speaker: { id: string; name: { ru: string; uk: string; en: string } };
  /** The day the statement was made. */
  date: string;
  event: string;
  quote: string;
  quoteLang: 'ru' | 'uk' | 'en';
  /** The quote's language when it is none of Sverka's three (an imported fact-check; Claim.lang). */
  lang?: string;
  text: { ru: string; uk: string; en: string };
  sources: Source[];
  why: MatchWhy;
  /** Listed only because the article is on this claim's event: its score is under the threshold (lib/match IN_CONTEXT). */
  inContext?: true;
  /**
   * Quote lookup only: the looked-up text states this claim's fact with another number or the opposite
   * wording — a possible contradiction, shown on the card (an article shows these under its contradictions).
   */
  differs?: { kind: 'numbers' | 'polarity'; explanation: { ru: string; uk: string; en: string } };
}

/** The claims one sentence of an article states; offsets are the caller's. */
export interface SentenceMatch {
  sentence: string;
  /** Offsets into the article text; -1 for the headline, which is not part of it. */
  start: number;
  end: number;
  claims: Match[];
  /** The article's headline, matched as a sentence (issue 10): a brief qualifies on headline + one sentence. */
  headline?: true;
}

/** A sentence that may contradict a claim. Always worded as "possible": the matcher cannot know. */
export interface Contradiction {
  sentence: string;
  start: number;
  end: number;
  /** The claim the sentence states (matched). */
  claimId: string;
  /** The claim it may contradict (for kind "numbers" and "polarity" the same claim). */
  against: string;
  kind: 'curated' | 'numbers' | 'polarity';
  explanation: { ru: string; uk: string; en: string };
}

/** Everything matching finds in one article. Off-topic pages have onTopic false and nothing else. */
export interface ArticleFindings {
  onTopic: boolean;
  /** Event ids the article is about, strongest first. */
  events: string[];
  matches: SentenceMatch[];
  contradictions: Contradiction[];
}
