// Issue 13, item 2 — the rest of what works in Chromium, in Firefox ESR:
// highlight → card focus, the panel's language switch, pages that are not
// articles, a page outside the registry left alone until the reader asks, the
// options page (database browser, pack import and removal) and annotation
// import from the panel. Screenshots go to artifacts/firefox/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { seedPages, served } from '../e2e/pages';
import { outletForUrl } from '../../lib/outlets';
import { marksFromFindings } from '../../lib/page/marks';
import { EXTENSION_ORIGIN, finalState, findPage, firefoxScreenshot, highlightSize, launchFirefox, openPanel, openTab, sverkaRequests, type FirefoxSession } from './harness';
import { text } from './page-helpers';
import { countUploadsInPage } from '../fixtures/hostile/browser-probes';

const pages = seedPages();
const tass = pages.find((p) => p.file.startsWith('tass-2017'))!;
const notArticles = pages.filter((p) => p.expect === 'not-article');
const unregistered = pages.find((p) => !outletForUrl(p.url) && p.expect !== 'not-article')!;
let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
  session.serve(pages.map(served));
});
afterAll(async () => {
  await session?.close();
});

describe('page ↔ panel on the TASS seed page', () => {
  let page: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ page, tabId } = await openTab(session, tass.url));
    await finalState(session, tabId);
    panel = await openPanel(session, tabId);
    await panel.waitForSelector('.tab[data-status="done"]', { timeout: 30_000 });
  });

  it('clicking a highlighted sentence in the page focuses its first card in the panel', async () => {
    const sources = marksFromFindings((await finalState(session, tabId)).findings).filter((m) => m.kind === 'source');
    const k = sources.length - 1;
    await page.waitForFunction((n: number) => (CSS.highlights.get('sverka-source')?.size ?? 0) > n, { timeout: 20_000, polling: 200 }, k);
    const point = await page.evaluate((i: number) => {
      const range = [...CSS.highlights.get('sverka-source')!][i] as Range;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const first = range.getClientRects()[0];
      return { x: first.left + Math.min(20, first.width / 2), y: first.top + first.height / 2 };
    }, k);
    await page.mouse.click(point.x, point.y);
    await panel.waitForFunction((start: number) => document.activeElement?.closest('.group')?.getAttribute('data-sentence-start') === String(start), { timeout: 10_000, polling: 100 }, sources[k].start);
    expect(await panel.evaluate(() => document.activeElement?.className ?? '')).toContain('focused');
  });

  it('the panel switches its language in settings and keeps the choice', async () => {
    await panel.click('details.settings summary');
    await panel.select('#sverka-ui-lang', 'ru');
    await panel.waitForFunction(() => document.documentElement.lang === 'ru', { timeout: 5_000, polling: 100 });
    expect(await session.console.evaluate(async () => (await chrome.storage.local.get('uiLanguage')).uiLanguage)).toBe('ru');
    await panel.screenshot({ path: firefoxScreenshot('tass-panel-ru'), fullPage: true });
    await panel.select('#sverka-ui-lang', 'auto');
    await panel.waitForFunction(() => document.documentElement.lang === 'en', { timeout: 5_000, polling: 100 });
  });
});

describe.each(notArticles)('not an article: $file', (fixture) => {
  it('the panel says the page is not an article and shows no statements', async () => {
    const { page, tabId } = await openTab(session, fixture.url);
    expect((await finalState(session, tabId)).status).toBe('not-article');
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('.tab[data-status="not-article"]', { timeout: 30_000 });
    expect(await panel.$$eval('article.card', (e) => e.length)).toBe(0);
    expect(await highlightSize(page, 'sverka-source')).toBe(0);
    await panel.close();
    await page.close();
  });
});

describe('a page outside the outlet registry', () => {
  it('is left alone; the panel offers to analyse it and says that needs the toolbar button or the context menu', async () => {
    const { page, tabId } = await openTab(session, unregistered.url);
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('.tab[data-status="unknown-site"]', { timeout: 10_000 });
    // No content script ran: nothing stored for the tab, no highlight registry entries.
    expect(await session.console.evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, `tab:${tabId}`)).toBeNull();
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // The panel's own button is not the reader's click on the page (no activeTab), so it explains instead.
    const analyse = (await panel.$$('.tab[data-status="unknown-site"] button')).at(0) as ElementHandle<HTMLButtonElement>;
    await analyse.click();
    await panel.waitForSelector('.tab .hint', { timeout: 10_000 });
    expect(await text(panel, '.tab .hint')).toContain('toolbar button');
    await panel.close();
    await page.close();
  });
});

