// What the background stores per tab and the panel and content script read.
// Declared here, below lib/service and lib/page, so the page's code does not
// import the background's service modules for a type.
import type { ArticleFindings, Match } from './match';

export type TabStatus = 'working' | 'done' | 'not-article' | 'too-large' | 'unknown-site' | 'error';

/** A matched claim minus the match itself (score, why), plus its kind: the same shape the cards render. */
export type ClaimView = Omit<Match, 'score' | 'why'> & { kind: string };

/** The article's metadata as the panel shows it (text and sentences stay out of storage). */
export interface ArticleMeta {
  url: string;
  title: string;
  byline?: string;
  siteName?: string;
  lang: 'ru' | 'uk' | 'en' | 'other';
  published?: { iso: string; source: string };
  dateline?: { text: string; day: number; month: number; year?: number };
  datesDisagree: boolean;
  sentenceCount: number;
}

export interface TabState {
  tabId: number;
  url: string;
  status: TabStatus;
  outletId?: string;
  article?: ArticleMeta;
  findings?: ArticleFindings;
  /** The opposing claims of the contradictions, by id, resolved for display. */
  opposing?: Record<string, ClaimView>;
  /** Titles of the events the page covers. */
  events?: Record<string, { title: { ru: string; uk: string; en: string }; date: string }>;
  /** Where the article was extracted: Chrome's offscreen document, Firefox's background page, or the page (fallback). */
  extractor?: 'offscreen' | 'background' | 'page';
  /** Human-readable reason for not-article / too-large / error. */
  detail?: string;
  /** Which start of the service worker wrote a "working" state: a later start knows the work was cut off. */
  worker?: string;
  updatedAt: number;
}

/** The slice of storage.StorageArea that session-storage modules need (fake in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}
