// The background's message routing: sender check, validation, dispatch and
// the fallbacks, moved out of the entrypoint so unit tests reach every route
// (the entrypoint only passes the browser's APIs in). Content scripts and
// extension pages get separate maps (lib/protocol.ts); anything else — other
// extensions, web pages, broadcasts meant for panels — is ignored.
import { envelope, isOwnContentScript, isOwnExtensionPage, parseMessage, type SenderInfo } from '../messaging';
import { ContentToBackground, PanelToBackground } from '../protocol';
import * as service from './handlers';
import * as packs from './packs';
import * as annotationRoutes from './annotation-routes';
import * as syncRoutes from './sync-routes';
import { writePendingFocus } from './tab-session';
import * as packRoutes from './pack-routes';
import type { ClaimDatabase } from '../claims/schema';
import type { Result } from '../types/result';
import type { ExtractionContexts } from './extraction';

export interface RouterDeps {
  /** runtime.id and runtime.getURL('/'): who counts as "our own" sender. */
  extensionId: string;
  extensionOrigin: string;
  service: service.ServiceDeps;
  annotations: annotationRoutes.AnnotationRouteDeps;
  packs: packRoutes.PackRouteDeps;
  /** Hypothesis group sync (lib/service/sync.ts). */
  sync: syncRoutes.SyncDeps;
  bundled: () => ClaimDatabase;
  /** Opens the side panel; must be called synchronously inside the click's user gesture. */
  openPanel(tabId: number): void;
  /** A message to every open extension page. */
  broadcast(message: unknown): void;
  /** A command to one tab's content script; a tab without one answers with an error Result. */
  toTab(tabId: number, message: unknown): Promise<Result<null>>;
  /** The URL a tab shows now; rejects when the tab is gone. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Remembers the highlights setting and applies it to every tab. */
  setHighlights(enabled: boolean): Promise<Result<null>>;
  /** Settles when the reader's UI language is applied, so a worker woken by a message answers in it. */
  ready?: Promise<unknown>;
  /** Where page snapshots are extracted (issue 14): this context's DOMParser, or Chrome's offscreen document. */
  extraction: ExtractionContexts;
  /** Injects the in-page fallback extractor into a tab's content-script world (top frame only). */
  injectInPageExtractor(tabId: number): Promise<void>;
}

/**
 * Answers one runtime message: a Promise of a Result for our own senders,
 * `undefined` (no answer) for anyone else.
 */
export function routeMessage(deps: RouterDeps, raw: unknown, sender: SenderInfo): Promise<Result<unknown>> | undefined {
  if (isOwnContentScript(sender, deps.extensionId, deps.extensionOrigin)) {
    // A click in the page lends its user gesture to this call only while it runs synchronously: the panel
    // must open now, before anything is awaited (the reader's language, storage).
    const parsed = parseMessage(ContentToBackground, raw);
    if (parsed.ok && OPENS_PANEL.has(parsed.value.type)) deps.openPanel(sender.tab!.id!);
    return fromContentScript(deps, raw, sender);
  }
  if (isOwnExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) return fromExtensionPage(deps, raw);
  return undefined;
}

/** Page events that come from a click and open the panel. */
const OPENS_PANEL = new Set(['quoteSelected', 'highlightClicked', 'selectionAnnotated']);

async function fromContentScript(deps: RouterDeps, raw: unknown, sender: SenderInfo): Promise<Result<unknown>> {
  await deps.ready;
  const tabId = sender.tab!.id!;
  const parsed = parseMessage(ContentToBackground, raw);
  if (!parsed.ok) {
    // Our own script's article that failed validation (say, a URL over the bounds): the panel must not wait for ever.
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === 'articleExtracted') return service.articleRejected(deps.service, tabId, sender.tab?.url ?? '', parsed.error);
    return parsed;
  }
  const { value } = parsed;
  switch (value.type) {
    case 'articleExtracted':
      return service.articleExtracted(deps.service, tabId, value.payload);
    case 'inPageExtractorWanted':
      // No extension context can extract here (lib/service/extraction.ts): the page falls back to itself.
      return deps.injectInPageExtractor(tabId).then(
        () => ({ ok: true, value: null }),
        (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    case 'quoteSelected':
      // The panel was opened above, inside the click's gesture.
      return service.lookUpQuote(deps.service, value.payload);
    case 'highlightClicked':
      // A panel opened by this click is not listening yet: it takes the focus from storage when it starts;
      // an open panel takes the broadcast (and clears the stored one, which is why it is stored first).
      await writePendingFocus(deps.service.session, tabId, { start: value.payload.start, at: deps.service.now() });
      deps.broadcast(envelope('focusCard', { tabId, start: value.payload.start }));
      return { ok: true, value: null };
    case 'selectionAnnotated':
    case 'getPageAnnotations':
    case 'annotationsAnchored':
      return annotationRoutes.fromContent(deps.annotations, tabId, sender.url ?? sender.tab?.url, value);
    case 'getPageGroupAnnotations':
    case 'groupAnnotationsAnchored':
      return syncRoutes.fromContent(deps.sync, sender.url ?? sender.tab?.url, value, { tabId, notify: deps.annotations.notify });
  }
}

async function fromExtensionPage(deps: RouterDeps, raw: unknown): Promise<Result<unknown>> {
  await deps.ready;
  const parsed = parseMessage(PanelToBackground, raw);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  const { db } = deps.service;
  switch (value.type) {
    case 'getTabState': {
      let url: string | undefined;
      try {
        url = await deps.tabUrl(value.payload.tabId);
      } catch {
        return { ok: false, error: 'tab-gone' };
      }
      return service.getTabState(deps.service, value.payload, url);
    }
    case 'analyseTab':
      return service.analyseTab(deps.service, value.payload);
    case 'lookUpQuote':
      return service.lookUpQuote(deps.service, value.payload);
    case 'getDatabaseInfo':
      return service.getDatabaseInfo(deps.service);
    case 'getDatabase':
      return packs.getDatabase(db, deps.bundled);
    case 'importPack':
      return packs.importPackMessage(db, value.payload, () => new Date(deps.service.now()), deps.bundled);
    case 'removePack':
      return packs.removePackMessage(db, value.payload);
    case 'browsePack':
      return packs.browsePackMessage(db, value.payload);
    case 'exportPack':
    case 'listSubscriptions':
    case 'subscribePack':
    case 'refreshSubscriptions':
    case 'unsubscribePack':
    case 'saveStatement':
    case 'removeStatement':
    case 'listMyStatements':
      return packRoutes.fromPanel(deps.packs, value);
    case 'focusSentence':
      return deps.toTab(value.payload.tabId, envelope('focusSentence', { start: value.payload.start, end: value.payload.end }));
    case 'setHighlights':
      return deps.setHighlights(value.payload.enabled);
    case 'saveAnnotation':
    case 'savePageNote':
    case 'updateAnnotation':
    case 'deleteAnnotation':
    case 'listAnnotations':
    case 'exportAnnotations':
    case 'importAnnotations':
      return annotationRoutes.fromPanel(deps.annotations, value);
    case 'getSyncStatus':
    case 'listSyncGroups':
    case 'configureSync':
    case 'disableSync':
    case 'publishAnnotations':
    case 'pullGroupAnnotations':
    case 'getGroupAnnotations':
      return syncRoutes.fromPanel(deps.sync, value, deps.annotations.tabsChanged);
  }
}
