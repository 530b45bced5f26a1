// Outside the outlet registry Sverka injects nothing until the reader asks;
// when asked (toolbar button → "Analyse this page"), it reads the page.
// Also: the extension's own contexts make no network requests at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launch, openPanel, openTab, screenshotPath, screenshotWhole, type Session } from './harness';
import { seedPages, served } from './pages';
import { outletForUrl } from '../../lib/outlets';
import type { Page } from 'playwright-core';

let session: Session;
const unregistered = seedPages().find((p) => !outletForUrl(p.url) && p.expect !== 'not-article');

beforeAll(async () => {
  session = await launch();
  session.serve(seedPages().map(served));
});
afterAll(async () => {
  await session?.close();
});

/** Names of the isolated worlds (content scripts) present in a page, read through the DevTools protocol. */
async function isolatedWorlds(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { name: string; origin: string; auxData?: { type?: string } } }) => {
    if (e.context.auxData?.type === 'isolated') worlds.push(`${e.context.name} ${e.context.origin}`);
  });
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 300));
  await cdp.detach();
  return worlds;
}

describe('a page outside the outlet registry', () => {
  it('has a fixture on a host outside the registry', () => {
    expect(unregistered, 'tests/fixtures/pages/index.json needs a page on an unregistered host').toBeDefined();
  });

  it('gets no content script until the reader asks, then is analysed', async () => {
    const { page, tabId } = await openTab(session, unregistered!.url);
    await page.waitForTimeout(1_500);
    expect((await isolatedWorlds(page)).filter((w) => w.includes(session.extensionId) || w.includes('Sverka'))).toEqual([]);

    const panel = await openPanel(session, tabId);
    await panel.locator('.tab[data-status="unknown-site"]').waitFor();

    // Without the reader's click, the panel's button cannot read the page, and says why.
    await panel.getByRole('button', { name: 'Analyse this page' }).click();
    await expect(panel.locator('.tab .hint').textContent()).resolves.toContain('toolbar button');
    // The reader clicks Sverka's toolbar button on this tab: that is asking, so Sverka reads the page.
    // (The panel runs in its own tab here, so the article's tab is brought to the front first, as a reader's would be.)
    await page.bringToFront();
    await clickToolbarButton(session, page);    await panel.locator('.tab[data-status="done"]').waitFor({ timeout: 30_000 });
    expect((await isolatedWorlds(page)).some((w) => w.includes(session.extensionId) || w.includes('Sverka'))).toBe(true);
    await expect(panel.locator('h1.title').textContent()).resolves.toBe(unregistered!.title);
    await screenshotWhole(panel, screenshotPath('on-demand-panel'));
  });

  it('the extension itself made no network request during the whole run', () => {
    expect(session.extensionRequests).toEqual([]);
  });
});
