// The background's routing (lib/service/router.ts) and its reach into tabs
// (lib/service/tabs.ts), driven with fakes: only our own senders get answers,
// each map is accepted only from its own kind of sender, invalid messages are
// answered with the reason, an own article that fails validation still ends in
// a tab state, gestures open the panel first, and a gone tab is an error.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage, type RouterDeps } from '../../lib/service/router';
import { onMenuClicked, onToolbarClicked, setHighlights, toAllTabs, toTab, type TabsApi } from '../../lib/service/tabs';
import { envelope } from '../../lib/messaging';
import { serveSnapshotPort, SNAPSHOT_PORT, type PortLike } from '../../lib/service/snapshot-port';
import * as service from '../../lib/service/handlers';
import { readTabState } from '../../lib/service/tab-state';
import { takePendingFocus } from '../../lib/service/tab-session';
import { invalidateMatcher } from '../../lib/service/matcher-cache';
import { openV2 } from '../fixtures/annotations/db';
import { testBundle } from '../fixtures/packs/test-bundle';
import type { SverkaDatabase } from '../../lib/db/database';

const ID = 'sverka-id';
const ORIGIN = 'chrome-extension://sverka-id/';
const PAGE = 'https://tass.ru/politika/1';
const fromTab = { id: ID, url: PAGE, tab: { id: 7, url: PAGE }, frameId: 0 };
const fromPanel = { id: ID, url: `${ORIGIN}sidepanel.html?tabId=7` };
let events: string[];
let deps: RouterDeps;
let dbCount = 0;

beforeEach(() => {
  fakeBrowser.reset();
  invalidateMatcher();
  events = [];
  const db = openV2(`router-${++dbCount}`) as unknown as SverkaDatabase;
  const service = {
    db, session: fakeBrowser.storage.session, bundled: () => testBundle(), now: () => 1_000, workerId: 'w1',
    notify: (tabId: number) => events.push(`notify ${tabId}`), showBadge: () => {},
    injectContentScript: async (tabId: number) => void events.push(`inject ${tabId}`),
  };
  deps = {
    extensionId: ID, extensionOrigin: ORIGIN, service, bundled: () => testBundle(),
    annotations: {
      db: db as never, session: fakeBrowser.storage.session, now: () => new Date(1_000),
      openPanel: (tabId) => events.push(`open ${tabId}`), notify: service.notify, panelsChanged: () => events.push('panels'), tabsChanged: () => events.push('tabs'),
    },
    openPanel: (tabId) => events.push(`open ${tabId}`),
    broadcast: (m) => events.push(`broadcast ${JSON.stringify(m)}`),
    toTab: async (tabId, m) => (events.push(`tab ${tabId} ${JSON.stringify(m)}`), { ok: true, value: null }),
    tabUrl: async (tabId) => {
      if (tabId === 7) return PAGE;
      throw new Error('No tab with id');
    },
    setHighlights: async (enabled) => (events.push(`highlights ${enabled}`), { ok: true, value: null }),
    extraction: {},
    injectInPageExtractor: async (tabId) => void events.push(`in-page extractor ${tabId}`),
  };
});

