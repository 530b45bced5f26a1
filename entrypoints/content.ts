// Content script: a guest in the page. It extracts the article in idle time,
// hands the text to the background and never touches IndexedDB or matching.
// Registered only on the outlet registry's hosts; elsewhere the background
// injects this same file when the reader asks (activeTab + scripting).
import { browser } from 'wxt/browser';
import { outletMatchPatterns } from '../lib/outlets';
import { runExtraction } from '../lib/page/run-extraction';
import { envelope } from '../lib/messaging';

const RAN = Symbol.for('sverka.content');

export default defineContentScript({
  matches: outletMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    // An on-demand injection into a page where we already run must not start a second copy.
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[RAN]) return;
    scope[RAN] = true;
    await idle(ctx);
    if (ctx.isInvalid) return;
    const outcome = runExtraction(document, new URL(location.href));
    await browser.runtime.sendMessage(envelope('articleExtracted', { url: location.href, outcome })).catch(() => {
      // The worker was restarting; the panel shows "working" and the reader can retry.
    });
  },
});

/** Waits for an idle period so extraction never competes with the page's own start-up. */
function idle(ctx: { setTimeout(handler: () => void, ms?: number): number }): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in globalThis) requestIdleCallback(() => resolve(), { timeout: 2_000 });
    else ctx.setTimeout(() => resolve(), 50);
  });
}
