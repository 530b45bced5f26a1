// Issue 10 in the built extension, real Chromium: the seed articles' headlines
// are matched and listed in the panel as "Headline" (not highlighted in the
// page), and the possible contradictions are grouped: one card per page
// sentence, however many opposing statements it has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, openTab, screenshotPath, screenshotWhole, type Session } from './harness';
import { seedPages, served } from './pages';
import { outletForUrl } from '../../lib/outlets';

const pages = seedPages().filter((p) => p.expect !== 'not-article' && outletForUrl(p.url));
let session: Session;

beforeAll(async () => {
  session = await launch();
  session.serve(seedPages().map(served));
});
afterAll(async () => {
  await session?.close();
});

describe('matching, second pass, in the panel', () => {
  it('lists matched headlines, and groups contradictions by page sentence', async () => {
    let headlines = 0;
    let groupedItems = 0;
    for (const fixture of pages) {
      const { page, tabId } = await openTab(session, fixture.url);
      const panel = await openPanel(session, tabId);
      await panel.locator('.tab[data-status="done"]').waitFor({ timeout: 30_000 });
      const headline = panel.locator('.group.headline');
      if (await headline.count()) {
        headlines++;
        await expect(panel.locator('.group.headline > .pair-label').textContent()).resolves.toBe('Headline');
        await expect(panel.locator('.group.headline > blockquote.page-sentence').textContent()).resolves.toBe(fixture.title);
        await expect(headline.locator('article.card').count()).resolves.toBeGreaterThan(0);
      }
      // One contradiction card per page sentence.
      const starts = await panel.locator('article.contradiction').evaluateAll((els) => els.map((e) => e.getAttribute('data-sentence-start')));
      expect(new Set(starts).size).toBe(starts.length);
      groupedItems += await panel.locator('article.contradiction .opposing-item').count();
      if (headlines === 1 && (await headline.count())) await screenshotWhole(panel, screenshotPath('matching-headline-panel'));
      await panel.close();
      await page.close();
    }
    // The seed headlines state seed claims (docs/matching.md: 61/61 with headlines).
    expect(headlines).toBeGreaterThanOrEqual(3);
    expect(groupedItems).toBeGreaterThan(0);
  }, 240_000);
});
