// Page-side steps of the Firefox suites with puppeteer-core: text of an
// element, a selection made in the page, and Sverka's buttons in the page's
// shadow root (WXT's createShadowRootUi mounts an open one).
import type { ElementHandle, Page } from 'puppeteer-core';

export function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (e) => e.textContent ?? '');
}

export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));
}

/** Selects `needle` inside one text node of the page and scrolls it into view (the reader's drag, done exactly). */
export async function selectText(page: Page, needle: string): Promise<void> {
  await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !node.textContent!.includes(t));
    if (!node) throw new Error(`not on the page: ${t}`);
    const at = node.textContent!.indexOf(t);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + t.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    node.parentElement!.scrollIntoView({ block: 'center' });
  }, needle);
}

/** One of Sverka's selection buttons (by its text) inside the page's <sverka-lookup> shadow root. */
export async function shadowButton(page: Page, label: string, timeoutMs = 5_000): Promise<ElementHandle<HTMLButtonElement>> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const button of await page.$$('sverka-lookup >>> button')) {
      if ((await button.evaluate((b) => b.textContent ?? '')).includes(label)) return button as ElementHandle<HTMLButtonElement>;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no "${label}" button in the page`);
}

export async function waitForSelectorGone(page: Page, selector: string, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction((s: string) => !document.querySelector(s), { timeout: timeoutMs, polling: 100 }, selector);
}
