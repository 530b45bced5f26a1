// Issue 14 end to end: the page pays nothing. Articles are extracted in
// Chrome's offscreen document, not in the page: the content script's bundle
// has no Readability, the page receives the sentences from the extension
// context and highlights them, the panel says which path ran, and the
// offscreen path gives the same article, dates and sentences as the in-page
// path on every real page and seed page (the in-page extractor is injected
// into the same isolated world and run on the same live document). The
// offscreen document is created once for concurrent pages and comes back
// after the worker and the document are gone. No timings are asserted here:
// speed is measured by `npm run bench:page`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, openPanel, openTab, type Session } from './harness';
import { finalState, waitForHighlights } from './reading-helpers';
import { inIsolatedWorld } from './isolated-world';
import { stopWorker } from '../fixtures/hostile/browser-probes';
import { benchPages } from './pages';
import type { ExtractOutcome } from '../../lib/protocol';

const pages = benchPages();
let session: Session;

beforeAll(async () => {
  session = await launch();
  session.serve(pages.map((p) => ({ url: p.url, body: p.body })));
});
afterAll(async () => {
  await session?.close();
});

interface LastAnalysis {
  extractor: string;
  outcome: ExtractOutcome;
}

const lastAnalysis = (page: Page) => inIsolatedWorld<LastAnalysis>(page, session.extensionId, 'globalThis[Symbol.for("sverka.lastAnalysis")]');

/** The same live document read by the in-page extractor, injected into the content script's isolated world. */
async function inPageOutcome(page: Page, tabId: number): Promise<ExtractOutcome | undefined> {
  const worker = await session.worker();
  await worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/extract-in-page.js'] }), tabId);
  return inIsolatedWorld<ExtractOutcome>(page, session.extensionId, 'globalThis[Symbol.for("sverka.extractInPage")](document, new URL(location.href))');
}

async function offscreenDocuments(): Promise<number> {
  const worker = await session.worker();
  return worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).length);
}

/** Waits until the restarted worker answers (playwright may still hold the stopped one for a moment). */
async function liveWorker(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    try {
      await (await session.worker()).evaluate(() => 1);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('the worker did not start again');
}

async function waitForAnalysis(page: Page): Promise<LastAnalysis> {
  for (let i = 0; i < 100; i++) {
    const found = await lastAnalysis(page);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no extraction reached ${page.url()}`);
}

describe('the content script', () => {
  it('is built without Readability; the offscreen document and the fallback script carry it', () => {
    const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(content).not.toMatch(/isProbablyReaderable|_grabArticle|maxElemsToParse/);
    const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).filter((f) => f.startsWith('offscreen-'));
    expect(chunks).toHaveLength(1);
    expect(readFileSync(join(EXTENSION_DIR, 'chunks', chunks[0]), 'utf8')).toMatch(/_grabArticle/);
    expect(readFileSync(join(EXTENSION_DIR, 'extract-in-page.js'), 'utf8')).toMatch(/_grabArticle/);
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[] };
    expect(manifest.permissions).toContain('offscreen');
  });
});

describe.each(pages)('$name', (p) => {
  it('receives its sentences from the offscreen document, the same as the in-page extraction gives', async () => {
    const { page, tabId } = await openTab(session, p.url);
    const state = await finalState(session, tabId);
    const analysis = await waitForAnalysis(page);
    expect(analysis.extractor).toBe('offscreen');
    expect(state.extractor).toBe('offscreen');
    // No extraction ran in the page: its task log has the snapshot slices and no "extract".
    const tasks = (await inIsolatedWorld<{ name: string }[]>(page, session.extensionId, 'globalThis[Symbol.for("sverka.tasks")]')) ?? [];
    expect(tasks.map((t) => t.name)).not.toContain('extract');

    const inPage = await inPageOutcome(page, tabId);
    expect(inPage).toBeDefined();
    const off = analysis.outcome;
    expect(off.ok, `offscreen: ${JSON.stringify(off).slice(0, 300)}`).toBe(inPage!.ok);
    if (off.ok && inPage!.ok) {
      const a = off.article;
      const b = inPage!.article;
      expect(a.url).toBe(b.url);
      expect(a.outletId).toBe(b.outletId);
      expect(a.title).toBe(b.title);
      expect(a.byline).toBe(b.byline);
      expect(a.siteName).toBe(b.siteName);
      expect(a.lang).toBe(b.lang);
      expect(a.published).toEqual(b.published);
      expect(a.dateline).toEqual(b.dateline);
      expect(a.datesDisagree).toBe(b.datesDisagree);
      expect(a.readerable).toBe(b.readerable);
      expect(a.text).toBe(b.text);
      expect(a.paragraphs).toEqual(b.paragraphs);
      expect(a.sentences).toEqual(b.sentences);
      expect(state.status).not.toBe('error');
    } else if (!off.ok && !inPage!.ok) {
      expect(off.reason).toBe(inPage!.reason);
    }
    await page.close();
  });
});

describe('the offscreen document', () => {
  it('is created once for pages opened together, and made again after it and the worker are gone', async () => {
    const sample = pages.filter((p) => p.findings).slice(0, 3);
    expect(sample.length).toBeGreaterThan(1);
    // Tabs first (their ids are read through the worker), then the document and the worker go away.
    const opened: { page: Page; tabId: number }[] = [];
    for (let i = 0; i < sample.length; i++) opened.push(await openTab(session, 'about:blank'));
    const worker = await session.worker();
    await worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => {}));
    expect(await offscreenDocuments()).toBe(0);
    expect(await stopWorker(session)).toBe(true);
    // Every page loads at once: their snapshots wake a worker that has no offscreen document, together.
    await Promise.all(opened.map(({ page }, i) => page.goto(sample[i].url)));
    await liveWorker();
    const states = await Promise.all(opened.map(({ tabId }) => finalState(session, tabId)));
    expect(states.map((s) => s.extractor)).toEqual(sample.map(() => 'offscreen'));
    expect(states.map((s) => s.status)).toEqual(sample.map(() => 'done'));
    expect(await offscreenDocuments()).toBe(1);
    // The page anchors the sentences it got back and highlights them.
    await waitForHighlights(opened[0].page);

    const panel = await openPanel(session, opened[0].tabId);
    await expect(panel.locator('[data-extractor="offscreen"]').textContent({ timeout: 10_000 })).resolves.toContain('offscreen document');
    for (const { page } of opened) await page.close();
    await panel.close();
  });
});
