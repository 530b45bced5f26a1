// What a reader's annotation is, as stored in IndexedDB (lib/db/annotations.ts),
// sent to the panel and written to every export format. Plain data only: the
// quote is kept as W3C Web Annotation selectors (never as DOM references), so
// it can be found again on the next visit even after the outlet edits the page.
import type { XPathRange } from './xpath';

/** The reader's judgement of the quote against the linked statements. */
export const STANCES = ['supports', 'contradicts', 'context'] as const;
export type Stance = (typeof STANCES)[number];

/** Longest note and longest quote an annotation may have (lib/annotations/protocol.ts enforces them at the receiver). */
export const MAX_NOTE_CHARS = 100_000;
export const MAX_QUOTE_CHARS = 20_000;

/**
 * W3C TextQuoteSelector + TextPositionSelector over the page text (see
 * lib/annotations/anchor.ts for what "page text" is). `exact`, `prefix` and
 * `suffix` are human-readable (whitespace collapsed to single spaces); the
 * positions count characters of the page text. Positions are absent when the
 * quote was saved from a matched statement rather than from a live selection.
 */
export interface QuoteTarget {
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
  /**
   * An imported XPath or Range selector (W3C or Hypothesis), kept only until
   * the page is first open: the content script walks it on the live page
   * (lib/annotations/xpath.ts) and the background then stores the quote and
   * position it found, so later visits anchor the normal way. Absent once
   * `exact` is known, and on everything Sverka saves itself.
   */
  xrange?: XPathRange;
}

/** The parts of an annotation the reader edits. */
export interface AnnotationBody {
  note: string;
  /** Trimmed, non-empty, unique, in the reader's order. */
  tags: string[];
  stance?: Stance;
  /** Ids of linked claims (lib/claims/schema.ts), unique. */
  claimIds: string[];
}

/**
 * One stored annotation. `id` is a UUID; exports write it as urn:uuid:<id>.
 * `exact` is empty for a page note (no selectors: the whole page) and for an
 * imported annotation with only a TextPositionSelector (start/end set).
 */
export interface Annotation extends AnnotationBody, QuoteTarget {
  id: string;
  /** The page, as pageKey() normalises it (no fragment, no tracking parameters). */
  url: string;
  /** The page title when the quote was saved (for citations). */
  title: string;
  /** Outlet id from lib/outlets.ts when the site is in the registry. */
  outletId?: string;
  /** The article's own publication date/time as the page gave it (for citations). */
  published?: string;
  /**
   * Event ids (lib/claims) this annotation is about: the page's events when it
   * was saved plus the events of linked claims. Only grows on update: removing
   * a link does not prove the page stopped being about that event.
   */
  events: string[];
  /** UTC ISO 8601 (Date.toISOString()). */
  created: string;
  /** UTC ISO 8601; strictly increases with every write (the base of conflict checks). */
  modified: string;
  /**
   * The W3C motivation an imported annotation was made with ("highlighting",
   * "bookmarking", …), kept so an import → export round trip returns it.
   * Absent for Sverka's own: the export derives it (motivationOf).
   */
  motivation?: string;
  /** BCP 47 language of the note's text body, when the imported body declared it. */
  noteLanguage?: string;
  /** Tag → BCP 47 language, for tag bodies that declared one. */
  tagLanguages?: Record<string, string>;
}

/** How an annotation was found on the page at this visit. */
export type AnchorStatus = 'exact' | 'approximate' | 'orphan';

/** The quote and position the content script found for an annotation that had none (an XPath/Range or position-only import). */
export interface DerivedSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The content script's report for one annotation (orphans are listed, never dropped). */
export interface AnchorReport {
  id: string;
  status: AnchorStatus;
  score?: number;
  /** Set when the annotation had no quote: the background stores it (lib/service/annotations.ts storeDerivedSelectors). */
  derived?: DerivedSelectors;
}

/** What the annotation lists can be narrowed by; every field is optional and they combine with AND. */
export interface AnnotationFilter {
  /** Only this page (pageKey-normalised before comparing). */
  url?: string;
  /** Words that must all occur in the quote, note, tags, title or URL (case-insensitive). */
  text?: string;
  tag?: string;
  outletId?: string;
  event?: string;
  stance?: Stance;
  claimId?: string;
  /** Inclusive day range, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Which date `from`/`to` compare: the article's publication date (default) or when the annotation was made. */
  dateOf?: 'article' | 'annotated';
}

/** Export formats: W3C JSON-LD, CSV, Markdown of the annotations, Markdown report of the automatic findings. */
export type ExportFormat = 'jsonld' | 'csv' | 'md' | 'report';

/** A file ready to be downloaded (or printed by the CLI). */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}
