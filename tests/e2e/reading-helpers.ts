// Shared steps of the reading-with-the-panel suites (reading, a11y): open a
// fixture page, wait for Sverka's verdict, read highlights from the page.
import type { Page } from 'playwright-core';
import { tabIdOf, type Session } from './harness';
import type { TabState } from '../../lib/service/tab-state';

/** The tab's state as the background stored it, once it is final (not "working"). */
export async function finalState(session: Session, tabId: number, timeoutMs = 30_000): Promise<TabState> {
  const worker = await session.worker();
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const state = await worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${tabId}`);
    if (state && (state as TabState).status !== 'working') return state as TabState;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`tab ${tabId} never reached a final state`);
}

/** Number of ranges in one of Sverka's highlights, read from the page's main world (CSS.highlights is per document). */
export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

export async function waitForHighlights(page: Page, name = 'sverka-source', min = 1, timeoutMs = 20_000): Promise<number> {
  await page.waitForFunction(([n, m]) => (CSS.highlights.get(n as string)?.size ?? 0) >= (m as number), [name, min] as const, { timeout: timeoutMs });
  return highlightSize(page, name);
}

export async function openFixture(session: Session, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(session, page) };
}
