// The background's routing of annotation messages (lib/service/annotation-routes.ts)
// over fake-indexeddb and WXT's fake session storage: a selection becomes the
// tab's draft (the panel opens first), a page reads only its own annotations,
// anchoring reports are kept per tab, every successful write tells panels and
// tabs, a failed one tells nobody, and the report export reads the tab's findings.
// Also the per-tab session records: pending focus taken once, all cleared with the tab.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromContent, fromPanel, type AnnotationRouteDeps } from '../../lib/service/annotation-routes';
import { anchorsKey, clearTabSession, draftKey, pendingFocusKey, readAnchors, readDraft, takePendingFocus, writePendingFocus } from '../../lib/service/tab-session';
import { writeTabState } from '../../lib/service/tab-state';
import { syncBundled } from '../../lib/db/sync-bundled';
import { openV2 } from '../fixtures/annotations/db';
import { testBundle } from '../fixtures/packs/test-bundle';
import { doneState } from './panel-fixtures';
import type { Annotation, ExportFile } from '../../lib/annotations/types';

const PAGE = 'https://tass.ru/politika/4430563';
const selection = { url: PAGE, title: 'Лавров', exact: 'Трамп ясно дал понять', prefix: 'Лавров. - ', suffix: ', что он', start: 10, end: 30 };
let dbCount = 0;
let deps: AnnotationRouteDeps;
let events: string[];

beforeEach(() => {
  events = [];
  deps = {
    db: openV2(`annotation-routes-${++dbCount}`),
    session: fakeBrowser.storage.session,
    now: () => new Date('2026-03-01T12:00:00.000Z'),
    openPanel: (tabId) => events.push(`open ${tabId}`),
    notify: (tabId) => events.push(`notify ${tabId}`),
    panelsChanged: () => events.push('panels'),
    tabsChanged: () => events.push('tabs'),
  };
});

const save = () =>
  fromPanel(deps, { type: 'saveAnnotation', payload: { target: selection, note: 'n', tags: [], claimIds: [] } }) as Promise<{ ok: true; value: Annotation }>;

describe('annotation routes', () => {
  it('selectionAnnotated opens the panel, stores the draft for the sender’s page and tells the panels', async () => {
    const answer = await fromContent(deps, 3, `${PAGE}#top`, { type: 'selectionAnnotated', payload: { ...selection, url: 'https://evil.example/' } });
    expect(answer).toEqual({ ok: true, value: null });
    expect(events).toEqual(['open 3', 'panels']);
    expect(await readDraft(fakeBrowser.storage.session, 3)).toEqual({ target: { ...selection, url: `${PAGE}#top` } });
  });

  it('getPageAnnotations answers a page with its own annotations only', async () => {
    const { value: saved } = await save();
    expect(await fromContent(deps, 3, PAGE, { type: 'getPageAnnotations', payload: { url: PAGE } })).toEqual({ ok: true, value: [saved] });
    expect(await fromContent(deps, 3, 'https://ria.ru/x', { type: 'getPageAnnotations', payload: { url: PAGE } })).toMatchObject({ ok: false });
  });

  it('annotationsAnchored is kept per tab and the tab’s panel is told', async () => {
    await fromContent(deps, 3, PAGE, { type: 'annotationsAnchored', payload: { url: PAGE, results: [{ id: 'a', status: 'orphan' }] } });
    expect(await readAnchors(fakeBrowser.storage.session, 3)).toEqual({ url: PAGE, results: [{ id: 'a', status: 'orphan' }], at: Date.parse('2026-03-01T12:00:00.000Z') });
    expect(events).toEqual(['notify 3']);
  });

  it('every successful write tells panels and tabs; reads and failures tell nobody', async () => {
    const { value: saved } = await save();
    expect(events).toEqual(['panels', 'tabs']);
    events.length = 0;
    await fromPanel(deps, { type: 'listAnnotations', payload: {} });
    await fromPanel(deps, { type: 'deleteAnnotation', payload: { id: 'no-such-id' } });
    expect(events).toEqual([]);
    const body = { note: 'n', tags: [], claimIds: [] };
    expect(await fromPanel(deps, { type: 'updateAnnotation', payload: { id: saved.id, modified: saved.modified, before: body, after: { ...body, note: 'm' } } })).toMatchObject({ ok: true });
    expect(await fromPanel(deps, { type: 'deleteAnnotation', payload: { id: saved.id } })).toEqual({ ok: true, value: null });
    expect(events).toEqual(['panels', 'tabs', 'panels', 'tabs']);
  });

  it('the findings report reads the tab’s findings; without them it says so', async () => {
    await syncBundled(deps.db as never, testBundle());
    const request = { type: 'exportAnnotations' as const, payload: { scope: 'page' as const, url: PAGE, format: 'report' as const, tabId: 7 } };
    expect(await fromPanel(deps, request)).toEqual({ ok: false, error: 'Sverka has no findings for this page yet.' });
    await writeTabState(fakeBrowser.storage.session, doneState());
    const answer = (await fromPanel(deps, request)) as { ok: true; value: ExportFile };
    expect(answer.ok).toBe(true);
    expect(answer.value.text).toContain('Possible contradictions: 1');
    expect(answer.value.text).toContain(doneState().article!.title);
  });
});

describe('per-tab session records', () => {
  it('a pending focus is taken once, and only while recent', async () => {
    const area = fakeBrowser.storage.session;
    await writePendingFocus(area, 5, { start: 42, at: 1_000 });
    expect(await takePendingFocus(area, 5, 2_000)).toEqual({ start: 42, at: 1_000 });
    expect(await takePendingFocus(area, 5, 2_000)).toBeUndefined();
    await writePendingFocus(area, 5, { start: 42, at: 1_000 });
    expect(await takePendingFocus(area, 5, 1_000 + 31_000)).toBeUndefined();
    expect(await area.get(pendingFocusKey(5))).toEqual({});
  });

  it('are all removed when the tab closes, other tabs’ kept', async () => {
    const area = fakeBrowser.storage.session;
    for (const tab of [5, 6]) await area.set({ [draftKey(tab)]: { target: selection }, [anchorsKey(tab)]: { url: PAGE, results: [], at: 1 }, [pendingFocusKey(tab)]: { start: 1, at: 1 } });
    await clearTabSession(area, 5);
    expect(Object.keys(await area.get(null)).sort()).toEqual([anchorsKey(6), draftKey(6), pendingFocusKey(6)].sort());
  });
});
