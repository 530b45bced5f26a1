// Issue 12, item 8, end to end in Chromium with the built extension: a JSON-LD
// file whose annotations carry only XPath or Range selectors (W3C's
// XPathSelector and RangeSelector, Hypothesis's startContainer/endContainer
// RangeSelector) and one hostile XPath is imported through the panel's own
// import form. The hostile one is listed as not imported with its reason; the
// others are highlighted when the page opens at its outlet URL (served by
// request interception), the quote each was found at is stored and shown in
// the panel, and after a reload they anchor by that quote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPanel, ROOT, screenshotPath, type Session } from './harness';
import { finalState, openFixture } from './reading-helpers';
import type { Page } from 'playwright-core';

/** Test data (invented text, fictional people), served under a registry host so the content script runs by itself. */
const PAGE_URL = 'https://www.kommersant.ru/__fixture/xpath-test-data';
const BODY = readFileSync(join(ROOT, 'tests/fixtures/xpath/page.html'));

const item = (id: string, selector: unknown) => ({ id, type: 'Annotation', motivation: 'highlighting', target: { source: PAGE_URL, selector } });
const FILE = JSON.stringify({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationPage',
  items: [
    item('urn:test:xpath-only', { type: 'XPathSelector', value: '/html[1]/body[1]/div[2]/article[1]/p[2]' }),
    item('urn:test:hypothesis-range', { type: 'RangeSelector', startContainer: '/div[2]/article[1]/p[3]', startOffset: 11, endContainer: '/div[2]/article[1]/p[3]', endOffset: 22 }),
    item('urn:test:w3c-range', {
      type: 'RangeSelector',
      startSelector: { type: 'XPathSelector', value: '/html/body/div[2]/article/p[1]' },
      endSelector: { type: 'XPathSelector', value: '/html/body/div[2]/article/p[2]' },
    }),
    item('urn:test:hostile', { type: 'XPathSelector', value: '/html/body/div[count(//*)]' }),
  ],
});
const QUOTES = [
  'Mayor Jane Example said the old bridge would be closed for two years.',
  'John Sample',
  'The council of the fictional town of Eastbrook met on Tuesday evening.',
];

let session: Session;
let page: Page;
let panel: Page;
let tabId: number;

const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('sverka-annotation')?.values() ?? [])].map((r) => (r as Range).toString()).sort());

beforeAll(async () => {
  session = await launch();
  session.serve([{ url: PAGE_URL, body: BODY }]);
  ({ page, tabId } = await openFixture(session, PAGE_URL));
  await finalState(session, tabId);
  panel = await openPanel(session, tabId);
});
afterAll(async () => {
  await session?.close();
});

describe('importing XPath and Range selectors', () => {
  it('imports through the panel; the hostile XPath is listed as not imported, with the reason', async () => {
    const form = panel.locator('form.ann-import');
    await form.locator('#ann-import-file').setInputFiles({ name: 'colleague.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(FILE) });
    await form.getByRole('button', { name: 'Import' }).click();
    await form.locator('.ann-report').waitFor({ timeout: 15_000 });
    const notImported = await form.locator('.ann-not-imported li').allTextContents();
    expect(notImported).toHaveLength(1);
    expect(notImported[0]).toContain('urn:test:hostile');
    expect(notImported[0]).toContain('Its XPath "/html/body/div[count(//*)]" calls a function.');
  });

  it('the page highlights each where its path points, and the panel shows the quote found', async () => {
    await page.waitForFunction(() => (CSS.highlights.get('sverka-annotation')?.size ?? 0) === 3, null, { timeout: 20_000 });
    expect(await highlighted()).toEqual([...QUOTES].sort());
    const quotes = panel.locator('.ann-item .ann-quote');
    await expect.poll(() => quotes.allTextContents(), { timeout: 15_000 }).toEqual(expect.arrayContaining(QUOTES));
    await page.screenshot({ path: screenshotPath('xpath-import-highlights') });
  });

  it('the quote and position found are stored: no XPath left, and a reload anchors by quote', async () => {
    const worker = await session.worker();
    const stored = await worker.evaluate(async () => {
      const open = indexedDB.open('sverka');
      const db = await new Promise<IDBDatabase>((resolve, reject) => { open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
      const all = db.transaction('annotations').objectStore('annotations').getAll();
      return new Promise<{ id: string; exact: string; start?: number; xrange?: unknown }[]>((resolve) => { all.onsuccess = () => resolve(all.result); });
    });
    expect(stored.map((a) => [a.id, a.exact, typeof a.start, a.xrange === undefined]).sort()).toEqual([
      ['urn:test:hypothesis-range', QUOTES[1], 'number', true],
      ['urn:test:w3c-range', QUOTES[2], 'number', true],
      ['urn:test:xpath-only', QUOTES[0], 'number', true],
    ]);
    await page.reload();
    await finalState(session, tabId);
    await page.waitForFunction(() => (CSS.highlights.get('sverka-annotation')?.size ?? 0) === 3, null, { timeout: 20_000 });
    expect(await highlighted()).toEqual([...QUOTES].sort());
  });
});