describe('the options page in Firefox', () => {
  let options: Page;
  const count = async () => Number(/Showing (\d+) of/.exec(await text(options, '.db-count'))?.[1] ?? -1);
  const dir = mkdtempSync(join(tmpdir(), 'sverka-ff-packs-'));
  const i18n = (s: string) => ({ ru: s, uk: s, en: s });
  /** A fictional newsroom pack: its own event, speaker and statement, linked to nothing real. */
  const PACK = {
    sverkaPack: 1,
    id: 'example-newsroom-notes',
    name: 'Example newsroom notes',
    events: [{ id: 'example-briefing-2020', title: i18n('Example briefing'), summary: i18n('A fictional briefing for the import test.'), dates: ['2020-05-01'] }],
    actors: [{ id: 'example-spokesperson', kind: 'person', names: { ru: ['Пример Представитель'], uk: ['Приклад Представник'], en: ['Example Spokesperson'] }, role: i18n('fictional spokesperson') }],
    claims: [{
      id: 'example-briefing-statement', speaker: 'example-spokesperson', date: '2020-05-01', event: 'example-briefing-2020', kind: 'paraphrase',
      quote: 'The fictional ministry says the example talks will continue next month.', quoteLang: 'en',
      text: i18n('The fictional ministry says the example talks will continue next month.'),
      sources: [{ outlet: 'Example Newsroom', title: 'Example briefing notes', date: '2020-05-01' }],
    }],
  };

  beforeAll(async () => {
    await session.console.evaluate(() => chrome.tabs.create({ url: '/options.html' }).then(() => undefined));
    // Exactly this URL: the e2e console is an options page too (with its own query).
    options = await findPage(session.browser, `${EXTENSION_ORIGIN}/options.html`, 60_000, true);
    await options.waitForSelector('article.db-claim', { timeout: 30_000 });
  });

  it('browses the bundled database', async () => {
    expect(Number(/of (\d+) statements/.exec(await text(options, '.db-count'))![1])).toBeGreaterThanOrEqual(150);
    expect(await count()).toBeGreaterThan(0);
    await options.screenshot({ path: firefoxScreenshot('options-browser') });
  });

  it('imports a claim pack through its form, shows its statement, and removes it', async () => {
    const before = await count();
    const file = join(dir, 'newsroom-pack.json');
    writeFileSync(file, JSON.stringify(PACK));
    const input = (await options.$('#db-pack-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await options.click('form.db-import button[type="submit"]');
    await options.waitForSelector('[data-pack-id="example-newsroom-notes"]', { timeout: 15_000 });
    await options.waitForFunction((b: number) => Number(/Showing (\d+) of/.exec(document.querySelector('.db-count')?.textContent ?? '')?.[1] ?? -1) > b, { timeout: 10_000, polling: 200 }, before);
    await options.screenshot({ path: firefoxScreenshot('options-import') });
    // The file went to the event page as a Blob in the uploads database, which it emptied once it had read it.
    expect(await options.evaluate(countUploadsInPage)).toBe(0);
    await options.click('[data-pack-id="example-newsroom-notes"] .db-remove');
    await options.click('[data-pack-id="example-newsroom-notes"] .db-confirm button');
    await options.waitForFunction((b: number) => Number(/Showing (\d+) of/.exec(document.querySelector('.db-count')?.textContent ?? '')?.[1] ?? -1) === b, { timeout: 10_000, polling: 200 }, before);
  });

  it('imports a 3,000-item fact-check feed (with a byte-order mark) handed over as a Blob, and leaves no upload', async () => {
    // Fictional fact-checks (example.org), one per line, with a byte-order mark as some exporters write it.
    const items = Array.from({ length: 3000 }, (_, i) => JSON.stringify({
      '@type': 'ClaimReview', url: `https://factcheck.example.org/ff-${i}`, datePublished: '2020-01-01', author: { name: 'Example Check' },
      claimReviewed: `Example statement ${i} about imaginary ferries in Sample County`, itemReviewed: { author: { name: 'Example Person' } },
    }));
    const file = join(dir, 'ff-feed.jsonl');
    writeFileSync(file, `\uFEFF${items.join('\n')}`);
    const input = (await options.$('#db-pack-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await options.click('form.db-import button[type="submit"]');
    await options.waitForSelector('.db-items-summary, .db-import-errors', { timeout: 60_000 });
    expect(await options.$('.db-import-errors')).toBeNull();
    expect(await text(options, '.db-items-summary')).toBe('Items read: 3000; imported: 3000; duplicates merged: 0; skipped: 0.');
    expect(await options.evaluate(countUploadsInPage)).toBe(0);
    await options.waitForSelector('[data-pack-id="ff-feed"]', { timeout: 15_000 });
    await options.click('[data-pack-id="ff-feed"] .db-remove');
    await options.click('[data-pack-id="ff-feed"] .db-confirm button');
    await options.waitForFunction(() => !document.querySelector('[data-pack-id="ff-feed"]'), { timeout: 30_000, polling: 200 });
  });

  it('no request left the browser', () => {
    expect(sverkaRequests(session)).toEqual([]);
  });
});