describe('routeMessage', () => {
  it('answers nobody but our own content scripts and pages', () => {
    const msg = envelope('getDatabaseInfo', {});
    expect(routeMessage(deps, msg, { id: 'other-extension', url: 'chrome-extension://other/x.html' })).toBeUndefined();
    expect(routeMessage(deps, msg, { id: ID, url: PAGE, tab: { id: 7 }, frameId: 3 })).toBeUndefined(); // a sub-frame
    expect(routeMessage(deps, msg, { url: PAGE, tab: { id: 7 }, frameId: 0 })).toBeUndefined(); // a web page
  });

  it('takes panel commands only from extension pages and page events only from content scripts', async () => {
    expect(await routeMessage(deps, envelope('getDatabaseInfo', {}), fromTab)).toEqual({ ok: false, error: 'unknown message type "getDatabaseInfo"' });
    expect(await routeMessage(deps, envelope('quoteSelected', { text: 'x' }), fromPanel)).toEqual({ ok: false, error: 'unknown message type "quoteSelected"' });
    expect(events).toEqual([]);
  });

  it('an invalid message is answered with the reason; nothing runs', async () => {
    const answer = await routeMessage(deps, envelope('focusSentence', { tabId: -1, start: 0, end: 1 }), fromPanel);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid focusSentence: tabId/) });
    expect(events).toEqual([]);
  });

  it('our own article that fails validation still ends the tab in an error state the panel shows', async () => {
    const answer = await routeMessage(deps, envelope('articleExtracted', { url: 'x'.repeat(9_000), outcome: { ok: false, reason: 'empty', detail: '' } }), fromTab);
    expect(answer).toMatchObject({ ok: false });
    const state = await readTabState(fakeBrowser.storage.session, 7);
    expect(state).toMatchObject({ tabId: 7, url: PAGE, status: 'error', detail: expect.stringMatching(/^Sverka could not read this page: invalid articleExtracted/) });
  });

  it('a snapshot (in pieces over a port) is extracted in the extension context and matched; without one, the page is told to fall back', async () => {
    const serve = (extraction: RouterDeps['extraction'], messages: unknown[], sender: PortLike['sender'] = fromTab) =>
      new Promise<unknown>((resolve) => {
        const listeners: ((m: unknown) => void)[] = [];
        const port: PortLike = {
          name: SNAPSHOT_PORT, sender,
          onMessage: { addListener: (fn) => listeners.push(fn) }, onDisconnect: { addListener: () => {} },
          postMessage: resolve, disconnect: () => {},
        };
        const served = serveSnapshotPort(port, {
          isOwnContentScript: (s) => !!s && s.id === ID && s.frameId === 0 && !!s.tab,
          maxChars: 100,
          taken: (tabId, snapshot) => service.snapshotTaken(deps.service, extraction, tabId, snapshot),
          rejected: (tabId, url, error) => service.articleRejected(deps.service, tabId, url, error),
        });
        if (!served) resolve('not served');
        for (const m of messages) for (const fn of listeners) fn(m);
      });
    const pieces = [{ piece: '<p>x' }, { piece: '</p>' }, { done: { url: PAGE, baseUrl: PAGE } }];
    expect(await serve({}, pieces)).toEqual({ ok: false, error: 'no-extension-context' });
    expect(await routeMessage(deps, envelope('inPageExtractorWanted', {}), fromTab)).toEqual({ ok: true, value: null });
    expect(events).toEqual(['in-page extractor 7']);
    const seen: string[] = [];
    const offscreen = async (s: { html: string }) => (seen.push(s.html), { ok: false as const, reason: 'not-article' as const, detail: 'no article' });
    const answer = await serve({ offscreen }, pieces);
    expect(seen).toEqual(['<p>x</p>']);
    expect(answer).toMatchObject({ ok: true, value: { extractor: 'offscreen', outcome: { ok: false, reason: 'not-article' }, state: { status: 'not-article', extractor: 'offscreen' } } });
    expect(await readTabState(fakeBrowser.storage.session, 7)).toMatchObject({ status: 'not-article', extractor: 'offscreen' });
    // Another sender's port is not served; a snapshot over the bound or with a non-http base URL ends the tab in an error state.
    expect(await serve({ offscreen }, pieces, { id: 'other', tab: { id: 7 }, frameId: 0 })).toBe('not served');
    expect(await serve({ offscreen }, [{ piece: 'x'.repeat(101) }])).toMatchObject({ ok: false, error: expect.stringMatching(/over 100 characters/) });
    expect(await serve({ offscreen }, [{ piece: '<p>x</p>' }, { done: { url: PAGE, baseUrl: 'javascript:alert(1)' } }])).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid snapshot: baseUrl/) });
    expect(await readTabState(fakeBrowser.storage.session, 7)).toMatchObject({ status: 'error' });
    expect(seen).toHaveLength(1);
  });

  it('quoteSelected opens the panel before the lookup answers', async () => {
    const answer = await routeMessage(deps, envelope('quoteSelected', { text: 'Example official words' }), fromTab);
    expect(events[0]).toBe('open 7');
    expect(answer).toMatchObject({ ok: true, value: { text: 'Example official words' } });
  });

  it('highlightClicked opens the panel, stores the focus for a panel that starts later, then broadcasts it', async () => {
    expect(await routeMessage(deps, envelope('highlightClicked', { start: 42 }), fromTab)).toEqual({ ok: true, value: null });
    expect(events).toEqual(['open 7', `broadcast ${JSON.stringify(envelope('focusCard', { tabId: 7, start: 42 }))}`]);
    expect(await takePendingFocus(fakeBrowser.storage.session, 7, 1_000)).toEqual({ start: 42, at: 1_000 });
  });

  it('getTabState of a closed tab is "tab-gone"; of an open one, its state for the URL it shows', async () => {
    expect(await routeMessage(deps, envelope('getTabState', { tabId: 8 }), fromPanel)).toEqual({ ok: false, error: 'tab-gone' });
    expect(await routeMessage(deps, envelope('getTabState', { tabId: 7 }), fromPanel)).toMatchObject({ ok: true, value: { tabId: 7, url: PAGE, status: 'working', outletId: 'tass' } });
  });

  it('focusSentence goes to the tab as a command; setHighlights to the setting', async () => {
    await routeMessage(deps, envelope('focusSentence', { tabId: 7, start: 1, end: 5 }), fromPanel);
    await routeMessage(deps, envelope('setHighlights', { enabled: false }), fromPanel);
    expect(events).toEqual([`tab 7 ${JSON.stringify(envelope('focusSentence', { start: 1, end: 5 }))}`, 'highlights false']);
  });

  it('database and annotation messages reach their services', async () => {
    expect(await routeMessage(deps, envelope('getDatabaseInfo', {}), fromPanel)).toMatchObject({ ok: true, value: { claims: testBundle().claims.length } });
    expect(await routeMessage(deps, envelope('listAnnotations', {}), fromPanel)).toEqual({ ok: true, value: [] });
  });
});

