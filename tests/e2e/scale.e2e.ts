// Issue 11 in the built extension, in real Chromium: a 20,000-item schema.org
// DataFeed imported through the options page (the progress bar moves, the
// report counts the items), one of its statements then found on a news page
// in the panel; and a service worker stopped in the middle of an import,
// which must leave the previous database or the whole pack, never half.
// The feed is generated here (tests/eval/feed.ts) from the German and Spanish
// word lists in tests/fixtures and made-up ru/uk/en words; its planted
// statements are by fictional people.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPanel, openTab, ROOT, screenshotPath, type Session } from './harness';
import { countUploadsInPage, leaveUploadInPage, sendFromExtensionPage, stopWorker } from '../fixtures/hostile/browser-probes';
import { generateFeed, otherVocabulary, PLANTED } from '../eval/feed';
import { extendVocabulary } from '../eval/synthetic';

const ITEMS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'sverka-scale-'));
const other = otherVocabulary(ROOT);
const vocab = {
  ru: extendVocabulary([], 'ru', 20_000), uk: extendVocabulary([], 'uk', 20_000), en: extendVocabulary([], 'en', 20_000), de: other.de, es: other.es,
};
const planted = PLANTED.find((p) => p.lang === 'en' && p.claimant === 'Dale Sampleford')!;
const ARTICLE_URL = 'https://www.reuters.com/world/us/example-county-wind-farm-debate-2026-01-15/';
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example County argues over wind farm | Reuters</title>
<meta property="og:title" content="Example County argues over wind farm"><meta property="article:published_time" content="2026-01-15T10:00:00Z"></head>
<body><main><article><h1>Example County argues over wind farm</h1>
<p>SAMPLE COUNTY, Jan 15 (Reuters) - A proposed wind farm has divided residents of this fictional county, where a hearing drew hundreds of people on Wednesday evening.</p>
<p>${planted.text} Ornithologists at the hearing disputed the figure and asked for the data behind it.</p>
<p>The county board is expected to vote on the permit next month after a second public hearing, officials said.</p>
<p>Supporters say the project would bring jobs and tax revenue, while opponents worry about noise and property values in the valley.</p>
</article></main></body></html>`;

let session: Session;
let options: Page;

/** Claims (records, and those in an imported pack's rows: schema v4) and packs as stored in the extension's IndexedDB (read from an extension page, not through the worker). */
async function stored(page: Page): Promise<{ claims: number; packs: { id: string; status?: string; claimCount: number }[] }> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('sverka');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['claims', 'claimRows', 'packs'], 'readonly');
      const count = tx.objectStore('claims').count();
      const rows = tx.objectStore('claimRows').getAll();
      const packs = tx.objectStore('packs').getAll();
      tx.oncomplete = () => {
        const inRows = rows.result.reduce((n: number, r: { claims: unknown[] }) => n + r.claims.length, 0);
        resolve({ claims: count.result + inRows, packs: packs.result.map((p: { id: string; status?: string; claimCount: number }) => ({ id: p.id, status: p.status, claimCount: p.claimCount })) });
        open.result.close();
      };
    };
  }));
}

/** Polls the progress bar until the import ends; returns every distinct state seen. */
async function watchProgress(page: Page, until: () => Promise<boolean>, timeoutMs: number): Promise<string[]> {
  const seen: string[] = [];
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const state = await page.evaluate(() => {
      const bar = document.querySelector<HTMLProgressElement>('#db-import-progress');
      return bar ? `${bar.dataset.phase}:${bar.value}/${bar.max}` : '';
    });
    if (state && seen[seen.length - 1] !== state) seen.push(state);
    if (await until()) return seen;
    await page.waitForTimeout(50);
  }
  throw new Error(`the import did not end within ${timeoutMs} ms; progress seen: ${seen.join(', ')}`);
}

beforeAll(async () => {
  session = await launch();
  session.serve([{ url: ARTICLE_URL, body: article }]);
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('article.db-claim').first().waitFor({ timeout: 30_000 });
});
afterAll(async () => {
  await session?.close();
});

describe(`a ${ITEMS}-item DataFeed through the options page`, () => {
  it('imports with a moving progress bar and a report of the items', async () => {
    const feed = join(dir, 'example-feed.json');
    writeFileSync(feed, generateFeed(ITEMS, vocab).text);
    const before = await stored(options);
    await options.locator('#db-pack-file').setInputFiles(feed);
    await options.locator('form.db-import button[type="submit"]').click();
    const summary = options.locator('.db-items-summary');
    const seen = await watchProgress(options, async () => (await summary.count()) > 0 || (await options.locator('.db-import-errors').count()) > 0, 240_000);
    expect(await options.locator('.db-import-errors').count()).toBe(0);
    await expect(summary.textContent()).resolves.toBe(`Items read: ${ITEMS}; imported: ${ITEMS}; duplicates merged: 0; skipped: 0.`);
    // The bar moved: several distinct positions, through more than one phase, the first the hand-over of the file.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen.map((s) => s.split(':')[0])).size).toBeGreaterThanOrEqual(2);
    expect(seen[0]).toMatch(/^handing:/);
    // The file went through the uploads database and was deleted there once taken.
    expect(await options.evaluate(countUploadsInPage)).toBe(0);
    await options.screenshot({ path: screenshotPath('options-import-20k'), fullPage: false });
    const after = await stored(options);
    expect(after.claims).toBe(before.claims + ITEMS);
    expect(after.packs).toEqual([{ id: 'example-feed', status: 'ready', claimCount: ITEMS }]);
    await options.locator('[data-pack-id="example-feed"]').waitFor({ timeout: 30_000 });
  }, 300_000);

  it('pages through the 20,000 statements in the database browser, never loading the whole pack', async () => {
    await options.reload();
    const pager = options.locator('[data-pager-pack="example-feed"]');
    const range = pager.locator('.db-page-range');
    await expect.poll(() => range.textContent(), { timeout: 30_000 }).toBe(`Statements 1–50 of ${ITEMS}`);
    expect(await pager.locator('article.db-claim').count()).toBe(50);
    const first = await pager.locator('article.db-claim').first().textContent();
    await pager.locator('.db-page-next').click();
    await expect.poll(() => range.textContent()).toBe(`Statements 51–100 of ${ITEMS}`);
    await pager.locator('.db-page-next').click();
    await expect.poll(() => range.textContent()).toBe(`Statements 101–150 of ${ITEMS}`);
    await pager.locator('.db-page-prev').click();
    await pager.locator('.db-page-prev').click();
    await expect.poll(() => range.textContent()).toBe(`Statements 1–50 of ${ITEMS}`);
    expect(await pager.locator('article.db-claim').first().textContent()).toBe(first);
    // The snapshot the page loaded holds the bundled statements only, not the pack's.
    const snapshot = (await sendFromExtensionPage(options, { sverka: 1, type: 'getDatabase', payload: {} })) as { value: { data: { claims: unknown[] }; paged: unknown[] } };
    expect(snapshot.value.data.claims.length).toBeLessThan(1000);
    expect(snapshot.value.paged).toEqual([{ packId: 'example-feed', name: 'example-feed', total: ITEMS }]);
    // Every statement once, walking the whole pack by keyset through the validated message.
    const started = Date.now();
    const ids = new Set<string>();
    let after: string | undefined;
    let pages = 0;
    do {
      const page = (await sendFromExtensionPage(options, { sverka: 1, type: 'browsePack', payload: after ? { packId: 'example-feed', after, limit: 200 } : { packId: 'example-feed', limit: 200 } })) as { ok: boolean; value: { claims: { id: string }[]; next?: string } };
      expect(page.ok).toBe(true);
      for (const c of page.value.claims) ids.add(c.id);
      after = page.value.next;
      pages++;
    } while (after);
    expect(ids.size).toBe(ITEMS);
    expect(pages).toBe(ITEMS / 200);
    process.stdout.write(`paging the ${ITEMS}-statement pack by keyset: ${pages} pages of 200 in ${((Date.now() - started) / 1000).toFixed(1)} s (reported, not asserted)\n`);
  }, 180_000);

  it('finds one of its statements on a news page, in the panel', async () => {
    const { tabId } = await openTab(session, ARTICLE_URL);
    const panel = await openPanel(session, tabId);
    const quote = panel.locator('blockquote.quote', { hasText: 'wind turbines in Sample County' }).first();
    await quote.waitFor({ timeout: 60_000 });
    await expect(panel.locator('body').textContent()).resolves.toContain('Dale Sampleford');
    await panel.screenshot({ path: screenshotPath('panel-feed-statement'), fullPage: false });
    await panel.close();
  }, 120_000);

  it('a worker stopped during an import leaves the previous database or the whole pack, never half', async () => {
    const feed = join(dir, 'second-feed.json');
    writeFileSync(feed, generateFeed(ITEMS, vocab, 99).text);
    const before = await stored(options);
    await options.locator('#db-pack-file').setInputFiles(feed);
    await options.locator('form.db-import button[type="submit"]').click();
    // Stop the worker once it is writing the pack's claims in stages (the riskiest moment).
    await watchProgress(options, async () => /^storing:/.test((await options.evaluate(() => {
      const bar = document.querySelector<HTMLProgressElement>('#db-import-progress');
      return bar ? `${bar.dataset.phase}:` : '';
    })) ?? ''), 240_000);
    // A file a stopped worker never took (written here, as the page would have): the next start must delete it.
    await options.evaluate(leaveUploadInPage, crypto.randomUUID());
    expect(await options.evaluate(countUploadsInPage)).toBe(1);
    expect(await stopWorker(session)).toBe(true);
    const error = options.locator('.db-import-errors');
    await error.waitFor({ timeout: 30_000 });
    await expect(error.textContent()).resolves.toContain('background was restarted');
    // The next message starts a new worker, which deletes the half-written pack.
    await expect.poll(async () => {
      await sendFromExtensionPage(options, { sverka: 1, type: 'getDatabaseInfo', payload: {} });
      return stored(options);
    }, { timeout: 60_000, interval: 500 }).toEqual(before);
    const info = (await sendFromExtensionPage(options, { sverka: 1, type: 'getDatabaseInfo', payload: {} })) as { ok: boolean; value: { claims: number } };
    expect(info.value.claims).toBe(before.claims);
    // No file is left behind in the uploads database: neither this import's nor the one left for the new worker.
    expect(await options.evaluate(countUploadsInPage)).toBe(0);
  }, 300_000);

  it('removes the 20,000-statement pack in the options page', async () => {
    const row = options.locator('[data-pack-id="example-feed"]');
    await options.reload();
    await row.waitFor({ timeout: 30_000 });
    const started = Date.now();
    await row.locator('.db-remove').click();
    await row.locator('.db-confirm button').first().click();
    await row.waitFor({ state: 'detached', timeout: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`removing a ${ITEMS}-statement pack took ${seconds.toFixed(1)} s in the options page (reported, not asserted)\n`);
    expect((await stored(options)).claims).toBeLessThan(1000);
  }, 120_000);
});
