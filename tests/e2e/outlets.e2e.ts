// Issue 10, end to end: pages of outlets new to the registry, served at their
// real URLs, get the content script by themselves and the panel names the outlet
// with its ownership and the source of that fact; BBC outside its Russian and
// Ukrainian sections is not read. A short brief (test data built from bundled
// claims' wording) at an interfax.ru URL qualifies on headline + one sentence:
// its headline is highlighted on the page and its statement is in the panel.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, openTab, ROOT, screenshotPath, type Session } from './harness';
import { finalState, waitForHighlights } from './reading-helpers';
import { outletForUrl } from '../../lib/outlets';

// An article page of invented text about no one, marked as test data in its own words.
const testArticle = (lang: 'ru' | 'uk', title: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-05T10:00:00+02:00"></head>
<body><main><article><h1>${title}</h1>${Array.from({ length: 6 }, (_, i) =>
  lang === 'ru'
    ? `<p>Тестовые данные, абзац ${i + 1}: эта страница создана для автоматической проверки расширения и не является публикацией издания. Она описывает вымышленную ярмарку в вымышленном городке, где жители обсуждают погоду, урожай и расписание автобусов.</p>`
    : `<p>Тестові дані, абзац ${i + 1}: цю сторінку створено для автоматичної перевірки розширення, вона не є публікацією видання. Вона описує вигаданий ярмарок у вигаданому містечку, де мешканці обговорюють погоду, урожай і розклад автобусів.</p>`,
).join('')}</article></main></body></html>`;

const NEW_OUTLETS = [
  { url: 'https://meduza.io/feature/2024/03/05/__sverka-test', lang: 'ru', id: 'meduza' },
  { url: 'https://www.bbc.com/russian/articles/__sverka-test', lang: 'ru', id: 'bbc-russian' },
  { url: 'https://www.dw.com/uk/__sverka-test/a-1', lang: 'uk', id: 'dw' },
  { url: 'https://suspilne.media/__sverka-test/', lang: 'uk', id: 'suspilne' },
  { url: 'https://zona.media/news/2024/03/05/__sverka-test', lang: 'ru', id: 'mediazona' },
] as const;
const BBC_NEWS = 'https://www.bbc.com/news/__sverka-test';
const BRIEF = { url: 'https://www.interfax.ru/world/__sverka-test-brief', body: readFileSync(join(ROOT, 'tests/fixtures/outlets/interfax-brief.html')) };
const BRIEF_HEADLINE = 'Путин и Байден пообщались на тему киберпреступлений';

let session: Session;
beforeAll(async () => {
  session = await launch();
  session.serve([
    ...NEW_OUTLETS.map((o) => ({ url: o.url, body: testArticle(o.lang, o.lang === 'ru' ? 'Тестовая страница: ярмарка в вымышленном городке' : 'Тестова сторінка: ярмарок у вигаданому містечку') })),
    { url: BBC_NEWS, body: testArticle('ru', 'Тестовая страница вне Русской службы') },
    BRIEF,
  ]);
});
afterAll(async () => {
  await session?.close();
});

describe.each(NEW_OUTLETS)('a page of $id at its real URL', (o) => {
  it('is read by itself and the panel shows the outlet, its ownership and the source', async () => {
    const outlet = outletForUrl(o.url)!;
    expect(outlet.id).toBe(o.id);
    const { tabId } = await openTab(session, o.url);
    // The content script ran: the background got the page and reached a verdict without any click.
    const state = await finalState(session, tabId);
    expect(state.outletId).toBe(o.id);
    const panel = await openPanel(session, tabId);
    await expect(panel.locator('.outlet-name').textContent()).resolves.toBe(outlet.name.en);
    await expect(panel.locator('.ownership').textContent()).resolves.toContain(outlet.ownership!.text.en);
    await expect(panel.locator('.ownership-source a').getAttribute('href')).resolves.toBe(outlet.ownership!.source.url);
    await panel.close();
  });
});

describe('BBC outside its Russian and Ukrainian sections', () => {
  it('gets no content script: the panel calls it an unknown site', async () => {
    const { page, tabId } = await openTab(session, BBC_NEWS);
    await page.waitForTimeout(1_500);
    const panel = await openPanel(session, tabId);
    await panel.locator('.tab[data-status="unknown-site"]').waitFor();
    await panel.close();
  });
});

describe('a short brief (headline + one sentence of the same event)', () => {
  it('qualifies, highlights its headline on the page and lists the statement in the panel', async () => {
    const { page, tabId } = await openTab(session, BRIEF.url);
    const state = await finalState(session, tabId);
    expect(state.status).toBe('done');
    expect(state.findings?.onTopic).toBe(true);
    expect(state.findings?.events).toContain('2021-06-geneva-summit');
    // Two highlights: the headline and the sentence; the headline's range is the <h1>.
    await waitForHighlights(page, 'sverka-source', 2);
    const inH1 = await page.evaluate(() => [...(CSS.highlights.get('sverka-source') ?? [])].some((r) => (r as Range).commonAncestorContainer === document.querySelector('h1') || document.querySelector('h1')!.contains((r as Range).commonAncestorContainer)));
    expect(inH1).toBe(true);
    const panel = await openPanel(session, tabId);
    await panel.locator('.tab[data-status="done"]').waitFor({ timeout: 30_000 });
    const headlineGroup = panel.locator('.group.headline');
    await expect(headlineGroup.textContent()).resolves.toContain(BRIEF_HEADLINE);
    await expect(panel.locator('.group').count()).resolves.toBe(2);
    await page.screenshot({ path: screenshotPath('outlets-brief-page') });
    await panel.screenshot({ path: screenshotPath('outlets-brief-panel') });
  });
});
