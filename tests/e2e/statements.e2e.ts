// "Add as a statement" in the built extension (issue 12 item 1): on a page,
// the reader looks up a sentence, adds it as a statement with a new speaker, a
// new event and a relation to a statement on record; the form names missing
// fields and puts the keyboard on the first; the saved statement is matched on
// the next page at once; in the options page it is listed, edited (a paraphrase
// marked as one) and removed, after which pages no longer match it.
// The page and the people are fictional (tests/fixtures/packs/team-article.html).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPanel, ROOT, screenshotPath, type Session } from './harness';
import { finalState, openFixture } from './reading-helpers';
import type { Page } from 'playwright-core';

const ARTICLE = 'https://www.reuters.com/world/example-agencies-quiet-year-2026-02-02/';
const SENTENCE = 'The example agencies exchanged no requests for legal assistance during the whole of last year';
let session: Session;
let panel: Page;
let claimId: string;

beforeAll(async () => {
  session = await launch();
  const body = readFileSync(join(ROOT, 'tests/fixtures/packs/team-article.html'));
  session.serve(['', '?2', '?3', '?4'].map((q) => ({ url: `${ARTICLE}${q}`, body })));
}, 60_000);
afterAll(async () => {
  await session?.close();
});

const claimsOn = async (url: string) => {
  const { tabId } = await openFixture(session, url);
  const state = await finalState(session, tabId);
  expect(state.status).toBe('done');
  return (state.findings?.matches ?? []).flatMap((m) => m.claims.map((c) => c.claimId));
};

describe('add as a statement', () => {
  it('from a lookup in the panel: the form checks, then saves into My statements', async () => {
    expect((await claimsOn(ARTICLE)).filter((id) => id.startsWith('my-'))).toEqual([]);
    const { tabId } = await openFixture(session, ARTICLE);
    panel = await openPanel(session, tabId);
    await panel.getByLabel('Look up a quote', { exact: false }).first().fill(SENTENCE);
    await panel.getByRole('button', { name: 'Look up', exact: true }).click();
    await panel.getByRole('button', { name: 'Add as a statement' }).first().click();
    const form = panel.locator('form.st-form');
    await form.waitFor({ timeout: 20_000 });
    await expect(form.locator('.st-quote').textContent()).resolves.toBe(SENTENCE);
    // From the page: the article's date and the source.
    await expect(form.getByLabel('Date of the statement').inputValue()).resolves.toBe('2026-02-02');
    await expect(form.getByLabel('Outlet').inputValue()).resolves.toBe('reuters');
    await expect(form.getByLabel('Title', { exact: true }).inputValue()).resolves.toMatch(/^Example agencies report a quiet year for requests/);
    await expect(form.getByLabel('Address').inputValue()).resolves.toBe(ARTICLE);

    await form.getByLabel('Add a new speaker').check();
    await form.getByRole('button', { name: 'Save statement' }).click();
    await form.getByRole('alert').filter({ hasText: 'Please correct the marked fields.' }).waitFor();
    await expect(panel.evaluate(() => document.activeElement?.id)).resolves.toBe('st-name-ru');

    await panel.keyboard.type('Пример Аналитик');
    await form.getByLabel('Name in Ukrainian').fill('Приклад Аналітик');
    await form.getByLabel('Name in English').fill('Example Analyst');
    await form.getByLabel('Role in English').fill('fictional analyst');
    await form.getByLabel('Event', { exact: true }).selectOption({ label: 'A new event…' });
    await form.getByLabel('Title of the new event').fill('Example working group review');
    await form.getByRole('button', { name: 'Add a relation' }).click();
    const to = form.getByLabel('Statement', { exact: true });
    const firstClaim = await to.locator('option').nth(1).getAttribute('value');
    await to.selectOption(firstClaim!);
    await form.getByLabel('Why, in one line').fill('Counts requests where the fictional analyst says there were none.');
    await form.getByRole('button', { name: 'Save statement' }).click();
    await panel.getByText('Saved to “My statements”. Sverka matches it from the next page on.').waitFor({ timeout: 20_000 });
    await panel.screenshot({ path: screenshotPath('statement-saved') });
  });

  it('is matched on the next page at once', async () => {
    const ids = await claimsOn(`${ARTICLE}?2`);
    claimId = ids.find((id) => id.startsWith('my-2026-02-02-'))!;
    expect(claimId).toBeTruthy();
  });

  it('is listed, edited and removed in the options page', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const item = options.locator(`li[data-my-claim="${claimId}"]`);
    await item.waitFor({ timeout: 20_000 });
    await expect(item.locator('blockquote').textContent()).resolves.toBe(SENTENCE);
    await expect(item.textContent()).resolves.toContain('Example Analyst');
    await options.locator('#packs tr[data-pack-id="my-statements"]').waitFor();

    await item.getByRole('button', { name: /^Edit “/ }).click();
    await item.getByLabel('a paraphrase by the source').check();
    await item.getByRole('button', { name: 'Save statement' }).click();
    await item.getByText('Saved to “My statements”.', { exact: false }).waitFor();
    await item.getByRole('button', { name: 'Close' }).click();
    await options.locator(`li[data-my-claim="${claimId}"] em`, { hasText: 'paraphrase' }).waitFor();

    await options.locator(`li[data-my-claim="${claimId}"]`).getByRole('button', { name: /^Remove “/ }).click();
    await options.getByRole('button', { name: 'Yes, remove' }).click();
    await options.getByText('None yet.', { exact: false }).waitFor();
    expect(await claimsOn(`${ARTICLE}?3`)).not.toContain(claimId);
  });
});
