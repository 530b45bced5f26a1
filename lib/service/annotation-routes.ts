// The background's routing of the annotation messages (lib/annotations/protocol.ts),
// kept out of the entrypoint so it stays wiring only and so these run in unit
// tests with fakes. Payloads arrive validated and sender-checked; every
// answer is a Result. After a write, every panel and every tab hears
// `annotationsChanged` (lists re-read, pages re-anchor and re-highlight).
import * as annotations from './annotations';
import { readTabState, type KeyValueArea } from './tab-state';
import { writeAnchors, writeDraft } from './tab-session';
import type { AnnotationContentMessages, AnnotationMessages } from '../annotations/protocol';
import type { Parsed } from '../messaging';
import type { Result } from '../protocol';

export interface AnnotationRouteDeps {
  db: annotations.AnnotationsDb;
  session: KeyValueArea;
  /** Clock for annotation timestamps. */
  now(): Date;
  /** Opens the side panel on a tab; must run inside the click's user gesture (call it first, synchronously). */
  openPanel(tabId: number): void;
  /** tabStateChanged for one tab: its panel re-reads the tab (and its anchors). */
  notify(tabId: number): void;
  /** annotationsChanged to every open panel. */
  panelsChanged(): void;
  /** annotationsChanged to the content script of every tab. */
  tabsChanged(): void;
  /** After a successful save, edit or delete (group sync publishes, updates or deletes the published copy). */
  written?(kind: 'saved' | 'updated' | 'deleted', id: string): void;
}

/** Content script → background. `senderUrl` is the page the browser says sent it (sender.url ?? sender.tab.url). */
export async function fromContent(
  deps: AnnotationRouteDeps, tabId: number, senderUrl: string | undefined, msg: Parsed<typeof AnnotationContentMessages>,
): Promise<Result<unknown>> {
  switch (msg.type) {
    case 'selectionAnnotated': {
      // The reader's click on "Annotate" is the gesture that lets the panel open.
      deps.openPanel(tabId);
      // The draft is for the page that sent it, whatever URL the message names.
      if (!senderUrl) return { ok: false, error: 'The page sending the selection is unknown.' };
      await writeDraft(deps.session, tabId, { target: { ...msg.payload, url: senderUrl } });
      deps.panelsChanged();
      return { ok: true, value: null };
    }
    case 'getPageAnnotations':
      return annotations.contentPageAnnotations(deps.db, msg.payload, senderUrl);
    case 'annotationsAnchored': {
      // The report without the derived quotes (they go to the database, not to every panel read).
      const results = msg.payload.results.map(({ derived: _d, ...r }) => r);
      await writeAnchors(deps.session, tabId, { url: msg.payload.url, results, at: deps.now().getTime() });
      // Imported XPath/Range and position-only annotations keep the quote they were found at.
      if (await annotations.storeDerivedSelectors(deps.db, senderUrl, msg.payload.results, deps.now).catch(() => 0)) deps.panelsChanged();
      deps.notify(tabId);
      return { ok: true, value: null };
    }
  }
}

/** Side panel / options page → background. */
export async function fromPanel(deps: AnnotationRouteDeps, msg: Parsed<typeof AnnotationMessages>): Promise<Result<unknown>> {
  const { db, now } = deps;
  switch (msg.type) {
    case 'saveAnnotation': {
      const r = changed(deps, await annotations.saveAnnotation(db, msg.payload, now));
      if (r.ok) deps.written?.('saved', r.value.id);
      return r;
    }
    case 'savePageNote': {
      const r = changed(deps, await annotations.savePageNote(db, msg.payload, now));
      if (r.ok) deps.written?.('saved', r.value.id);
      return r;
    }
    case 'updateAnnotation': {
      const r = changed(deps, await annotations.updateAnnotation(db, msg.payload, now));
      if (r.ok) deps.written?.('updated', msg.payload.id);
      return r;
    }
    case 'deleteAnnotation': {
      const r = changed(deps, await annotations.deleteAnnotation(db, msg.payload));
      if (r.ok) deps.written?.('deleted', msg.payload.id);
      return r;
    }
    case 'importAnnotations':
      return changed(deps, await annotations.importAnnotations(db, msg.payload, now));
    case 'listAnnotations':
      return annotations.listAnnotations(db, msg.payload);
    case 'exportAnnotations': {
      const request = msg.payload;
      if (request.format !== 'report') return annotations.exportAnnotations(db, request, now);
      // The report is of the tab's automatic findings, which only the tab state holds.
      const state = request.tabId === undefined ? undefined : await readTabState(deps.session, request.tabId);
      if (!state?.findings) return { ok: false, error: 'Sverka has no findings for this page yet.' };
      return annotations.exportAnnotations(db, {
        ...request,
        findings: state.findings,
        meta: { url: state.url, title: state.article?.title ?? '', outletId: state.outletId, published: state.article?.published?.iso },
      }, now);
    }
  }
}

function changed<T>(deps: AnnotationRouteDeps, result: Result<T>): Result<T> {
  if (result.ok) {
    deps.panelsChanged();
    deps.tabsChanged();
  }
  return result;
}
