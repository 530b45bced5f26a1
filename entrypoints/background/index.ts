// Background service worker: wiring only. It owns IndexedDB and matching;
// pages reach it through lib/protocol.ts messages, validated and sender-checked.
// First: zod must not probe `new Function` under the extension's CSP.
import '../../lib/zod-jitless';
import { browser, type Browser } from 'wxt/browser';
import { SverkaDatabase } from '../../lib/db/database';
import { syncBundled } from '../../lib/db/sync-bundled';
import { bundledDatabase } from '../../lib/claims/bundled';
import { ContentToBackground, IMPORT_PORT, PanelToBackground } from '../../lib/protocol';
import { cleanUpInterrupted } from '../../lib/db/pack-stage';
import { serveImportPort } from '../../lib/service/import-port';
import { envelope, isOwnContentScript, isOwnExtensionPage, parseMessage } from '../../lib/messaging';
import * as service from '../../lib/service/handlers';
import * as packs from '../../lib/service/packs';
import { clearTabState } from '../../lib/service/tab-state';
import { clearTabSession, writePendingFocus } from '../../lib/service/tab-session';
import * as annotationRoutes from '../../lib/service/annotation-routes';
import { badgeFor } from '../../lib/service/badge';
import { setUpMenus, openPanel } from './ui-surfaces';
import { setUiLang, uiLangFromLocale } from '../../lib/i18n';
import { highlightsEnabled } from '../../lib/settings';
import { outletForUrl } from '../../lib/outlets';

export default defineBackground(() => {
  setUiLang(uiLangFromLocale(browser.i18n.getUILanguage()));
  const db = new SverkaDatabase();
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
  const annotationDeps: annotationRoutes.AnnotationRouteDeps = {
    db,
    session: browser.storage.session,
    now: () => new Date(),
    openPanel: (tabId) => void openPanel(tabId),
    notify: deps.notify,
    panelsChanged: () => broadcast(envelope('annotationsChanged', {})),
    tabsChanged: () => void toAllTabs(envelope('annotationsChanged', {})),
  };

  browser.runtime.onInstalled.addListener(() => {
    setUpMenus();
    // bundledDatabase() throws on invalid data: inside the promise, so the .catch sees it.
    Promise.resolve().then(() => syncBundled(db, bundledDatabase())).catch((e) => console.error('Sverka: loading the bundled claims failed', e));
  });

  // A worker stopped during an import or a removal left a hidden pack: delete it now.
  cleanUpInterrupted(db).catch((e) => console.warn('Sverka: cleaning up an interrupted import failed', e));

  // Large fact-check files stream over a port from the options page (lib/service/import-port.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== IMPORT_PORT || !isOwnExtensionPage(port.sender ?? {}, browser.runtime.id, browser.runtime.getURL('/'))) return;
    serveImportPort(port, db, { now: () => new Date(), bundled: bundledDatabase });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const id = browser.runtime.id;
    const origin = browser.runtime.getURL('/');
    if (isOwnContentScript(sender, id, origin)) {
      const parsed = parseMessage(ContentToBackground, raw);
      const tabId = sender.tab!.id!;
      if (!parsed.ok) {
        // Our own script's article that failed validation (say, a URL over the bounds): the panel must not wait for ever.
        const type = (raw as { type?: unknown } | null)?.type;
        if (type === 'articleExtracted') return service.articleRejected(deps, tabId, sender.tab?.url ?? '', parsed.error);
        return Promise.resolve(parsed);
      }
      const { value } = parsed;
      switch (value.type) {
        case 'articleExtracted':
          return service.articleExtracted(deps, tabId, value.payload);
        case 'quoteSelected':
          // The page's button click is the gesture that lets the panel open.
          openPanel(tabId);
          return service.lookUpQuote(deps, value.payload);
        case 'highlightClicked':
          openPanel(tabId);
          // A panel opened by this click is not listening yet: it takes the focus from storage when it starts;
          // an open panel takes the broadcast (and clears the stored one, which is why it is stored first).
          return writePendingFocus(browser.storage.session, tabId, { start: value.payload.start, at: Date.now() }).then(() => {
            broadcast(envelope('focusCard', { tabId, start: value.payload.start }));
            return { ok: true, value: null };
          });
        case 'selectionAnnotated':
        case 'getPageAnnotations':
        case 'annotationsAnchored':
          return annotationRoutes.fromContent(annotationDeps, tabId, sender.url ?? sender.tab?.url, value);
      }
    }
    if (isOwnExtensionPage(sender, id, origin)) {
      const parsed = parseMessage(PanelToBackground, raw);
      if (!parsed.ok) return Promise.resolve(parsed);
      const { value } = parsed;
      switch (value.type) {
        case 'getTabState':
          return browser.tabs.get(value.payload.tabId).then(
            (tab) => service.getTabState(deps, value.payload, tab.url),
            () => ({ ok: false, error: 'tab-gone' }),
          );
        case 'analyseTab':
          return service.analyseTab(deps, value.payload);
        case 'lookUpQuote':
          return service.lookUpQuote(deps, value.payload);
        case 'getDatabaseInfo':
          return service.getDatabaseInfo(deps);
        case 'getDatabase':
          return packs.getDatabase(db, bundledDatabase);
        case 'importPack':
          return packs.importPackMessage(db, value.payload, () => new Date(), bundledDatabase);
        case 'removePack':
          return packs.removePackMessage(db, value.payload);
        case 'focusSentence':
          return toTab(value.payload.tabId, envelope('focusSentence', { start: value.payload.start, end: value.payload.end }));
        case 'setHighlights':
          return setHighlights(value.payload.enabled);
        case 'saveAnnotation':
        case 'updateAnnotation':
        case 'deleteAnnotation':
        case 'listAnnotations':
        case 'exportAnnotations':
        case 'importAnnotations':
          return annotationRoutes.fromPanel(annotationDeps, value);
      }
    }
    // Anything else (other extensions, web pages, broadcasts meant for panels) is ignored.
    return undefined;
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (info.menuItemId === 'sverka-lookup' && info.selectionText) {
      // The click is a user gesture: open the panel first, then fill it.
      openPanel(tabId);
      service.lookUpQuote(deps, { text: info.selectionText.slice(0, 2_000) });
    } else if (info.menuItemId === 'sverka-analyse') {
      openPanel(tabId);
      deps.injectContentScript(tabId).catch((e) => console.warn('Sverka: cannot read this page', e));
    }
  });

  // The keyboard shortcut (manifest "commands", Alt+Shift+H by default) flips the highlights setting.
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') highlightsEnabled.getValue().then((on) => setHighlights(!on));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    clearTabState(browser.storage.session, tabId).catch(() => {});
    clearTabSession(browser.storage.session, tabId).catch(() => {});
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation makes the stored findings stale; the content script reports the new page.
    if (change.url) deps.notify(tabId);
  });

  handleToolbarButton(deps);
});

