// Per-tab state lives in session storage, not in worker memory: MV3 stops the
// service worker when idle, and the panel must find the same answer after.
import type { ExtractOutcome } from '../protocol';
import type { ArticleMeta, KeyValueArea, TabState } from '../types/tab-state';

export type { TabStatus, ArticleMeta, TabState, KeyValueArea } from '../types/tab-state';

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
