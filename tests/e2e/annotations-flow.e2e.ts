// Issue 6 as a reader meets it, end to end in Chromium with the built
// extension: select a sentence on the TASS seed page → "Annotate in Sverka"
// (the page's shadow-root button) → the panel's editor with the quote → note,
// tag, stance → saved and listed; the page draws it as the third highlight.
// Then the same URL serves the page again (re-anchored exactly), an edited
// version (a sentence inserted before, punctuation changed inside: found
// approximately) and a version without the sentence (an orphan, shown with its
// quote). Exports come from the panel's own buttons as real downloads; a
// statement card is annotated too; a highlight clicked with no panel open
// focuses its card when the panel opens. Screenshots and sample exports go to
// artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ARTIFACTS, launch, openPanel, ROOT, screenshotPath, type Session } from './harness';
import { seedPages, served } from './pages';
import { finalState, highlightSize, openFixture } from './reading-helpers';
import { marksFromFindings } from '../../lib/page/marks';
import type { Page } from 'playwright-core';

const tass = seedPages().find((p) => p.file.startsWith('tass-2017'))!;
const original = (served(tass).body as Buffer).toString('utf8');
const SENTENCE = 'Отвечая на вопрос о процессе создания российско-американской рабочей группы по кибербезопасности, глава российского дипломатического ведомства отметил, что с деталями этой темы лучше знакомы эксперты.';
/** The outlet edits the article later: a sentence inserted before ours, a comma inside it turned into a dash. */
const EDITED = original.replace(
  SENTENCE,
  'Позднее редакция дополнила материал этим уточнением. ' + SENTENCE.replace('кибербезопасности, глава', 'кибербезопасности — глава'),
);
/** …and later still removes our sentence altogether. */
const REMOVED = original.replace(SENTENCE, '');
const EXPORTS = join(ARTIFACTS, 'exports');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let session: Session;
let page: Page;
let panel: Page;
let tabId: number;

const serveVersion = (html: string) => session.serve([{ url: tass.url, body: html }]);
const annotationHighlights = (p: Page = page) => highlightSize(p, 'sverka-annotation');
const waitForAnnotationHighlights = (n: number) =>
  page.waitForFunction((want) => (CSS.highlights.get('sverka-annotation')?.size ?? 0) === want, n, { timeout: 20_000 });

/** Selects `needle` in the page (inside one text node) and scrolls it into view. */
async function select(needle: string): Promise<void> {
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
    node.parentElement!.scrollIntoView({ block: 'center' });
  }, needle);
}

/** A panel-sized screenshot with `selector` at the top (the whole panel is many screens long). */
async function shootPanel(name: string, selector: string): Promise<void> {
  await panel.evaluate((sel) => document.querySelector(sel)!.scrollIntoView({ block: 'start' }), selector);
  await panel.screenshot({ path: screenshotPath(name) });
}

