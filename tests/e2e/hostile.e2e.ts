// Issue 7, items 1–3 end to end, in Chromium with the built extension:
//  1. hostile pages (served at a TASS URL, so the content script runs by
//     itself) whose headline, byline, metadata and text carry script
//     payloads: everything shows as inert text in the panel, the options page
//     and the badge; nothing runs in an extension page (canaries: window.__pwned,
//     document.title, <img src=x>, requests to canary hosts);
//  2. broken and extreme pages: the panel reaches a final state within a
//     bound on every one (times recorded in artifacts/extreme-timings-chromium.json);
//  3. a web page cannot reach the background (postMessage, DOM events), and
//     the background answers malformed messages from its own pages with { ok: false }.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openPanel, type Session } from './harness';
import { extensionPage, finalTabState, sendFromExtensionPage, storedTabState } from '../fixtures/hostile/browser-probes';
import { displayTrickPage, hostilePack, markupPage } from '../fixtures/hostile/pages';
import { BREAKOUT, CANARY_HOSTS, IMG, TEMPLATE } from '../fixtures/hostile/payloads';
import { articleHtml, extremePages, TASS_PARAGRAPHS, type ExtremePage } from '../fixtures/extreme/generate';
import type { Page } from 'playwright-core';

let session: Session;
let ext: Page;
const markup = markupPage();
const tricks = displayTrickPage();

beforeAll(async () => {
  session = await launch();
  session.serve([{ url: markup.url, body: markup.html }, { url: tricks.url, body: tricks.html }]);
  ext = await extensionPage(session);
});
afterAll(async () => {
  await session?.close();
});

async function tabIdOfUrl(url: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const id = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    if (typeof id === 'number') return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

/** Elements a payload would have created had an extension page parsed it as markup. */
function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('img[src="x"], img[src*="canary"], iframe, svg[onload], link[href*="canary"], [onerror], [onload], a[href^="javascript:" i], script:not([src])')]
      .map((e) => e.outerHTML.slice(0, 80)));
}

/** The canaries every payload sets when it runs. */
function canaries(page: Page): Promise<{ pwned: unknown; title: string }> {
  return page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: unknown }).__pwned, title: document.title }));
}

const canaryRequests = () => session.extensionRequests.filter((u) => CANARY_HOSTS.some((h) => u.includes(h)));

describe('hostile page content shows as inert text', () => {
  let page: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await session.context.newPage();
    await page.goto(markup.url);
    tabId = await tabIdOfUrl(markup.url);
    await finalTabState(ext, tabId, 30_000);
    panel = await openPanel(session, tabId);
    await panel.locator('.tab[data-status="done"]').waitFor({ timeout: 30_000 });
  });

  it('the page\'s own script ran in the page (the fixture is live), and Sverka read the article', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe('page');
    expect((await storedTabState(ext, tabId))?.status).toBe('done');
  });

  it('panel: headline, byline and matched sentence show the payloads as text; no element, no canary', async () => {
    expect(await panel.locator('h1.title').textContent()).toContain(IMG);
    expect(await panel.locator('h1.title').textContent()).toContain(TEMPLATE);
    expect(await panel.locator('.article-head').textContent()).toContain('"><script>');
    const sentences = await panel.locator('.page-sentence').allTextContents();
    expect(sentences.some((s) => s.includes(IMG))).toBe(true);
    await expect(panel.getByText(IMG).first().isVisible()).resolves.toBe(true);
    expect(await injectedElements(panel)).toEqual([]);
    expect(await canaries(panel)).toEqual({ pwned: undefined, title: expect.not.stringMatching(/PWNED/) });
  });

  it('panel lookup: a typed (or selected) payload is echoed as text', async () => {
    await panel.locator('#sverka-search').fill(`Накануне Крутских заявил журналистам ${IMG} ${BREAKOUT}`);
    await panel.getByRole('button', { name: 'Look up' }).click();
    await panel.locator('.lookup').waitFor({ timeout: 30_000 });
    expect(await panel.locator('.lookup q').textContent()).toContain('<img src=x');
    expect(await injectedElements(panel)).toEqual([]);
    expect((await canaries(panel)).pwned).toBeUndefined();
  });

  it('badge: shows a count and a fixed title, never page text', async () => {
    const badge = await ext.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
    expect(badge.text).toMatch(/^\d*!?$/);
    expect(badge.title).toMatch(/^Sverka/);
    expect(badge.title).not.toContain('<');
  });

  it('options page: a hostile claim pack imports and every field shows as text', async () => {
    const pack = hostilePack();
    expect(await sendFromExtensionPage(ext, { sverka: 1, type: 'importPack', payload: pack })).toMatchObject({ ok: true });
    const options = await extensionPage(session);
    await options.getByText(`Hostile ${IMG}`).first().waitFor({ timeout: 15_000 });
    expect(await options.locator('body').textContent()).toContain(`Hostile ${IMG}`);
    expect(await injectedElements(options)).toEqual([]);
    expect((await canaries(options)).pwned).toBeUndefined();
    for (const href of await options.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toMatch(/^(?:https:\/\/|#)/);
    await options.close();
  });

  it('bidi and zero-width tricks: the panel shows the letters in logical order, without the controls', async () => {
    const p = await session.context.newPage();
    await p.goto(tricks.url);
    const id = await tabIdOfUrl(tricks.url);
    const view = await openPanel(session, id);
    await view.locator('.tab[data-status="done"], .tab[data-status="not-article"]').waitFor({ timeout: 30_000 });
    const title = (await view.locator('h1.title').textContent()) ?? '';
    expect(title).toContain('txt.exe');
    expect(title).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u001B]/);
    await view.close();
    await p.close();
  });

  it('page text in the panel is direction-isolated (dir="auto" or unicode-bidi: isolate), so an RLO in a lookup cannot reorder the UI around it', async () => {
    // Extraction strips bidi controls from page text, but typed or selected lookups, and pack texts, reach the panel as they are.
    const isolation = await panel.evaluate(() =>
      ['h1.title', '.page-sentence', '.lookup q', '.quote'].map((sel) => {
        const el = document.querySelector(sel);
        if (!el) return `${sel}: missing`;
        const bidi = getComputedStyle(el).unicodeBidi;
        return el.getAttribute('dir') === 'auto' || bidi === 'isolate' || bidi === 'plaintext' || bidi === 'isolate-override' ? `${sel}: isolated` : `${sel}: ${bidi}`;
      }));
    expect(isolation).toEqual(['h1.title: isolated', '.page-sentence: isolated', '.lookup q: isolated', '.quote: isolated']);
  });

  it('no extension context requested a canary host (or anything else)', () => {
    expect(canaryRequests()).toEqual([]);
    expect(session.extensionRequests).toEqual([]);
  });
});

