// Reading the content script's isolated world from a test: Sverka's task log
// (lib/page/task-log.ts) and its last extraction live there, in globals the
// web page cannot reach. The DevTools protocol lists the page's execution
// contexts; ours is the isolated one named after the extension.
import type { Page } from 'playwright-core';

/** Evaluates `expression` in Sverka's isolated world of `page`; undefined when Sverka never ran in the page. */
export async function inIsolatedWorld<T>(page: Page, extensionId: string, expression: string): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; name: string; auxData?: { type?: string } } }) => {
    contexts.push({ id: e.context.id, origin: e.context.origin, name: e.context.name, type: e.context.auxData?.type });
  });
  try {
    await cdp.send('Runtime.enable');
    for (let i = 0; i < 40 && !contexts.some((c) => c.type === 'isolated'); i++) await new Promise((r) => setTimeout(r, 25));
    const ours = contexts.find((c) => c.type === 'isolated' && (c.origin.includes(extensionId) || c.name === 'Sverka'));
    if (!ours) return undefined;
    const r = (await cdp.send('Runtime.evaluate', { contextId: ours.id, expression: `JSON.stringify((() => (${expression}))() ?? null)`, returnByValue: true })) as {
      result: { value?: string };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`in the isolated world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return JSON.parse(r.result.value ?? 'null') as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
