// Issue 13, annotations in Firefox ESR: a sentence selected on the TASS seed
// page → the page's "Annotate in Sverka" button → the panel's editor → saved
// and listed, drawn in the page; after a reload the quote is found again
// exactly; the panel's export buttons produce real downloads (JSON-LD, CSV,
// Markdown) in the profile's download folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedPages, served } from '../e2e/pages';
import { downloaded, finalState, firefoxScreenshot, highlightSize, launchFirefox, openReadPage, sverkaRequests, type FirefoxSession } from './harness';
import { selectText, shadowButton, text, texts, waitForSelectorGone } from './page-helpers';

const tass = seedPages().find((p) => p.file.startsWith('tass-2017'))!;
const SENTENCE = 'Отвечая на вопрос о процессе создания российско-американской рабочей группы по кибербезопасности, глава российского дипломатического ведомства отметил, что с деталями этой темы лучше знакомы эксперты.';
const NOTE = 'Сверить со стенограммой интервью NBC.';

let session: FirefoxSession;
let page: Page;
let panel: Page;
let tabId: number;

const waitForAnnotationHighlights = (n: number) =>
  page.waitForFunction((want: number) => (CSS.highlights.get('sverka-annotation')?.size ?? 0) === want, { timeout: 20_000, polling: 200 }, n);

beforeAll(async () => {
  session = await launchFirefox();
  session.serve(seedPages().map(served));
  ({ page, tabId, panel } = await openReadPage(session, tass.url));
});
afterAll(async () => {
  await session?.close();
});

describe('annotating in Firefox', () => {
  it('selection → "Annotate in Sverka" → the editor on the quote → saved, listed and drawn in the page', async () => {
    await panel.waitForSelector('.annotations');
    expect(await text(panel, '.annotations')).toContain('No annotations yet');
    await selectText(page, SENTENCE);
    const annotate = await shadowButton(page, 'Annotate in Sverka');
    await annotate.click();
    await waitForSelectorGone(page, 'sverka-lookup');

    await panel.waitForSelector('form.ann-editor', { timeout: 10_000 });
    expect(await text(panel, 'form.ann-editor .ann-quote')).toBe(SENTENCE);
    await panel.type('form.ann-editor textarea', NOTE);
    await panel.type('form.ann-editor input[type="text"]', 'Лавров, рабочая группа');
    await panel.click('form.ann-editor button[type="submit"]');
    await waitForSelectorGone(panel, 'form.ann-editor');

    await panel.waitForSelector('.ann-item', { timeout: 10_000 });
    expect(await texts(panel, '.ann-item .ann-quote')).toEqual([SENTENCE]);
    expect(await text(panel, '.ann-item .ann-note')).toBe(NOTE);
    expect(await texts(panel, '.ann-item .ann-tags li')).toEqual(['Лавров', 'рабочая группа']);
    await waitForAnnotationHighlights(1);
    expect(await page.evaluate(() => (CSS.highlights.get('sverka-annotation')!.values().next().value as Range).toString())).toBe(SENTENCE);
    await panel.evaluate(() => document.querySelector('.annotations')!.scrollIntoView({ block: 'start' }));
    await panel.screenshot({ path: firefoxScreenshot('annotation-saved-panel') });
  });

  it('after a reload the quote is found again exactly and drawn again', async () => {
    await page.reload();
    expect((await finalState(session, tabId)).status).toBe('done');
    await waitForAnnotationHighlights(1);
    expect(await highlightSize(page, 'sverka-annotation')).toBe(1);
    await panel.waitForSelector('.ann-item[data-anchor="exact"]', { timeout: 10_000 });
    await page.evaluate(() => ([...CSS.highlights.get('sverka-annotation')!][0] as Range).startContainer.parentElement!.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: firefoxScreenshot('annotation-reanchored-page') });
  });
});

describe('exports from the panel in Firefox (real downloads)', () => {
  const exportAs = async (format: string) => panel.click(`.ann-export button[data-format="${format}"]`);

  it('JSON-LD (W3C Web Annotation) holds the annotation with its quote and note', async () => {
    await exportAs('jsonld');
    const { name, text: body } = await downloaded(session, /\.jsonld$/);
    expect(name).toMatch(/\.jsonld$/);
    const collection = JSON.parse(body);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(1);
    expect(JSON.stringify(collection.first.items)).toContain(SENTENCE);
    expect(JSON.stringify(collection.first.items)).toContain(NOTE);
  });

  it('CSV starts with the byte-order mark and holds the tags', async () => {
    await exportAs('csv');
    const { text: body } = await downloaded(session, /\.csv$/);
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body).toContain('рабочая группа');
  });

  it('Markdown quotes the annotated sentence', async () => {
    await exportAs('md');
    const { text: body } = await downloaded(session, /\.md$/);
    expect(body).toContain(SENTENCE);
  });

  it('importing the JSON-LD export back through the panel\'s form reports the duplicate; a broken file gets a clear message', async () => {
    const { name } = await downloaded(session, /\.jsonld$/);
    const input = (await panel.$('#ann-import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(session.downloads, name));
    await panel.click('form.ann-import button[type="submit"]');
    await panel.waitForSelector('.ann-report', { timeout: 15_000 });
    expect(await panel.$$eval('.ann-duplicates li', (e) => e.length)).toBe(1);
    expect(await panel.$$eval('.ann-item', (e) => e.length)).toBe(1);
    const broken = join(session.downloads, 'broken.jsonld');
    writeFileSync(broken, '{"type": "AnnotationCollection"');
    await input.uploadFile(broken);
    await panel.click('form.ann-import button[type="submit"]');
    await panel.waitForSelector('.ann-import-error', { timeout: 15_000 });
    expect(await text(panel, '.ann-import-error')).toContain('broken.jsonld is not valid JSON');
    expect(await panel.$$eval('.ann-item', (e) => e.length)).toBe(1);
  });

  it('nothing of this reached the network', () => {
    expect(sverkaRequests(session)).toEqual([]);
  });
});
