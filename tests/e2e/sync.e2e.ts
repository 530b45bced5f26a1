// Issue 12, items 4–6, end to end in Chromium with the built extension and the
// fake Hypothesis API (tests/fixtures/hypothesis/fake-api.ts) on 127.0.0.1:
// two browser profiles, A and B, both set up group sync through the panel's
// own settings form. A annotates a sentence of the TASS seed page and it is
// published (quote + position selectors, note, tags, stance); B opens the same
// page and sees A's annotation highlighted in the colleagues' style and listed
// in the panel; A deletes it, B reloads and it is gone. Meanwhile every
// request is recorded: those to the API come only from the service worker,
// go only to the configured origin, carry only annotation data (no page text
// beyond the quote and its short prefix/suffix) and the token only in the
// Authorization header; nothing else leaves either browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, screenshotPath, type Session } from './harness';
import { seedPages, served } from './pages';
import { finalState, highlightSize, openFixture } from './reading-helpers';
import { FakeHypothesis } from '../fixtures/hypothesis/fake-api';
import { probeExtensionWorkers, type WorkerProbe } from '../fixtures/hostile/browser-probes';
import type { Page, Request } from 'playwright-core';

const tass = seedPages().find((p) => p.file.startsWith('tass-2017'))!;
const QUOTE = 'Отвечая на вопрос о процессе создания российско-американской рабочей группы по кибербезопасности, глава российского дипломатического ведомства отметил, что с деталями этой темы лучше знакомы эксперты.';
/** Sentences of the same article that were not shared: none may appear in any request. */
const NOT_SHARED = [
  'По его словам, лидеры стран не должны разрабатывать планы каких-либо проектов.',
  'Об этом заявил министр иностранных дел РФ Сергей Лавров в интервью телеканалу NBC News.',
  'Президент США Дональд Трамп на встрече с российским лидером Владимиром Путиным',
  'РФ вместе с Китаем и другими странами - членами ШОС',
];

interface Browser {
  session: Session;
  probe: WorkerProbe;
  page: Page;
  panel: Page;
  tabId: number;
  /** Every request any context of this browser made, with who made it. */
  requests: { url: string; from: 'worker' | 'extension-page' | 'page'; method: string; body: string | null }[];
}

const fake = new FakeHypothesis();
let origin: string;
let a: Browser;
let b: Browser;

async function start(): Promise<Browser> {
  const session = await launch({ grantOrigins: ['http://127.0.0.1/*'] });
  session.allow(origin);
  session.serve([served(tass)]);
  const probe = await probeExtensionWorkers(session);
  const requests: Browser['requests'] = [];
  session.context.on('request', (r: Request) => {
    let frameUrl = '';
    try {
      frameUrl = r.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    const from = r.serviceWorker() ? 'worker' : frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'page';
    if (!r.url().startsWith('chrome-extension://')) requests.push({ url: r.url(), from, method: r.method(), body: r.postData() });
  });
  const { page, tabId } = await openFixture(session, tass.url);
  expect((await finalState(session, tabId)).status).toBe('done');
  const panel = await openPanel(session, tabId);
  await panel.locator('.tab[data-status="done"]').waitFor({ timeout: 30_000 });
  return { session, probe, page, panel, tabId, requests };
}

/** The reader's steps in the panel's sync settings. */
async function setUpSync(x: Browser, token: string): Promise<void> {
  const form = x.panel.locator('details.sync-settings');
  await form.locator('summary').click();
  await form.getByLabel('Hypothesis API address').fill(fake.base);
  await form.getByLabel('Developer token').fill(token);
  await form.getByRole('button', { name: 'Connect and list my groups' }).click();
  await form.getByLabel('Group').selectOption('desk1234');
  await form.getByLabel('Publish every new or edited annotation automatically').check();
  await form.getByRole('button', { name: 'Save and turn on' }).click();
  await form.getByText('Saved: annotations are shared with “Fact desk”.').waitFor({ timeout: 10_000 });
  await form.locator('.sync-status').getByText('Sharing with “Fact desk” at 127.0.0.1:', { exact: false }).waitFor();
  // The token field is emptied and never filled back.
  expect(await form.getByLabel('Developer token').inputValue()).toBe('');
}

async function select(page: Page, needle: string): Promise<void> {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !node.textContent!.includes(text));
    if (!node) throw new Error(`not on the page: ${text}`);
    const at = node.textContent!.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, needle);
}

