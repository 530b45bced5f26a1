// Background service worker: wiring only. It owns IndexedDB and matching;
// pages reach it through lib/protocol.ts messages, which lib/service/router.ts
// sender-checks, validates and dispatches. Everything here passes the
// browser's APIs to lib/ and registers listeners.
// First: zod must not probe `new Function` under the extension's CSP.
import '../../lib/zod-jitless';
import { browser, type Browser } from 'wxt/browser';
import { SverkaDatabase } from '../../lib/db/database';
import { syncBundled } from '../../lib/db/sync-bundled';
import { bundledDatabase } from '../../lib/claims/bundled';
import { IMPORT_PORT } from '../../lib/protocol';
import { cleanUpInterrupted } from '../../lib/db/pack-stage';
import { serveImportPort } from '../../lib/service/import-port';
import { uploadStore } from '../../lib/uploads/store';
import { envelope, isOwnExtensionPage } from '../../lib/messaging';
import * as service from '../../lib/service/handlers';
import { routeMessage, type RouterDeps } from '../../lib/service/router';
import { onMenuClicked, onToolbarClicked, setHighlights, toAllTabs, toTab, type SurfaceDeps } from '../../lib/service/tabs';
import { clearTabState } from '../../lib/service/tab-state';
import { clearTabSession } from '../../lib/service/tab-session';
import type { AnnotationRouteDeps } from '../../lib/service/annotation-routes';
import { annotationWritten } from '../../lib/service/sync-routes';
import { syncDeps, startSync } from './sync-wiring';
import { badgeFor } from '../../lib/service/badge';
import { setUpMenus, openPanel } from './ui-surfaces';
import { followReaderLang } from '../../lib/i18n/reader-lang';
import { openE2eConsoleOnInstall } from './e2e-console';
import { highlightsEnabled, packSubscriptions, uiLanguage } from '../../lib/settings';
import { refresh as refreshSubscriptions, type SubscriptionDeps } from '../../lib/service/subscriptions';

/** The daily refresh of pack subscriptions (chrome.alarms survives the worker being stopped). */
const REFRESH_ALARM = 'sverka-refresh-packs';
import { domParserHere } from '../../lib/service/extraction';
import { chromeOffscreenApi, offscreenExtractor } from '../../lib/service/offscreen';
import { serveSnapshotPort } from '../../lib/service/snapshot-port';
import { isOwnContentScript } from '../../lib/messaging';
import { MAX_SNAPSHOT_CHARS } from '../../lib/protocol';

