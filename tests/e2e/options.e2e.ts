// Issue 3 in the built extension: the database browser (timeline, statements,
// filters) and pack import through the options page's own form — a valid
// pack is listed and browsable, a broken one is rejected with a message and
// changes nothing, and an imported pack can be removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launch, screenshotPath, type Session } from './harness';
import type { Page } from 'playwright-core';

let session: Session;
let options: Page;

beforeAll(async () => {
  session = await launch();
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
});
afterAll(async () => {
  await session?.close();
});

/** The "Showing N of M statements" line: N is what the filters let through, M the whole database. */
const statementCount = async () => {
  const text = (await options.locator('.db-count').first().textContent()) ?? '';
  return Number(/Showing (\d+) of/.exec(text)?.[1] ?? -1);
};

const i18n = (s: string) => ({ ru: s, uk: s, en: s });
/** A fictional newsroom pack: its own event, speaker and statement, linked to nothing real. */
const VALID_PACK = {
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

describe('the database browser', () => {
  it('shows every event on the timeline and the bundled statements', async () => {
    await options.locator('article.db-claim').first().waitFor({ timeout: 30_000 });
    await expect(options.locator('#timeline').textContent()).resolves.toContain('2021');
    await expect(options.locator('.db-count').first().textContent()).resolves.toMatch(/of (\d{3,}) statements/);
    const total = Number(/of (\d+) statements/.exec((await options.locator('.db-count').first().textContent())!)![1]);
    expect(total).toBeGreaterThanOrEqual(150);
    expect(await statementCount()).toBeGreaterThan(0);
    await options.screenshot({ path: screenshotPath('options-browser'), fullPage: false });
  });

  it('filters by event and by speaker', async () => {
    const all = await statementCount();
    const event = options.locator('.db-filters select').nth(0);
    const geneva = await event.locator('option', { hasText: 'Geneva' }).first().getAttribute('value');
    await event.selectOption(geneva!);
    const byEvent = await statementCount();
    expect(byEvent).toBeGreaterThan(0);
    expect(byEvent).toBeLessThan(all);
    const speaker = options.locator('.db-filters select').nth(1);
    await speaker.selectOption('vladimir-putin');
    const both = await statementCount();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThanOrEqual(byEvent);
    for (const text of await options.locator('article.db-claim .speaker, article.db-claim header').allTextContents()) expect(text).toContain('Putin');
    await options.getByRole('button', { name: /clear/i }).click();
    expect(await statementCount()).toBe(all);
  });
});

describe('importing claim packs through the form', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-packs-'));
  const importFile = async (path: string) => {
    await options.locator('#db-pack-file').setInputFiles(path);
    await options.locator('form.db-import button[type="submit"]').click();
  };

  it('rejects a broken pack with a message naming the record and field, and changes nothing', async () => {
    const before = await statementCount();
    const broken = join(dir, 'broken-pack.json');
    writeFileSync(broken, JSON.stringify({ sverkaPack: 1, id: 'broken-pack', name: 'Broken', claims: [{ id: 'x-1', speaker: 'vladimir-putin' }] }));
    await importFile(broken);
    const errors = options.locator('.db-import-errors');
    await errors.waitFor({ timeout: 15_000 });
    await expect(errors.textContent()).resolves.toMatch(/claims\[0\]/);
    expect(await statementCount()).toBe(before);
  });

  it('imports a valid pack, lists it, shows its statements, and removes it', async () => {
    const before = await statementCount();
    const valid = join(dir, 'newsroom-pack.json');
    writeFileSync(valid, JSON.stringify(VALID_PACK));
    await importFile(valid);
    await options.locator('[data-pack-id="example-newsroom-notes"]').waitFor({ timeout: 15_000 });
    await expect.poll(statementCount, { timeout: 10_000 }).toBeGreaterThan(before);
    await options.screenshot({ path: screenshotPath('options-import'), fullPage: false });

    await options.locator('[data-pack-id="example-newsroom-notes"] .db-remove').click();
    await options.locator('[data-pack-id="example-newsroom-notes"] .db-confirm button').first().click();
    await expect.poll(statementCount, { timeout: 10_000 }).toBe(before);
  });
});