/** axe-core's serious and critical violations inside `selector` of the panel, as "id: help (n)". */
async function seriousAxeViolations(selector: string): Promise<string[]> {
  await panel.evaluate(AXE);
  return panel.evaluate(async (sel) => {
    type Violation = { id: string; impact: string | null; help: string; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run({ include: [sel] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  }, selector);
}

/** Reloads the tab and waits for Sverka's new verdict on it. */
async function reloadPage(): Promise<void> {
  await page.reload();
  const state = await finalState(session, tabId);
  expect(state.status).toBe('done');
}

beforeAll(async () => {
  session = await launch();
  session.serve(seedPages().map(served));
  ({ page, tabId } = await openFixture(session, tass.url));
  expect((await finalState(session, tabId)).status).toBe('done');
  panel = await openPanel(session, tabId);
  await panel.locator('.tab[data-status="done"]').waitFor({ timeout: 30_000 });
  mkdirSync(EXPORTS, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

describe('annotating a page and finding the quote again', () => {
  it('selection → "Annotate in Sverka" → the panel opens the editor on the quote → saved and listed', async () => {
    expect(await panel.locator('.annotations').getByText('No annotations yet', { exact: false }).count()).toBe(1);
    await select(SENTENCE);
    const annotate = page.getByRole('button', { name: 'Annotate in Sverka' });
    await annotate.waitFor({ timeout: 5_000 });
    // Next to the lookup button, in the same shadow root.
    expect(await page.locator('sverka-lookup').getByRole('button').allTextContents()).toEqual(['⇄Look up in Sverka', '✎Annotate in Sverka']);
    await page.screenshot({ path: screenshotPath('annotations-page-buttons') });
    await annotate.click();
    await page.locator('sverka-lookup').waitFor({ state: 'detached', timeout: 5_000 });

    const editor = panel.locator('form.ann-editor');
    await editor.waitFor({ timeout: 10_000 });
    expect(await editor.locator('.ann-quote').textContent()).toBe(SENTENCE);
    // The note field has the focus, so the reader can type at once.
    expect(await panel.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await panel.keyboard.type('Сверить со стенограммой интервью NBC.');
    await editor.getByLabel('Tags').fill('Лавров, рабочая группа');
    await editor.getByLabel('Context').check();
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached', timeout: 10_000 });

    const item = panel.locator('.ann-item');
    await item.waitFor({ timeout: 10_000 });
    expect(await item.count()).toBe(1);
    expect(await item.locator('.ann-quote').textContent()).toBe(SENTENCE);
    expect(await item.locator('.ann-note').textContent()).toBe('Сверить со стенограммой интервью NBC.');
    expect(await item.locator('.ann-tags li').allTextContents()).toEqual(['Лавров', 'рабочая группа']);
    expect(await item.locator('.ann-stance-badge').textContent()).toContain('Context');
    // The draft is gone from session storage once saved.
    const worker = await session.worker();
    expect(await worker.evaluate((k) => chrome.storage.session.get(k), `annotationDraft:${tabId}`)).toEqual({});
    // The save reached the page too: the quote is drawn as Sverka's third highlight.
    await waitForAnnotationHighlights(1);
    expect(await page.evaluate(() => (CSS.highlights.get('sverka-annotation')!.values().next().value as Range).toString())).toBe(SENTENCE);
  });

  it('after a reload the quote is found again exactly', async () => {
    await reloadPage();
    await waitForAnnotationHighlights(1);
    await panel.locator('.ann-item[data-anchor="exact"]').waitFor({ timeout: 10_000 });
  });

  it('a statement card has an "Annotate" button that opens the editor on its sentence with the statement linked', async () => {
    const group = panel.locator('.group').first();
    const sentence = (await group.locator('.page-sentence').textContent())!;
    const card = group.locator('.card').first();
    const claimId = (await card.getAttribute('data-claim-id'))!;
    await card.getByRole('button', { name: /^Annotate the statement of / }).click();
    const editor = panel.locator('form.ann-editor');
    await editor.waitFor({ timeout: 5_000 });
    expect(await editor.locator('.ann-quote').textContent()).toBe(sentence);
    expect(await editor.locator(`input[type="checkbox"][value="${claimId}"]`).isChecked()).toBe(true);
    await editor.getByLabel('Note').fill('Это высказывание уже есть в базе.');
    await editor.getByLabel('Supports').check();
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached', timeout: 10_000 });
    await panel.waitForFunction(() => document.querySelectorAll('.ann-item').length === 2, undefined, { timeout: 10_000 });
    const item = panel.locator('.ann-item', { hasText: 'Это высказывание уже есть в базе.' });
    expect(await item.locator('.ann-linked li').count()).toBe(1);
    // Saved without page positions, it is found on the page by its quote.
    await waitForAnnotationHighlights(2);
    await panel.locator('.ann-item[data-anchor="exact"]').nth(1).waitFor({ timeout: 10_000 });
    await shootPanel('annotations-panel', '#annotations-h');
    await page.screenshot({ path: screenshotPath('annotations-page-highlights') });
  });

  it('on an edited page (a sentence added before, punctuation changed inside) the quote is found approximately', async () => {
    expect(EDITED).not.toBe(original);
    serveVersion(EDITED);
    await reloadPage();
    await waitForAnnotationHighlights(2);
    const item = panel.locator('.ann-item', { hasText: 'Сверить со стенограммой' });
    await panel.waitForFunction(() => document.querySelector('.ann-item[data-anchor="approximate"]') !== null, undefined, { timeout: 10_000 });
    expect(await item.getAttribute('data-anchor')).toBe('approximate');
    expect(await item.getByText('Found on a changed page').count()).toBe(1);
    // What is drawn is the edited sentence as the page now has it.
    const drawn = await page.evaluate(() => [...CSS.highlights.get('sverka-annotation')!].map((r) => (r as Range).toString()));
    expect(drawn.some((t) => t.includes('кибербезопасности — глава'))).toBe(true);
    await shootPanel('annotations-panel-approximate', '.ann-item[data-anchor="approximate"]');
  });

  it('when the sentence is gone the annotation is an orphan, listed first with its quote', async () => {
    expect(REMOVED.includes(SENTENCE)).toBe(false);
    serveVersion(REMOVED);
    await reloadPage();
    await waitForAnnotationHighlights(1);
    await panel.waitForFunction(() => document.querySelector('.ann-item[data-anchor="orphan"]') !== null, undefined, { timeout: 10_000 });
    const first = panel.locator('.ann-item').first();
    expect(await first.getAttribute('data-anchor')).toBe('orphan');
    expect(await first.locator('.ann-quote').textContent()).toBe(SENTENCE);
    expect(await first.getByRole('note').textContent()).toContain('Could not be found on the page');
    await shootPanel('annotations-panel-orphan', '.ann-list');
  });

  it('the annotations section, list and editor, has no serious or critical axe violations', async () => {
    expect(await seriousAxeViolations('.annotations')).toEqual([]);
    await panel.locator('.ann-item').first().getByRole('button', { name: /^Edit the annotation on / }).click();
    await panel.locator('.ann-item form.ann-editor').waitFor();
    expect(await seriousAxeViolations('.annotations')).toEqual([]);
    await panel.keyboard.press('Escape');
    await panel.locator('.ann-item form.ann-editor').waitFor({ state: 'detached' });
    // Focus returns to the item's Edit button.
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('ann-edit'))).toBe(true);
  });
});

describe('exports from the panel', () => {
  async function download(format: 'jsonld' | 'csv' | 'md' | 'report'): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([panel.waitForEvent('download', { timeout: 15_000 }), panel.locator(`.ann-export button[data-format="${format}"]`).click()]);
    const name = file.suggestedFilename();
    // Stable names, so a rerun replaces the samples instead of adding dated copies.
    const path = join(EXPORTS, format === 'report' ? 'findings-report.md' : `annotations${extname(name)}`);
    await file.saveAs(path);
    return { name, text: readFileSync(path, 'utf8') };
  }

  it('JSON-LD (W3C Web Annotation) parses and holds both annotations with their quotes', async () => {
    const { name, text } = await download('jsonld');
    expect(name).toMatch(/\.jsonld$/);
    const collection = JSON.parse(text);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    const quotes = JSON.stringify(collection.first.items);
    expect(quotes).toContain(SENTENCE);
    expect(quotes).toContain('Сверить со стенограммой интервью NBC.');
  });

  it('CSV starts with the byte-order mark (Excel reads it as UTF-8)', async () => {
    const { name, text } = await download('csv');
    expect(name).toMatch(/\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('рабочая группа');
  });

  it('Markdown quotes the annotated sentence', async () => {
    const { text } = await download('md');
    expect(text).toContain(SENTENCE);
  });

  it('the findings report lists the possible contradictions', async () => {
    const { text } = await download('report');
    expect(text).toMatch(/Possible contradictions: [1-9]/);
  });
});

/** Chrome's real side panel: the page target at sidepanel.html (not a page Playwright drives), if open. */
async function sidePanelTarget(cdp: Awaited<ReturnType<Session['browserCdp']>>): Promise<{ targetId: string } | undefined> {
  const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as unknown as { targetInfos: { targetId: string; type: string; url: string }[] };
  return targetInfos.find((t) => t.type === 'page' && t.url === `chrome-extension://${session.extensionId}/sidepanel.html`);
}

/**
 * Evaluates `expression` in Chrome's side panel (sidepanel.html opened by chrome.sidePanel.open), which Playwright
 * does not list among its pages: through the DevTools protocol's target messages.
 */
async function sidePanelEval(expression: string): Promise<unknown> {
  const cdp = await session.browserCdp();
  try {
    const target = await sidePanelTarget(cdp);
    if (!target) return undefined;
    const { sessionId } = (await cdp.send('Target.attachToTarget' as never, { targetId: target.targetId, flatten: false } as never)) as unknown as { sessionId: string };
    // No answer comes when the expression closes the panel (window.close()) or the panel goes away while it
    // runs: then the detach event ends the wait, and a panel that never answers gives undefined after 10 s
    // (callers poll), instead of hanging the test until its own timeout.
    const reply = new Promise<{ result?: { result?: { value?: unknown } } }>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget' as never, ((e: { sessionId: string; message: string }) => {
        const message = JSON.parse(e.message);
        if (e.sessionId === sessionId && message.id === 1) resolve(message);
      }) as never);
      cdp.on('Target.detachedFromTarget' as never, ((e: { sessionId: string }) => e.sessionId === sessionId && resolve({})) as never);
      setTimeout(() => resolve({}), 10_000);
    });
    await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) } as never);
    const answer = await reply;
    await cdp.send('Target.detachFromTarget' as never, { sessionId } as never).catch(() => {});
    return answer.result?.result?.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Whether Chrome's real side panel is open. */