export default defineBackground(() => {
  // The reader's language (panel settings) for everything the worker words; menus are re-titled on each change.
  const lang = followReaderLang(uiLanguage, browser.i18n.getUILanguage(), () => setUpMenus());
  const db = new SverkaDatabase();
  const broadcast = (message: unknown) => void browser.runtime.sendMessage(message).catch(() => {});
  const deps: service.ServiceDeps = {
    db,
    session: browser.storage.session,
    bundled: bundledDatabase,
    now: () => Date.now(),
    // A "working" tab state from an earlier start of the worker was cut off; this id tells them apart.
    workerId: crypto.randomUUID(),
    notify: (tabId) => broadcast(envelope('tabStateChanged', { tabId })),
    showBadge: (state) => {
      const badge = badgeFor(state);
      const action = toolbarAction();
      action.setBadgeText({ tabId: state.tabId, text: badge.text }).catch(() => {});
      action.setBadgeBackgroundColor({ tabId: state.tabId, color: badge.color }).catch(() => {});
      action.setTitle({ tabId: state.tabId, title: badge.title }).catch(() => {});
    },
    injectContentScript: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
    storeLookup: async (lookup) => {
      await browser.storage.session.set({ lastLookup: lookup });
    },
  };
  const annotationDeps: AnnotationRouteDeps = {
    db,
    session: browser.storage.session,
    now: () => new Date(),
    openPanel: (tabId) => void openPanel(tabId),
    notify: deps.notify,
    panelsChanged: () => broadcast(envelope('annotationsChanged', {})),
    tabsChanged: () => void toAllTabs(browser.tabs, envelope('annotationsChanged', {})),
    // Group sync publishes, updates or deletes the published copy (when it is set up).
    written: (kind, id) => void annotationWritten(sync, kind, id),
  };
  const subscriptions: SubscriptionDeps = {
    db,
    store: { read: () => packSubscriptions.getValue(), write: (list) => packSubscriptions.setValue(list) },
    // The worker's own fetch, to the one origin the reader granted (optional_host_permissions).
    fetch: (url, init) => fetch(url, init),
    hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
    // No releasePermission: Hypothesis sync may use the same origin (optional_host_permissions are shared).
    now: () => new Date(),
  };
  const databaseChanged = () => {
    broadcast(envelope('databaseChanged', {}));
  };
  const sync = syncDeps(db, () => {
    annotationDeps.panelsChanged();
    annotationDeps.tabsChanged();
  });
  startSync(sync);
  // Where snapshots are extracted (issue 14): here when this context has a DOM (Firefox), else Chrome's offscreen document.
  const parseHere = domParserHere();
  const offscreenApi = parseHere ? undefined : chromeOffscreenApi(globalThis.chrome);
  const router: RouterDeps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    service: deps,
    annotations: annotationDeps,
    packs: { subscriptions, databaseChanged },
    sync,
    bundled: bundledDatabase,
    openPanel: (tabId) => void openPanel(tabId),
    broadcast,
    toTab: (tabId, message) => toTab(browser.tabs, tabId, message),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    setHighlights: (enabled) => setHighlights(browser.tabs, highlightsEnabled, enabled),
    ready: lang.ready,
    extraction: { parseHere, offscreen: offscreenApi && offscreenExtractor(offscreenApi) },
    injectInPageExtractor: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/extract-in-page.js'] });
    },
  };
  const surfaces: SurfaceDeps = {
    openPanel: (tabId) => void openPanel(tabId),
    injectContentScript: deps.injectContentScript,
    lookUp: (text) => void service.lookUpQuote(deps, { text }),
  };

  browser.runtime.onInstalled.addListener(() => {
    browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 24 * 60 });
    // Inside the promise, so the .catch sees any failure (the data itself was validated when the extension was built).
    Promise.resolve().then(() => syncBundled(db, bundledDatabase())).catch((e) => console.error('Sverka: loading the bundled claims failed', e));
  });

  // A worker stopped during an import or a removal left a hidden pack: delete it now.
  cleanUpInterrupted(db).catch((e) => console.warn('Sverka: cleaning up an interrupted import failed', e));

  // Files the options page handed over reach the worker through IndexedDB (lib/uploads/store.ts). No import runs
  // yet in a worker just started: an upload left by a stopped one is deleted now, before any page is told `ready`.
  const uploads = uploadStore(indexedDB);
  const uploadsCleaned = uploads.clear().catch((e) => console.warn('Sverka: deleting old uploads failed', e));
  // The import port names the upload (lib/service/import-port.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== IMPORT_PORT || !isOwnExtensionPage(port.sender ?? {}, browser.runtime.id, browser.runtime.getURL('/'))) return;
    serveImportPort(port, db, { now: () => new Date(), bundled: bundledDatabase, uploads, uploadsCleaned, newId: () => crypto.randomUUID() });
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => routeMessage(router, raw, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REFRESH_ALARM) return;
    lang.ready.then(() => refreshSubscriptions(subscriptions)).then((r) => r.ok && databaseChanged(), (e) => console.warn('Sverka: refreshing packs failed', e));
  });
  // Page snapshots arrive in pieces over a port (lib/service/snapshot-port.ts), then go the way of every article.
  browser.runtime.onConnect.addListener((port) =>
    void serveSnapshotPort(port, {
      isOwnContentScript: (sender) => !!sender && isOwnContentScript(sender, router.extensionId, router.extensionOrigin),
      maxChars: MAX_SNAPSHOT_CHARS,
      taken: (tabId, snapshot) => service.snapshotTaken(deps, router.extraction, tabId, snapshot),
      rejected: (tabId, url, error) => service.articleRejected(deps, tabId, url, error),
    }),
  );
  browser.contextMenus.onClicked.addListener((info, tab) => onMenuClicked(surfaces, info, tab?.id));
  toolbarAction().onClicked.addListener((tab) => onToolbarClicked(surfaces, tab));
  // The keyboard shortcut (manifest "commands", Alt+Shift+H by default) flips the highlights setting.
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') highlightsEnabled.getValue().then((on) => router.setHighlights(!on));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    clearTabState(browser.storage.session, tabId).catch(() => {});
    clearTabSession(browser.storage.session, tabId).catch(() => {});
  });
  // A navigation makes the stored findings stale; the content script reports the new page.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) deps.notify(tabId);
  });
  // Test builds only (SVERKA_E2E=1); a constant false in shipped builds, so the bundler drops it.
  if (__SVERKA_E2E__) openE2eConsoleOnInstall();
});

/** MV3's `action` (both builds are MV3 now; `browserAction` stays as a fallback for an MV2 build). */
function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
