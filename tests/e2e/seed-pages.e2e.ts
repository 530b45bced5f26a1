// Issue 2, end to end: each seed article rendered as its outlet's page, served
// at a URL of that outlet, read by the content script, and shown in the panel
// with the right outlet, title and date. Screenshots of page + panel are saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, openTab, screenshotPath, type Session } from './harness';
import { seedPages, served } from './pages';
import { outletForUrl } from '../../lib/outlets';

const pages = seedPages();
let session: Session;

beforeAll(async () => {
  session = await launch();
  session.serve(pages.map(served));
});
afterAll(async () => {
  await session?.close();
});

describe.each(pages.filter((p) => p.expect !== 'not-article'))('$file', (fixture) => {
  it('shows outlet, title and date in the panel', async () => {
    const { page, tabId } = await openTab(session, fixture.url);
    const panel = await openPanel(session, tabId);
    const registered = outletForUrl(fixture.url);
    if (registered) {
      // The content script runs by itself on registry hosts and the panel reaches a final state.
      await panel.locator('.tab[data-status="done"]').waitFor({ timeout: 30_000 });
      await expect(panel.locator('.outlet-name').textContent()).resolves.toBe(registered.name.en);
      // A sourced ownership fact names its source; an unsourced one says so instead of guessing.
      const ownership = await panel.locator('.ownership').textContent();
      if (registered.ownership) expect(ownership).toContain(registered.ownership.source.title);
      else await panel.locator('.ownership.unsourced').waitFor({ timeout: 5_000 });
      await expect(panel.locator('h1.title').textContent()).resolves.toBe(fixture.title);
      await expect(panel.locator('.published time').getAttribute('datetime')).resolves.toMatch(new RegExp(`^${fixture.published}`));
      // Both dates are shown exactly when the page's date and the article's dateline disagree (the RIA seed).
      await expect(panel.locator('.dateline').count()).resolves.toBe(fixture.datesDisagree ? 1 : 0);
      // The panel shows the statements the article makes, from the claim database.
      await expect(panel.locator('article.card').count()).resolves.toBeGreaterThan(0);
    } else {
      // Outside the registry: nothing runs until the reader asks.
      await panel.locator('.tab[data-status="unknown-site"]').waitFor({ timeout: 10_000 });
    }
    await page.screenshot({ path: screenshotPath(`${fixture.file.replace(/\.html$/, '')}-page`) });
    await panel.screenshot({ path: screenshotPath(`${fixture.file.replace(/\.html$/, '')}-panel`), fullPage: true });
    await panel.close();
    await page.close();
  });
});

describe.each(pages.filter((p) => p.expect === 'not-article'))('$file', (fixture) => {
  it('says the page is not an article', async () => {
    const { page, tabId } = await openTab(session, fixture.url);
    const panel = await openPanel(session, tabId);
    await panel.locator('.tab[data-status="not-article"]').waitFor({ timeout: 30_000 });
    await expect(panel.locator('article.card').count()).resolves.toBe(0);
    await panel.close();
    await page.close();
  });
});
