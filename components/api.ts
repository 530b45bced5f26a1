// The panel's side of lib/protocol.ts: typed requests to the background and
// the tab-tracking it needs. Every answer is a Result; transport failures
// (worker restarting) become { ok: false } too.
import { browser } from 'wxt/browser';
import { envelope } from '../lib/messaging';
import type { PanelMessage, Result } from '../lib/protocol';
import type { TabState } from '../lib/service/tab-state';
import type { DatabaseInfo, QuoteLookup } from '../lib/service/handlers';
import type { DatabaseSnapshot, ImportReport } from '../lib/service/packs-api';
import type { PackPage } from '../lib/db/browse';
import type { PackExportFile } from '../lib/service/pack-export';
import type { Subscription } from '../lib/service/subscriptions';
import type { MyStatements } from '../lib/service/statements';
import type { Claim } from '../lib/claims/schema';
import type { Annotation, ExportFile } from '../lib/annotations/types';
import type { AnnotationImportReport } from '../lib/db/annotations';
import type { GroupPage, SyncStatus } from '../lib/service/sync';
import type { ApiGroup } from '../lib/sync/api-schema';
import type { KeyValueArea } from '../lib/service/tab-state';
import type { HostAccess } from './HostAccessNotice';
import { takePendingFocus, writeDraft, type AnnotationDraft, type PendingFocus } from '../lib/service/tab-session';

interface Answers {
  getTabState: TabState;
  analyseTab: null;
  lookUpQuote: QuoteLookup;
  getDatabaseInfo: DatabaseInfo;
  getDatabase: DatabaseSnapshot;
  importPack: ImportReport;
  removePack: null;
  browsePack: PackPage;
  exportPack: PackExportFile;
  listSubscriptions: Subscription[];
  subscribePack: Subscription;
  refreshSubscriptions: Subscription[];
  unsubscribePack: null;
  saveStatement: Claim;
  removeStatement: null;
  listMyStatements: MyStatements;
  focusSentence: null;
  setHighlights: null;
  saveAnnotation: Annotation;
  savePageNote: Annotation;
  updateAnnotation: Annotation;
  deleteAnnotation: null;
  listAnnotations: Annotation[];
  exportAnnotations: ExportFile;
  importAnnotations: AnnotationImportReport;
  getSyncStatus: SyncStatus;
  listSyncGroups: ApiGroup[];
  configureSync: SyncStatus;
  disableSync: SyncStatus;
  publishAnnotations: SyncStatus;
  pullGroupAnnotations: GroupPage;
  getGroupAnnotations: GroupPage | null;
}

export async function request<K extends keyof PanelMessage>(type: K, payload: PanelMessage[K]): Promise<Result<Answers[K]>> {
  try {
    const answer = (await browser.runtime.sendMessage(envelope(type, payload))) as Result<Answers[K]> | undefined;
    return answer ?? { ok: false, error: 'no answer from the background' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Calls `onChange(tabId)` whenever the background reports a change for a tab. */
export function onTabStateChanged(onChange: (tabId: number) => void): () => void {
  const listener = (raw: unknown) => {
    const msg = raw as { sverka?: number; type?: string; payload?: { tabId?: unknown } };
    if (msg?.sverka === 1 && msg.type === 'tabStateChanged' && typeof msg.payload?.tabId === 'number') onChange(msg.payload.tabId);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Calls `onFocus(start)` when the reader clicks a highlight in tab `tabId` (the background relays it). */
export function onFocusCard(tabId: number, onFocus: (start: number) => void): () => void {
  const listener = (raw: unknown) => {
    const msg = raw as { sverka?: number; type?: string; payload?: { tabId?: unknown; start?: unknown } };
    if (msg?.sverka === 1 && msg.type === 'focusCard' && msg.payload?.tabId === tabId && typeof msg.payload.start === 'number') onFocus(msg.payload.start);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The active tab of this window, and a subscription to switches and navigations. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function onActiveTabChanged(onChange: (tabId: number) => void): () => void {
  const activated = (info: { tabId: number }) => onChange(info.tabId);
  const updated = (tabId: number, change: { url?: string; status?: string }, tab: { active?: boolean }) => {
    if (tab.active && (change.url || change.status === 'complete')) onChange(tabId);
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

export async function lastLookup(): Promise<QuoteLookup | undefined> {
  return (await browser.storage.session.get('lastLookup')).lastLookup as QuoteLookup | undefined;
}

/** Follows `lastLookup` in session storage: a lookup from the page's button or context menu while the panel is open. */
export function onLastLookupChanged(onChange: (lookup: QuoteLookup) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = changes.lastLookup?.newValue as QuoteLookup | undefined;
    if (area === 'session' && value && typeof value.text === 'string' && Array.isArray(value.matches)) onChange(value);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls `onChange()` when the background says the stored annotations changed (any page). */
export function onAnnotationsChanged(onChange: () => void): () => void {
  const listener = (raw: unknown) => {
    const msg = raw as { sverka?: number; type?: string };
    if (msg?.sverka === 1 && msg.type === 'annotationsChanged') onChange();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Session storage as the per-tab records of lib/service/tab-session.ts read it. */
export const sessionArea = (): KeyValueArea => browser.storage.session;

/** Calls `onChange(key)` when one of `keys` changes in session storage (a draft, an anchoring report). */
export function onSessionKeys(keys: string[], onChange: (key: string) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'session') return;
    for (const key of keys) if (key in changes) onChange(key);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A highlight clicked in tab `tabId` while no panel was listening (taken once; stale ones are dropped). */
export function pendingFocus(tabId: number): Promise<PendingFocus | undefined> {
  return takePendingFocus(sessionArea(), tabId, Date.now()).catch(() => undefined);
}

/** Opens the annotation editor of tab `tabId`'s panel on a quote (e.g. a matched statement's sentence). */
export function setAnnotationDraft(tabId: number, draft: AnnotationDraft): Promise<void> {
  return writeDraft(sessionArea(), tabId, draft);
}

/** Calls `onChange()` when the background says the claim database changed (a statement saved, a pack refreshed). */
export function onDatabaseChanged(onChange: () => void): () => void {
  const listener = (raw: unknown) => {
    const msg = raw as { sverka?: number; type?: string };
    if (msg?.sverka === 1 && msg.type === 'databaseChanged') onChange();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Host access for the outlet registry through browser.permissions (see HostAccessNotice). */
export function browserHostAccess(origins: string[]): HostAccess {
  return {
    // async: a browser (or test fake) without the API rejects instead of throwing into the render.
    granted: async () => browser.permissions.contains({ origins }),
    // Called straight from the click handler: Firefox accepts the prompt only inside the user gesture.
    request: async () => browser.permissions.request({ origins }),
    onChange(listener) {
      const events = [browser.permissions?.onAdded, browser.permissions?.onRemoved];
      try {
        for (const e of events) e?.addListener(listener);
      } catch {
        return () => {};
      }
      return () => {
        for (const e of events) e?.removeListener(listener);
      };
    },
  };
}
