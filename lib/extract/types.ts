// The shapes lib/extract hands to the rest of Sverka. The content script sends
// an ExtractedArticle to the background (lib/protocol.ts validates the same
// shape), so everything here is plain data: no DOM nodes, no class instances.

/** Language of the article text as a whole; 'other' when no Sverka language dominates. */
export type PageLang = 'ru' | 'uk' | 'en' | 'other';

/**
 * One sentence of the article. Offsets index ExtractedArticle.text, so
 * `article.text.slice(start, end) === text` always holds; `paragraph` indexes
 * ExtractedArticle.paragraphs, which lets the panel quote a whole paragraph.
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

/**
 * When the page says it was published, and where that was read. The source
 * matters to a fact-checker: JSON-LD and meta tags are what the CMS stored,
 * a date scraped from visible text is a weaker guess.
 * `iso` keeps the page's own UTC offset (never converted), so its first ten
 * characters are the calendar day the outlet printed.
 */
export interface PublishedDate {
  iso: string;
  source: 'json-ld' | 'meta' | 'time' | 'visible';
}

/**
 * The article's own dateline ("ВЛАДИВОСТОК, 9 окт", "KYIV, June 16"): the day
 * the reported event or interview happened, which republished or migrated
 * pages keep even when their header date changes (the RIA seed shows
 * 03.03.2020 in its header for a 9 October interview).
 */
export interface Dateline {
  text: string;
  day: number;
  month: number;
  year?: number;
}

/** A readable article: metadata, the cleaned text, and its paragraphs and sentences with offsets. */
export interface ExtractedArticle {
  url: string;
  outletId?: string;
  title: string;
  byline?: string;
  siteName?: string;
  lang: PageLang;
  published?: PublishedDate;
  dateline?: Dateline;
  /** True when the dateline's day is more than a day away from the published date. */
  datesDisagree: boolean;
  /** What Readability's isProbablyReaderable said; false for short pages let through by article metadata. */
  readerable: boolean;
  /** Paragraphs separated by a blank line ("\n\n"), whitespace collapsed inside each. */
  text: string;
  paragraphs: { start: number; end: number }[];
  sentences: Sentence[];
}

/** Why a page gave no article, with a sentence the panel can show as is. */
export type ExtractFailure = { reason: 'not-article' | 'too-large' | 'empty'; detail: string };

/** Extraction outcome as data, never an exception, so it can cross the message boundary. */
export type ExtractResult = { ok: true; article: ExtractedArticle } | ({ ok: false } & ExtractFailure);

/** Upper bounds that keep extraction from freezing a tab on a giant page. */
export interface ExtractOptions {
  /** Rough cap on page size; the element count is checked against maxHtmlChars / 50. Default 3,000,000. */
  maxHtmlChars?: number;
  /** Cap on the article text Readability returns; the page's own text may be twice this. Default 500,000. */
  maxTextChars?: number;
  /** Cap on element nesting depth. Default 1,500. */
  maxDepth?: number;
  /** Time budget in milliseconds; past it extraction stops with 'too-large'. Default 5,000. */
  maxMillis?: number;
  /** Clock for the budget (milliseconds); tests pass a fake one. Default performance.now. */
  now?: () => number;
}
