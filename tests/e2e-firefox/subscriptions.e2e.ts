// Pack subscriptions in Firefox ESR, as tests/e2e/subscriptions.e2e.ts does in
// Chromium: nothing but the outlet registry is granted up front; the reader
// subscribes through the options page (a real click, so permissions.request
// runs in a user gesture; the test profile answers Firefox's prompt with
// "allow"); the event page fetches the pack from a local HTTPS server this test
// starts on 127.0.0.1 and stops; the pack's statement is matched on the next
// page; and everything Sverka sent went to that one origin, as bare GETs.
//
// Confined to this test: the server's certificate is self-signed, so this
// Firefox accepts it (`acceptInsecureCerts`), and the harness's recording proxy
// tunnels that one address instead of refusing it. Sverka stays https-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';
import { startPackServer, type PackServer } from '../fixtures/pack-server';
import { EXTENSION_ORIGIN, finalState, findPage, launchFirefox, openTab, sverkaRequests, type FirefoxSession } from './harness';
import { text } from './page-helpers';

const PACK = readFileSync(join(ROOT, 'tests/fixtures/packs/team-pack.json'), 'utf8');
const ARTICLE = 'https://www.reuters.com/world/example-agencies-quiet-year-2026-02-02/';
let server: PackServer;
let session: FirefoxSession;
let options: Page;

const mayRead = (origin: string) => session.console.evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin);

beforeAll(async () => {
  server = await startPackServer();
  server.setFile('/team/pack.json', PACK, new Date('2026-02-03T08:00:00Z'));
  session = await launchFirefox({ tunnelTo: new URL(server.origin).host });
  session.serve([{ url: ARTICLE, body: readFileSync(join(ROOT, 'tests/fixtures/packs/team-article.html')) }]);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('pack subscriptions in Firefox', () => {
  it('asks for no https origin up front', async () => {
    expect(await mayRead(`${server.origin}/*`)).toBe(false);
  });

  it('subscribes through the options page, asking for that one origin, and lists the pack', async () => {
    await session.console.evaluate(() => chrome.tabs.create({ url: '/options.html' }).then(() => undefined));
    options = await findPage(session.browser, `${EXTENSION_ORIGIN}/options.html`, 60_000, true);
    await options.waitForSelector('#sverka-subscription-url', { timeout: 30_000 });
    // A wrong address never reaches the browser's prompt.
    await options.type('#sverka-subscription-url', server.url('/team/pack.json').replace('https:', 'http:'));
    await options.click('.db-subscriptions button[type="submit"]');
    await options.waitForSelector('.db-subscription-message.error', { timeout: 10_000 });
    expect(await text(options, '.db-subscription-message')).toMatch(/^Only https:/);
    expect(server.requests).toEqual([]);

    await options.$eval('#sverka-subscription-url', (el) => ((el as HTMLInputElement).value = ''));
    await options.type('#sverka-subscription-url', server.url('/team/pack.json'));
    await options.click('.db-subscriptions button[type="submit"]');
    await options.waitForFunction(
      () => document.querySelector('.db-subscription-message')?.textContent === 'Subscribed to “Example team desk”: 1 statements.',
      { timeout: 30_000, polling: 200 },
    ).catch(async (e) => {
      throw new Error(`${e}; the options page says: ${await text(options, '.db-subscription-message').catch(() => '(nothing)')}`);
    });
    await options.waitForSelector('tr[data-subscription]', { timeout: 10_000 });
    expect(await text(options, 'tr[data-subscription] th')).toBe('Example team desk');
    await options.waitForSelector('#packs tr[data-pack-id="example-team-desk"]', { timeout: 10_000 });
    expect(await mayRead(`${server.origin}/*`)).toBe(true);
    expect(await mayRead('https://example.org/*')).toBe(false);
  });

  it('matches the subscribed statement on the next page', async () => {
    const { page, tabId } = await openTab(session, ARTICLE);
    const state = await finalState(session, tabId);
    expect(state.status).toBe('done');
    expect(state.findings!.matches.flatMap((m) => m.claims.map((c) => c.claimId))).toContain('example-team-no-requests');
    await page.close();
  });

  it('sent only bare GETs for the pack, to that one origin, and nothing else left the browser', () => {
    expect(server.requests.length).toBeGreaterThanOrEqual(1);
    for (const r of server.requests) {
      expect(r).toMatchObject({ method: 'GET', path: '/team/pack.json', bodyBytes: 0 });
      expect(Object.keys(r.headers).filter((h) => /cookie|authorization|referer/i.test(h))).toEqual([]);
    }
    // The proxy saw the tunnel to the pack host (as https://host:port), and nothing else of Sverka's.
    const packHost = `https://${new URL(server.origin).host}`;
    expect(sverkaRequests(session).filter((u) => u !== packHost)).toEqual([]);
  });
});
