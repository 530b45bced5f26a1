// Hypothesis group sync in Firefox ESR, against the fake Hypothesis API
// (tests/fixtures/hypothesis/fake-api.ts) this test starts on 127.0.0.1 and
// stops, as tests/e2e/sync.e2e.ts does in Chromium with two profiles: the
// reader sets up sync in the panel's own form (the origin asked for in that
// click; the test profile answers Firefox's prompt with "allow"), annotates a
// sentence of the TASS seed page, and it is published with its quote and
// position selectors; a colleague's annotation of the page (seeded in the fake
// API) is drawn in the colleagues' style and listed with its author; every
// request went to the configured API only, with the
// token only in the Authorization header and no page text beyond the quote and
// its short context. The harness's recording proxy forwards that one address
// and records everything else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { seedPages, served } from '../e2e/pages';
import { FakeHypothesis } from '../fixtures/hypothesis/fake-api';
import { launchFirefox, openReadPage, sverkaRequests, type FirefoxSession } from './harness';
import { selectText, shadowButton, text, waitForSelectorGone } from './page-helpers';

const tass = seedPages().find((p) => p.file.startsWith('tass-2017'))!;
const QUOTE = 'Отвечая на вопрос о процессе создания российско-американской рабочей группы по кибербезопасности, глава российского дипломатического ведомства отметил, что с деталями этой темы лучше знакомы эксперты.';
/** Sentences of the same article that were not shared: none may appear in any request. */
const NOT_SHARED = ['Об этом заявил министр иностранных дел РФ Сергей Лавров в интервью телеканалу NBC News.', 'РФ вместе с Китаем и другими странами - членами ШОС'];

const fake = new FakeHypothesis();
let session: FirefoxSession;
let page: Page;
let panel: Page;

beforeAll(async () => {
  await fake.start();
  session = await launchFirefox({ tunnelTo: new URL(fake.base).host });
  session.serve([served(tass)]);
  ({ page, panel } = await openReadPage(session, tass.url));
});
afterAll(async () => {
  await session?.close();
  await fake.stop();
});

describe('sharing annotations through a Hypothesis group in Firefox', () => {
  it('sets up sync in the panel: the token and the group are checked by the server', async () => {
    await panel.click('details.sync-settings summary');
    // The field holds hypothes.is's address by default: replace it, as the reader would.
    await panel.click('#sverka-sync-base', { count: 3 });
    await panel.keyboard.press('Backspace');
    expect(await panel.$eval('#sverka-sync-base', (e) => (e as HTMLInputElement).value)).toBe('');
    await panel.type('#sverka-sync-base', fake.base);
    await panel.type('#sverka-sync-token', 'token-alice');
    await panel.click('details.sync-settings .sync-connect');
    await panel.waitForSelector('#sverka-sync-group option[value="desk1234"]', { timeout: 15_000 });
    await panel.select('#sverka-sync-group', 'desk1234');
    await panel.click('details.sync-settings input[type="checkbox"]');
    await panel.click('details.sync-settings .sync-save');
    await panel.waitForFunction(() => document.querySelector('details.sync-settings')?.textContent?.includes('Saved: annotations are shared with “Fact desk”.'), { timeout: 15_000, polling: 200 });
    expect(await text(panel, 'details.sync-settings .sync-status')).toContain('Sharing with “Fact desk” at 127.0.0.1:');
    // The token field is emptied and never filled back.
    expect(await panel.$eval('#sverka-sync-token', (e) => (e as HTMLInputElement).value)).toBe('');
    expect(fake.requests.filter((r) => r.path === '/api/groups').map((r) => r.headers.authorization)).toContain('Bearer token-alice');
  });

  it('an annotation is published to the group with its quote and position selectors', async () => {
    await selectText(page, QUOTE);
    await (await shadowButton(page, 'Annotate in Sverka')).click();
    await waitForSelectorGone(page, 'sverka-lookup');
    await panel.waitForSelector('form.ann-editor', { timeout: 10_000 });
    await panel.type('form.ann-editor textarea', 'Проверить по стенограмме NBC.');
    await panel.click('form.ann-editor button[type="submit"]');
    await panel.waitForFunction(() => [...document.querySelectorAll('.ann-item .ann-shared')].some((e) => e.textContent?.includes('Shared with the group: Fact desk')), { timeout: 20_000, polling: 200 });
    expect(fake.rows.size).toBe(1);
    const [row] = fake.rows.values();
    expect(row).toMatchObject({ uri: tass.url, group: 'desk1234', user: 'acct:alice@localhost', text: 'Проверить по стенограмме NBC.' });
    const selectors = (row.target[0] as { selector: { type: string; exact?: string }[] }).selector;
    expect(selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(selectors[0].exact).toBe(QUOTE);
    expect(fake.invalid).toEqual([]);
  });

  it('a colleague\'s annotation of the same page is drawn in the colleagues\' style and listed as theirs', async () => {
    const COLLEAGUE_QUOTE = 'По его словам, лидеры стран не должны разрабатывать планы каких-либо проектов.';
    fake.seed({
      uri: tass.url, user: 'acct:bob@localhost', group: 'desk1234', text: 'Сверить с видео интервью.', user_info: { display_name: 'Bob Example' },
      target: [{ source: tass.url, selector: [{ type: 'TextQuoteSelector', exact: COLLEAGUE_QUOTE, prefix: '', suffix: '' }] }],
    });
    await page.reload();
    await page.waitForFunction(() => (CSS.highlights.get('sverka-colleague')?.size ?? 0) === 1, { timeout: 20_000, polling: 200 });
    expect(await page.evaluate(() => (CSS.highlights.get('sverka-colleague')!.values().next().value as Range).toString())).toBe(COLLEAGUE_QUOTE);
    await panel.waitForSelector('.group-annotations .group-item', { timeout: 15_000 });
    expect(await text(panel, '.group-item .group-by')).toContain('by Bob Example');
    expect(await text(panel, '.group-item .group-quote')).toBe(COLLEAGUE_QUOTE);
    expect(await text(panel, '.group-item .ann-note')).toBe('Сверить с видео интервью.');
  });

  it('privacy: requests went only to the configured API, the token only in Authorization, no page text but the quote', () => {
    const api = new URL(fake.base).origin;
    expect(sverkaRequests(session).filter((u) => !u.startsWith(`${api}/`))).toEqual([]);
    expect(fake.requests.length).toBeGreaterThanOrEqual(2);
    for (const r of fake.requests) {
      expect(r.headers.authorization).toBe('Bearer token-alice');
      expect(r.path).not.toContain('token-alice');
      for (const s of NOT_SHARED) expect(JSON.stringify(r.body ?? '')).not.toContain(s);
    }
  });
});
