// Per-tab state lives in session storage, not in worker memory: MV3 stops the
// service worker when idle, and the panel must find the same answer after.
import type { ArticleFindings } from '../match';
import type { ExtractOutcome } from '../protocol';
import type { ClaimView } from './claim-view';

export type TabStatus = 'working' | 'done' | 'not-article' | 'too-large' | 'unknown-site' | 'error';

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

/** The slice of storage.StorageArea this module needs (fake in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function readTabState(area: KeyValueArea, tabId: number): Promise<TabState | undefined> {
  return (await area.get(key(tabId)))[key(tabId)] as TabState | undefined;
}

export async function writeTabState(area: KeyValueArea, state: TabState): Promise<void> {
  await area.set({ [key(state.tabId)]: state });
}

export async function clearTabState(area: KeyValueArea, tabId: number): Promise<void> {
  await area.remove(key(tabId));
}

export function articleMeta(outcome: Extract<ExtractOutcome, { ok: true }>): ArticleMeta {
  const { text: _t, paragraphs: _p, sentences, readerable: _r, outletId: _o, ...meta } = outcome.article;
  return { ...meta, sentenceCount: sentences.length };
}