describe('tabs and surfaces', () => {
  const fakeTabs = (withScript: number[]): TabsApi & { sent: string[] } => {
    const sent: string[] = [];
    return {
      sent,
      sendMessage: async (tabId, m) => {
        if (!withScript.includes(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push(`${tabId} ${(m as { type: string }).type}`);
      },
      query: async () => [{ id: 1 }, { id: 2 }, {}],
    };
  };

  it('toTab turns a tab without Sverka into a readable error; toAllTabs skips such tabs', async () => {
    const tabs = fakeTabs([2]);
    expect(await toTab(tabs, 1, envelope('setHighlights', { enabled: true }))).toEqual({ ok: false, error: 'Sverka is not running in that tab.' });
    await toAllTabs(tabs, envelope('annotationsChanged', {}));
    expect(tabs.sent).toEqual(['2 annotationsChanged']);
  });

  it('setHighlights remembers the choice and tells every tab', async () => {
    const tabs = fakeTabs([1, 2]);
    let stored = true;
    const setting = { getValue: async () => stored, setValue: async (v: boolean) => void (stored = v) };
    expect(await setHighlights(tabs, setting, false)).toEqual({ ok: true, value: null });
    expect(stored).toBe(false);
    expect(tabs.sent).toEqual(['1 setHighlights', '2 setHighlights']);
  });

  it('the context menu opens the panel first, then looks up the selection (cut to 2,000 characters) or reads the page', () => {
    const log: string[] = [];
    const surfaces = { openPanel: (t: number) => log.push(`open ${t}`), injectContentScript: async (t: number) => void log.push(`inject ${t}`), lookUp: (s: string) => log.push(`lookup ${s.length}`) };
    onMenuClicked(surfaces, { menuItemId: 'sverka-lookup', selectionText: 'x'.repeat(3_000) }, 4);
    onMenuClicked(surfaces, { menuItemId: 'sverka-analyse' }, 5);
    onMenuClicked(surfaces, { menuItemId: 'sverka-lookup' }, 6); // no selection: nothing
    onMenuClicked(surfaces, { menuItemId: 'sverka-analyse' }, undefined);
    expect(log).toEqual(['open 4', 'lookup 2000', 'open 5', 'inject 5']);
  });

  it('the toolbar button opens the panel, and reads the page only outside the outlet registry', () => {
    const log: string[] = [];
    const surfaces = { openPanel: (t: number) => log.push(`open ${t}`), injectContentScript: async (t: number) => void log.push(`inject ${t}`), lookUp: () => {} };
    onToolbarClicked(surfaces, { id: 1, url: PAGE });
    onToolbarClicked(surfaces, { id: 2, url: 'https://example.org/story' });
    onToolbarClicked(surfaces, { url: 'https://example.org/story' });
    expect(log).toEqual(['open 1', 'open 2', 'inject 2']);
  });
});
