// The reader's UI language outside the panel (issue 12 item 9), in the built
// extension with an English browser: after the reader picks Ukrainian in the
// panel's settings, the options page, the toolbar title the background sets,
// the background's ClaimReview export and its annotation export all follow;
// switching back follows too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPanel, ROOT, type Session } from './harness';
import { finalState, openFixture } from './reading-helpers';
import type { Page } from 'playwright-core';

const READING = join(ROOT, 'tests/fixtures/pages-reading');
const URL_EN = 'https://www.reuters.com/world/europe/biden-putin-agree-task-experts-cyber-talks-2021-06-16/';
let session: Session;
let options: Page;

beforeAll(async () => {
  session = await launch({ locale: 'en-US' });
  const body = readFileSync(join(READING, 'reuters-en-2021-06-16-geneva-cyber.html'));
  session.serve([{ url: URL_EN, body }, { url: `${URL_EN}?uk`, body }]);
}, 60_000);
afterAll(async () => {
  await session?.close();
});

const send = (page: Page, type: string, payload: unknown) =>
  page.evaluate(([t, p]) => chrome.runtime.sendMessage({ sverka: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; value: { text: string } }>;

describe('the reader’s UI language everywhere', () => {
  it('the panel’s choice is followed by the options page, the toolbar title and the exports', async () => {
    const { tabId } = await openFixture(session, URL_EN);
    expect((await finalState(session, tabId)).status).toBe('done');
    const panel = await openPanel(session, tabId);
    await panel.locator('details.settings summary').first().click();
    await panel.getByLabel('Interface language').selectOption('uk');
    await panel.getByText('Мова інтерфейсу').waitFor();

    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('h2', { hasText: 'Експорт пакета' }).waitFor({ timeout: 20_000 });
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('uk');

    const exported = await send(options, 'exportPack', { packId: 'bundled', format: 'claimreview' });
    expect(JSON.parse(exported.value.text)['@graph'][0].reviewBody).toMatch(/^Без оцінки/);

    // The toolbar title is set when the tab's findings are stored: read the page again in the new language.
    await openFixture(session, `${URL_EN}?uk`).then(async ({ tabId: again }) => {
      await finalState(session, again);
      const title = await (await session.worker()).evaluate((id) => chrome.action.getTitle({ tabId: id }), again);
      expect(title).toMatch(/^Сверка: заяв \d+/);
    });
  });

  it('switching back to English is followed at once by the open options page', async () => {
    await (await session.worker()).evaluate(() => chrome.storage.local.set({ uiLanguage: 'en' }));
    await options.locator('h2', { hasText: 'Export a pack' }).waitFor({ timeout: 20_000 });
    const exported = await send(options, 'exportPack', { packId: 'bundled', format: 'claimreview' });
    expect(JSON.parse(exported.value.text)['@graph'][0].reviewBody).toMatch(/^No rating/);
  });
});
