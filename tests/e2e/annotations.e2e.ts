// Issue 6, end to end in Chromium with the built extension: the background's
// annotation messages as the panel sends them (chrome.runtime.sendMessage from
// an extension page), stored in the worker's IndexedDB — save, list, a
// conflicting edit from a second "tab", export in every format, delete,
// import with duplicates — and the annotations still there after the
// browser is closed and opened again on the same profile. The reader's side
// (selection → editor → highlight, exports as downloads) is annotations-flow.e2e.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromePath, EXTENSION_DIR, launch, type Session } from './harness';

const PAGE_URL = 'https://tass.ru/politika/4430563';
let session: Session;
let ext: Page;

type Answer<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
async function send<T = unknown>(type: string, payload: unknown, page: Page = ext): Promise<Answer<T>> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ sverka: 1, type: t, payload: p }), [type, payload] as const) as Promise<Answer<T>>;
}
async function value<T>(type: string, payload: unknown, page?: Page): Promise<T> {
  const answer = await send<T>(type, payload, page);
  if (!answer.ok) throw new Error(`${type}: ${answer.error}`);
  return answer.value;
}

interface Stored { id: string; url: string; outletId?: string; note: string; tags: string[]; claimIds: string[]; modified: string; stance?: string }
const body = (a: Stored) => ({ note: a.note, tags: a.tags, claimIds: a.claimIds, ...(a.stance ? { stance: a.stance } : {}) });

async function extensionPage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

beforeAll(async () => {
  session = await launch();
  ext = await extensionPage();
});
afterAll(async () => {
  await session?.close();
});

describe('annotations in the browser', () => {
  let saved: Stored;
  let exported: string;

  it('saves an annotation from a selection and lists it for its page', async () => {
    saved = await value<Stored>('saveAnnotation', {
      target: { url: `${PAGE_URL}?utm_source=tg#top`, title: 'Лавров: Россия и США', exact: 'киберпреступность', prefix: 'борьба с ', suffix: ' остаётся', start: 100, end: 117 },
      note: 'Проверить по стенограмме', tags: ['Лавров'], claimIds: [],
    });
    expect(saved).toMatchObject({ url: PAGE_URL, outletId: 'tass', note: 'Проверить по стенограмме' });
    const page = await value<Stored[]>('listAnnotations', { url: PAGE_URL });
    expect(page.map((a) => a.id)).toEqual([saved.id]);
  });

  it('merges edits of different fields from two tabs and refuses a second, different note', async () => {
    const second = await extensionPage();
    const base = { id: saved.id, modified: saved.modified, before: body(saved) };
    const [a, b] = await Promise.all([
      send<Stored>('updateAnnotation', { ...base, after: { ...body(saved), tags: ['Лавров', 'стенограмма'] } }),
      send<Stored>('updateAnnotation', { ...base, after: { ...body(saved), stance: 'context' } }, second),
    ]);
    expect(a.ok && b.ok).toBe(true);
    // Both tabs still hold the first version: the first note wins, the second is refused and nothing is lost.
    expect(await send('updateAnnotation', { ...base, after: { ...body(saved), note: 'Версия первой вкладки' } })).toMatchObject({ ok: true });
    const refused = await send('updateAnnotation', { ...base, after: { ...body(saved), note: 'Версия второй вкладки' } }, second);
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('changed in another tab or window') });
    const [now] = await value<Stored[]>('listAnnotations', { url: PAGE_URL });
    expect(now).toMatchObject({ tags: ['Лавров', 'стенограмма'], stance: 'context', note: 'Версия первой вкладки' });
    saved = now;
    await second.close();
  });

  it('exports JSON-LD, CSV and Markdown', async () => {
    const jsonld = await value<{ fileName: string; mimeType: string; text: string }>('exportAnnotations', { scope: 'all', format: 'jsonld' });
    expect(jsonld.mimeType).toBe('application/ld+json');
    const collection = JSON.parse(jsonld.text);
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1 });
    expect(collection.first.items[0].id).toBe(`urn:uuid:${saved.id}`);
    exported = jsonld.text;
    const csv = await value<{ text: string }>('exportAnnotations', { scope: 'page', url: PAGE_URL, format: 'csv' });
    expect(csv.text.startsWith('\uFEFFid,url,')).toBe(true);
    const md = await value<{ text: string }>('exportAnnotations', { scope: 'page', url: PAGE_URL, format: 'md' });
    expect(md.text).toContain('> киберпреступность');
  });

  it('deletes, imports the export back, and reports the duplicates of a second import', async () => {
    expect(await send('deleteAnnotation', { id: saved.id })).toEqual({ ok: true, value: null });
    expect(await value<Stored[]>('listAnnotations', {})).toEqual([]);
    expect(await send('importAnnotations', { fileName: 'backup.jsonld', text: exported })).toEqual({ ok: true, value: { added: 1, duplicates: [], notImported: [] } });
    const again = await value<{ added: number; duplicates: unknown[] }>('importAnnotations', { fileName: 'backup.jsonld', text: exported });
    expect(again).toMatchObject({ added: 0, duplicates: [{ id: saved.id }] });
    const malformed = await send('importAnnotations', { fileName: 'broken.jsonld', text: '{"type": "AnnotationCollection"' });
    expect(malformed).toMatchObject({ ok: false, error: expect.stringContaining('broken.jsonld is not valid JSON') });
    expect(await value<Stored[]>('listAnnotations', {})).toEqual([saved]);
  });

});

/**
 * A browser over a profile directory we keep, so the same IndexedDB is opened
 * again after the browser is closed (the harness makes a fresh profile per
 * launch). Same flags as the harness; nothing here loads a web page.
 */
async function launchOnProfile(profile: string): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

describe('annotations across a browser restart', () => {
  it('are still there when the browser is closed and opened again on the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'sverka-e2e-restart-'));
    try {
      const first = await launchOnProfile(profile);
      const page = await first.context.newPage();
      await page.goto(`chrome-extension://${first.extensionId}/options.html`);
      const stored = await value<Stored>('saveAnnotation', {
        target: { url: PAGE_URL, title: 'Лавров', exact: 'киберпреступность', prefix: '', suffix: '', start: 1, end: 18 }, note: 'до перезапуска', tags: [], claimIds: [],
      }, page);
      await first.context.close();
      const second = await launchOnProfile(profile);
      const again = await second.context.newPage();
      await again.goto(`chrome-extension://${second.extensionId}/options.html`);
      expect(await value<Stored[]>('listAnnotations', {}, again)).toEqual([stored]);
      await second.context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