async function sidePanelOpen(): Promise<boolean> {
  const cdp = await session.browserCdp();
  try {
    return !!(await sidePanelTarget(cdp));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

describe('a highlight clicked before the panel is open', () => {
  it('focuses its card when the panel opens', async () => {
    await panel.close();
    await sidePanelEval('window.close()'); // a side panel the earlier clicks opened
    // Until it is gone, a click would find the panel still open (sidePanel.open does nothing) and then see it close.
    await expect.poll(sidePanelOpen, { timeout: 30_000 }).toBe(false);
    await page.bringToFront();
    const sources = marksFromFindings((await finalState(session, tabId)).findings).filter((m) => m.kind === 'source');
    const k = sources.length - 1;
    const point = await page.evaluate((i) => {
      const range = [...CSS.highlights.get('sverka-source')!][i] as Range;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const first = range.getClientRects()[0];
      return { x: first.left + Math.min(20, first.width / 2), y: first.top + first.height / 2 };
    }, k);
    await page.mouse.click(point.x, point.y);
    const worker = await session.worker();
    // The click opened Chrome's real side panel (not a page Playwright drives); it took the stored click when it started.
    const focused = () =>
      sidePanelEval(`(() => { const el = document.activeElement; return el && el.classList.contains('focused') ? el.closest('.group')?.getAttribute('data-sentence-start') ?? null : null; })()`);
    await expect.poll(focused, { timeout: 30_000 }).toBe(String(sources[k].start));
    expect(await worker.evaluate((key) => chrome.storage.session.get(key), `pendingFocus:${tabId}`)).toEqual({});
    expect(await annotationHighlights()).toBe(1);
  });
});