/** To every open extension page; no listener is the common case, not an error. */
function broadcast(message: unknown): void {
  browser.runtime.sendMessage(message).catch(() => {});
}

/** A command to the content script of one tab; a tab without one answers with an error Result. */
async function toTab(tabId: number, message: unknown): Promise<{ ok: true; value: null } | { ok: false; error: string }> {
  try {
    await browser.tabs.sendMessage(tabId, message);
    return { ok: true, value: null };
  } catch {
    return { ok: false, error: 'Sverka is not running in that tab.' };
  }
}

/** The same command to the content script of every tab (tabs without one are skipped). */
async function toAllTabs(message: unknown): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : toTab(tab.id, message))));
}

/** Remembered for new pages, and applied to every tab Sverka runs in now. */
async function setHighlights(enabled: boolean): Promise<{ ok: true; value: null }> {
  await highlightsEnabled.setValue(enabled);
  await toAllTabs(envelope('setHighlights', { enabled }));
  return { ok: true, value: null };
}

/**
 * The toolbar button opens the panel and counts as the reader asking: on a
 * page outside the registry it also reads the article. (Chrome's
 * openPanelOnActionClick would open the panel without granting activeTab.)
 */
function handleToolbarButton(deps: service.ServiceDeps): void {
  toolbarAction().onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    // Opening the panel must happen synchronously inside the click's user gesture.
    openPanel(tab.id);
    if (tab.url && !outletForUrl(tab.url)) {
      deps.injectContentScript(tab.id).catch((e) => console.warn('Sverka: cannot read this page', e));
    }
  });
}

/** MV3's `action`, or MV2's `browserAction` in the Firefox build. */
function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
