// Pack subscriptions in real Chromium with the built extension (issue 12 items 3
// and 5, the pack half): nothing but the outlet registry is granted up front;
// the reader subscribes through the options page; the background fetches the
// pack from a local HTTPS server this test starts on 127.0.0.1 (port 0); the
// pack's statement is matched on the next page; a broken update keeps the
// previous version and the options page says why; and every request Sverka made
// went to that one origin, as a bare GET for the pack.
//
// Two things differ from a reader's browser, both confined to this test:
// - The server's certificate is self-signed, so this Chromium runs with
//   --ignore-certificate-errors. Sverka's code stays https-only (no http
//   exception exists, not even for 127.0.0.1).
// - Chromium's permission prompt is browser UI that a test cannot click. The
//   test grants the origin the other way a reader can — the site-access control
//   of chrome://extensions (developerPrivate.addHostPermission, which that page
//   calls) — after which Sverka's own permissions.request in the Subscribe
//   click answers "granted" without a prompt. Without that grant, nothing is fetched (unit-tested).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { launch, ROOT, type Session } from './harness';
import { finalState, openFixture } from './reading-helpers';
import { startPackServer, type PackServer } from '../fixtures/pack-server';
import type { Page } from 'playwright-core';

const PACK = readFileSync(join(ROOT, 'tests/fixtures/packs/team-pack.json'), 'utf8');
const ARTICLE = 'https://www.reuters.com/world/example-agencies-quiet-year-2026-02-02/';
let session: Session;
let server: PackServer;
let options: Page;
/** Every address the extension's contexts asked the network for, as the route saw it. */
const outgoing: string[] = [];

beforeAll(async () => {
  server = await startPackServer();
  server.setFile('/team/pack.json', PACK, new Date('2026-02-03T08:00:00Z'));
  session = await launch({
    args: ['--ignore-certificate-errors'],
    passThrough: (url) => (outgoing.push(url), url.startsWith(server.origin)),
  });
  const body = readFileSync(join(ROOT, 'tests/fixtures/packs/team-article.html'));
  session.serve([{ url: ARTICLE, body }, { url: `${ARTICLE}?again`, body }]);
}, 60_000);
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const mayRead = async (origin: string) => (await session.worker()).evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin);

describe('pack subscriptions in the built extension', () => {
  it('asks for nothing broader up front: https origins are optional, none granted', async () => {
    const manifest = await (await session.worker()).evaluate(() => chrome.runtime.getManifest());
    // https origins are optional (shared with group sync, which may also use http on this computer only).
    expect(manifest.optional_host_permissions).toContain('https://*/*');
    expect(manifest.host_permissions).not.toContain('https://*/*');
    expect(await mayRead(`${server.origin}/*`)).toBe(false);
    expect(await mayRead('https://example.org/*')).toBe(false);
  });

  it('subscribes through the options page and shows name, size and last update', async () => {
    const extensions = await session.context.newPage();
    await extensions.goto('chrome://extensions/');
    await extensions.evaluate(([id, origin]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(i: string, o: string): Promise<void> } } })
      .chrome.developerPrivate.addHostPermission(id, origin), [session.extensionId, `${server.origin}/*`]);
    await extensions.close();
    // Granted by the reader but not active until Sverka asks (permissions.request, in the Subscribe click).
    expect(await mayRead(`${server.origin}/*`)).toBe(false);

    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    // A wrong address never reaches the browser's prompt.
    await options.getByLabel('Pack address (https://…)').fill(server.url('/team/pack.json').replace('https:', 'http:'));
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect(options.locator('.db-subscription-message').textContent()).resolves.toMatch(/^Only https:/);

    await options.getByLabel('Pack address (https://…)').fill(server.url('/team/pack.json'));
    await options.getByLabel('Pack address (https://…)').press('Enter');
    await options.locator('.db-subscription-message', { hasText: 'Subscribed to “Example team desk”: 1 statements.' }).waitFor({ timeout: 20_000 });
    const row = options.locator('tr[data-subscription]');
    await expect(row.locator('th').textContent()).resolves.toBe('Example team desk');
    await expect(row.locator('td').nth(1).textContent()).resolves.toMatch(/^\d+ KB$/);
    await expect(row.locator('td time').first().getAttribute('datetime')).resolves.toBe('2026-02-03T08:00:00.000Z');
    await expect(row.locator('td').nth(4).textContent()).resolves.toBe('Up to date');
    await options.locator('#packs tr[data-pack-id="example-team-desk"]').waitFor();
    expect(await mayRead(`${server.origin}/*`)).toBe(true);
    expect(await mayRead('https://example.org/*')).toBe(false);
  });

  it('matches the subscribed statement on the next page', async () => {
    const { tabId } = await openFixture(session, ARTICLE);
    const state = await finalState(session, tabId);
    expect(state.status).toBe('done');
    expect(state.findings!.matches.flatMap((m) => m.claims.map((c) => c.claimId))).toContain('example-team-no-requests');
  });

  it('a broken update keeps the previous version, and the options page says why', async () => {
    server.setFile('/team/pack.json', PACK.slice(0, 200), new Date('2026-02-04T08:00:00Z'));
    await options.getByRole('button', { name: 'Refresh “Example team desk” now' }).click();
    const status = options.locator('tr[data-subscription] td').nth(4);
    await status.filter({ hasText: 'Last refresh failed' }).waitFor({ timeout: 20_000 });
    await expect(status.textContent()).resolves.toMatch(/^Last refresh failed: The pack is not valid \(1 error\)\.\s*Not valid JSON: .*The previous version is kept\.$/s);
    await expect(options.locator('tr[data-subscription] td time').first().getAttribute('datetime')).resolves.toBe('2026-02-03T08:00:00.000Z');
    const { tabId } = await openFixture(session, `${ARTICLE}?again`);
    const state = await finalState(session, tabId);
    expect(state.findings!.matches.flatMap((m) => m.claims.map((c) => c.claimId))).toContain('example-team-no-requests');
  });

  it('once the file is fixed, a refresh sends the kept version’s ETag and an unchanged pack costs a 304', async () => {
    server.setFile('/team/pack.json', PACK, new Date('2026-02-03T08:00:00Z'));
    const before = server.requests.length;
    await options.getByRole('button', { name: 'Refresh all' }).click();
    await options.locator('tr[data-subscription] td', { hasText: 'Up to date' }).waitFor({ timeout: 20_000 });
    expect(server.requests.length).toBe(before + 1);
    const etag = `"${createHash('sha256').update(PACK).digest('hex').slice(0, 16)}"`;
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe(etag);
  });

  it('with a subscription, Sverka’s requests went only to that origin, each a bare GET for the pack', () => {
    expect(server.requests.length).toBe(3);
    for (const r of server.requests) {
      expect(r).toMatchObject({ method: 'GET', path: '/team/pack.json', bodyBytes: 0 });
      expect(Object.keys(r.headers).filter((h) => /cookie|authorization|referer/i.test(h))).toEqual([]);
    }
    // What the browser tried to reach beyond the served fixture pages: the pack, nothing else. (The worker's
    // fetches pass through the route too: the pack requests are in the list.)
    expect(outgoing.filter((u) => u.startsWith(`${server.origin}/team/pack.json`)).length).toBeGreaterThanOrEqual(1);
    expect(outgoing.filter((u) => !u.startsWith(`${server.origin}/team/pack.json`))).toEqual([]);
    expect(session.extensionRequests.filter((u) => !u.startsWith(`${server.origin}/team/pack.json`))).toEqual([]);
  });
});