beforeAll(async () => {
  await fake.start();
  origin = new URL(fake.base).origin;
  a = await start();
  b = await start();
});
afterAll(async () => {
  await a?.probe.stop();
  await b?.probe.stop();
  await a?.session.close();
  await b?.session.close();
  await fake.stop();
});

describe('two readers share annotations through a Hypothesis group', () => {
  it('A and B set up sync in the panel (token and group checked by the server)', async () => {
    await setUpSync(a, 'token-alice');
    await setUpSync(b, 'token-bob');
    expect(fake.requests.filter((r) => r.path === '/api/groups').map((r) => r.headers.authorization)).toEqual(
      expect.arrayContaining(['Bearer token-alice', 'Bearer token-bob']),
    );
  });

  it('A annotates a sentence; it is published to the group with quote and position selectors', async () => {
    await select(a.page, QUOTE);
    await a.page.getByRole('button', { name: 'Annotate in Sverka' }).click();
    const editor = a.panel.locator('form.ann-editor');
    await editor.waitFor({ timeout: 10_000 });
    await editor.getByLabel('Note').fill('Проверить по стенограмме NBC.');
    await editor.getByLabel('Tags').fill('Лавров');
    await editor.getByLabel('Context').check();
    await editor.getByRole('button', { name: 'Save' }).click();
    await a.panel.locator('.ann-item .ann-shared').getByText('Shared with the group: Fact desk').waitFor({ timeout: 15_000 });
    expect(fake.rows.size).toBe(1);
    const [row] = fake.rows.values();
    expect(row).toMatchObject({ uri: tass.url, group: 'desk1234', user: 'acct:alice@localhost', text: 'Проверить по стенограмме NBC.', tags: ['Лавров', 'sverka:stance:context', expect.stringMatching(/^sverka:local:[0-9a-f-]{36}$/)] });
    const selectors = (row.target[0] as { source: string; selector: { type: string; exact?: string }[] }).selector;
    expect(selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(selectors[0].exact).toBe(QUOTE);
    expect(fake.invalid).toEqual([]);
  });

  it('B opens the same page: A\'s annotation is highlighted in the colleagues\' style and listed as theirs', async () => {
    await b.page.reload();
    await finalState(b.session, b.tabId);
    await b.page.waitForFunction(() => (CSS.highlights.get('sverka-colleague')?.size ?? 0) === 1, null, { timeout: 20_000 });
    expect(await b.page.evaluate(() => (CSS.highlights.get('sverka-colleague')!.values().next().value as Range).toString())).toBe(QUOTE);
    expect(await highlightSize(b.page, 'sverka-annotation')).toBe(0); // Not B's own.
    const item = b.panel.locator('.group-annotations .group-item');
    await item.waitFor({ timeout: 10_000 });
    expect(await item.locator('.group-by').textContent()).toContain('by Alice Example');
    expect(await item.locator('.group-quote').textContent()).toBe(QUOTE);
    expect(await item.locator('.ann-note').textContent()).toBe('Проверить по стенограмме NBC.');
    expect(await item.locator('.ann-tags li').allTextContents()).toEqual(['Лавров']);
    await b.page.locator('body').evaluate((el) => el.querySelector('h1')?.scrollIntoView());
    await b.page.screenshot({ path: screenshotPath('sync-colleague-highlight') });
    await b.panel.locator('.group-annotations').screenshot({ path: screenshotPath('sync-colleague-panel') });
  });

  it('a colleague\'s quote the page does not have is listed in B\'s panel as "Not found on this page", not dropped', async () => {
    const missing = fake.seed({
      uri: tass.url, user: 'acct:alice@localhost', group: 'desk1234', text: 'Из старой версии статьи.', user_info: { display_name: 'Alice Example' },
      target: [{ source: tass.url, selector: [{ type: 'TextQuoteSelector', exact: 'Этой фразы в статье нет и не было (тестовые данные).', prefix: '', suffix: '' }] }],
    });
    await b.page.reload();
    await finalState(b.session, b.tabId);
    const item = b.panel.locator(`.group-item[data-group-annotation-id="${missing.id}"]`);
    await item.locator('.group-not-found').getByText('Not found on this page').waitFor({ timeout: 20_000 });
    expect(await item.getAttribute('data-anchor')).toBe('orphan');
    expect(await item.locator('.group-quote').textContent()).toBe('Этой фразы в статье нет и не было (тестовые данные).');
    // The one that is on the page is still drawn, and not marked.
    expect(await highlightSize(b.page, 'sverka-colleague')).toBe(1);
    expect(await b.panel.locator('.group-item .group-not-found').count()).toBe(1);
    fake.rows.delete(missing.id);
  });

  it('A deletes it; after a refresh B sees it gone (page and panel)', async () => {
    // A's own annotation: A's panel may by now also list the group's copy of the previous test's seeded one (.group-item).
    const own = a.panel.locator('.ann-item[data-annotation-id]');
    const item = own.first();
    await item.getByRole('button', { name: /^Delete the annotation/ }).click();
    await item.getByRole('button', { name: 'Yes, delete' }).click();
    await own.waitFor({ state: 'detached', timeout: 10_000 });
    await expect.poll(() => fake.rows.size, { timeout: 15_000 }).toBe(0);
    await b.page.reload();
    await finalState(b.session, b.tabId);
    await b.panel.locator('.group-annotations').getByText('Nobody in the group has annotated this page yet.').waitFor({ timeout: 15_000 });
    await b.page.waitForFunction(() => (CSS.highlights.get('sverka-colleague')?.size ?? 0) === 0, null, { timeout: 10_000 });
  });

  it('privacy: requests went only to the configured API, from the worker only, with annotation data only', () => {
    for (const x of [a, b]) {
      const outside = x.requests.filter((r) => !r.url.startsWith(`${origin}/`) && !(r.from === 'page' && r.url.split('#')[0] === tass.url));
      // The page's own subresources (blocked by the harness) are the page's, with or without Sverka: see privacy.e2e.ts.
      expect(outside.filter((r) => r.from !== 'page'), 'requests from the extension to anywhere else').toEqual([]);
      const api = x.requests.filter((r) => r.url.startsWith(`${origin}/`));
      expect(api.length).toBeGreaterThan(0);
      expect(api.filter((r) => r.from !== 'worker'), 'API requests not made by the service worker').toEqual([]);
      expect(x.probe.requests.every((u) => u.startsWith(`${origin}/`)), x.probe.requests.join('\n')).toBe(true);
    }
    const allowedPaths = /^\/api\/(groups|search|annotations(\/[A-Za-z0-9_-]+)?)$/;
    for (const r of fake.requests) {
      expect(r.path).toMatch(allowedPaths);
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
      expect(['Bearer token-alice', 'Bearer token-bob']).toContain(r.headers.authorization);
      const sent = JSON.stringify({ q: r.query, b: r.body ?? null });
      expect(sent).not.toMatch(/token-(alice|bob)/);
      for (const sentence of NOT_SHARED) expect(sent, `${r.method} ${r.path}`).not.toContain(sentence);
      if (r.method === 'POST') expect(Object.keys(r.body as object).sort()).toEqual(['document', 'group', 'permissions', 'tags', 'target', 'text', 'uri']);
      if (r.method === 'GET' && r.path === '/api/search') expect(Object.keys(r.query).sort()).toEqual(['group', 'limit', 'order', 'sort', 'uri']);
    }
    expect(fake.invalid).toEqual([]);
  });
});