describe('a web page cannot reach the background', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    const url = 'https://tass.ru/politika/forged-messages';
    session.serve([{ url, body: articleHtml({ url, title: 'Лавров: Трамп подтвердил Путину заинтересованность', paragraphs: TASS_PARAGRAPHS }) }]);
    page = await session.context.newPage();
    await page.goto(url);
    tabId = await tabIdOfUrl(url);
    await finalTabState(ext, tabId, 30_000);
    await page.waitForFunction(() => (CSS.highlights.get('sverka-source')?.size ?? 0) > 0, undefined, { timeout: 20_000 });
  });

  it('the page has no messaging API to the extension (no externally_connectable)', async () => {
    expect(await page.evaluate(() => typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
  });

  it('forged Sverka envelopes through window.postMessage and DOM events change nothing', async () => {
    const before = await storedTabState(ext, tabId);
    const lookupBefore = await ext.evaluate(async () => (await chrome.storage.session.get('lastLookup')).lastLookup);
    await page.evaluate((id) => {
      const forged = [
        { sverka: 1, type: 'articleExtracted', payload: { url: location.href, outcome: { ok: false, reason: 'too-large', detail: 'FORGED' } } },
        { sverka: 1, type: 'quoteSelected', payload: { text: 'FORGED lookup from the page' } },
        { sverka: 1, type: 'highlightClicked', payload: { start: 0 } },
        { sverka: 1, type: 'importPack', payload: { fileName: 'x.json', text: '{}' } },
      ];
      for (const m of forged) {
        window.postMessage(m, '*');
        window.top?.postMessage(m, '*');
        for (const name of ['message', 'sverka', 'articleExtracted', `${id}:content:wxt:locationchange`, `${id}:content:articleExtracted`]) {
          window.dispatchEvent(new CustomEvent(name, { detail: m }));
          document.dispatchEvent(new CustomEvent(name, { detail: m }));
        }
      }
    }, session.extensionId);
    await page.waitForTimeout(2_500);
    const after = await storedTabState(ext, tabId);
    expect(after).toEqual(before);
    expect(await ext.evaluate(async () => (await chrome.storage.session.get('lastLookup')).lastLookup)).toEqual(lookupBefore);
    expect(await page.evaluate(() => CSS.highlights.get('sverka-source')?.size ?? 0)).toBeGreaterThan(0);
  });

  it('the page cannot switch Sverka off in its tab by forging WXT\'s "content script started" DOM event', async () => {
    // WXT's ContentScriptContext invalidates itself on a document CustomEvent named
    // `${extensionId}:content:wxt:content-script-started`; a page can dispatch that event too.
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged-by-page' } }));
    }, session.extensionId);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => CSS.highlights.get('sverka-source')?.size ?? 0), 'highlights still drawn').toBeGreaterThan(0);
  });

  it('malformed messages from an extension page are answered with { ok: false } and change nothing', async () => {
    const bad: unknown[] = [
      { sverka: 1, type: 'getTabState', payload: { tabId: 'x' } },
      { sverka: 1, type: 'getTabState', payload: { tabId: -1 } },
      { sverka: 1, type: 'getTabState' },
      { sverka: 1, type: 'lookUpQuote', payload: { text: 'x'.repeat(2_001) } },
      { sverka: 1, type: 'importPack', payload: { fileName: '', text: 5 } },
      { sverka: 1, type: 'removePack', payload: {} },
      { sverka: 1, type: 'dropDatabase', payload: {} },
      { sverka: 1, type: '__proto__', payload: {} },
      { sverka: 1, type: { toString: 1 }, payload: {} },
      // A content-script message from an extension page is on the wrong channel.
      { sverka: 1, type: 'articleExtracted', payload: { url: 'https://tass.ru/x', outcome: { ok: false, reason: 'error', detail: 'forged' } } },
    ];
    for (const message of bad) {
      const answer = (await sendFromExtensionPage(ext, message)) as { ok?: boolean; error?: unknown };
      expect(answer, JSON.stringify(message).slice(0, 80)).toMatchObject({ ok: false });
      expect(typeof answer.error).toBe('string');
    }
    // Not a Sverka envelope at all: refused too, and the background keeps working.
    expect(await sendFromExtensionPage(ext, { hello: 'world' })).toMatchObject({ ok: false, error: 'not a Sverka message' });
    expect(await sendFromExtensionPage(ext, { sverka: 1, type: 'getTabState', payload: { tabId } })).toMatchObject({ ok: true, value: { status: 'done' } });
  });
});

describe('broken and extreme pages reach a final state in the panel', () => {
  const timings: Record<string, { status: string; detail?: string; storedMs: number; panelMs: number; longestTaskMs: number; bound: number }> = {};
  const BOUND_MS = 30_000;

  afterAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'extreme-timings-chromium.json'), `${JSON.stringify(timings, null, 2)}\n`);
  });

  const pages: ExtremePage[] = [
    ...extremePages(),
    // Chromium's parser stops nesting at 512 levels; a script can go much deeper.
    (() => {
      const url = 'https://tass.ru/extreme/script-deep';
      // 2,000 levels: deeper than Sverka's cap (1,500) and shallow enough for Chromium itself (its renderer crashes between 2,000 and 3,000 levels, with no extension at all).
      const script = `<script>let el = document.body; for (let i = 0; i < 2000; i++) el = el.appendChild(document.createElement('div')); el.textContent = ${JSON.stringify(TASS_PARAGRAPHS[1])};</script>`;
      return { name: '2000-nesting-by-script', url, body: articleHtml({ url, title: 'Лавров: глубокая вложенность', paragraphs: TASS_PARAGRAPHS, after: script }), expect: ['too-large'], what: 'a script nests 2,000 <div>s' };
    })(),
  ];

  it.each(pages)('$name ($what)', async (fixture) => {
    session.serve([{ url: fixture.url, body: fixture.body, contentType: fixture.contentType }, ...(fixture.extra ?? [])]);
    const page = await session.context.newPage();
    // Long tasks of the page's main thread (extraction runs there), recorded from the start.
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({ type: 'longtask', buffered: true });
    });
    const started = Date.now();
    await page.goto(fixture.url, { timeout: 60_000 });
    const tabId = await tabIdOfUrl(fixture.url);
    const { state, ms: storedMs } = await finalTabState(ext, tabId, BOUND_MS, started);
    const panel = await openPanel(session, tabId);
    await panel.locator('.tab[data-status="done"], .tab[data-status="not-article"], .tab[data-status="too-large"], .tab[data-status="error"]').waitFor({ timeout: BOUND_MS });
    const panelMs = Date.now() - started;
    // The page still answers: its main thread is not stuck.
    const ping = Date.now();
    await page.evaluate(() => 1, undefined);
    const longestTaskMs = Math.round(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
    timings[fixture.name] = { status: state.status, ...(state.detail ? { detail: state.detail } : {}), storedMs, panelMs, longestTaskMs, bound: BOUND_MS };
    expect(Date.now() - ping).toBeLessThan(2_000);
    expect(fixture.expect).toContain(state.status);
    expect(await panel.locator('.tab').getAttribute('data-status')).toBe(state.status);
    expect(panelMs).toBeLessThan(BOUND_MS);
    await panel.close();
    await page.close();
  });
});
