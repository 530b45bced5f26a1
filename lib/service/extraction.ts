// Where the background has a page's snapshot extracted (issue 14): in a
// context of its own that owns a DOM. Firefox's MV3 background is an event
// page with DOMParser, so it extracts right there; Chrome's service worker
// has none and hands the snapshot to the offscreen document. Where neither
// exists the page is told so, and falls back to extracting in itself.
import { asOutcome } from '../extract/outcome';
import { extractFromSnapshot, type ParseHtml, type SnapshotInput } from '../extract/snapshot';
import type { Extractor, ExtractOutcome } from '../protocol';

export interface ExtractionContexts {
  /** DOMParser in this very context (Firefox's background page); undefined in a service worker. */
  parseHere?: ParseHtml;
  /** The offscreen document's extractor (lib/service/offscreen.ts); undefined where the browser has none. */
  offscreen?: (snapshot: SnapshotInput) => Promise<ExtractOutcome>;
}

export const NO_EXTENSION_CONTEXT = 'no-extension-context';

/** The outcome and the path that produced it; undefined when no extension context can extract. */
export async function extractInExtension(contexts: ExtractionContexts, snapshot: SnapshotInput): Promise<{ outcome: ExtractOutcome; extractor: Extractor } | undefined> {
  if (contexts.parseHere) {
    const parse = contexts.parseHere;
    return { outcome: asOutcome(() => extractFromSnapshot(snapshot, parse)), extractor: 'background' };
  }
  if (contexts.offscreen) {
    try {
      return { outcome: await contexts.offscreen(snapshot), extractor: 'offscreen' };
    } catch (e) {
      console.warn('Sverka: the offscreen document cannot extract; the page will', e);
      return undefined;
    }
  }
  return undefined;
}

/** DOMParser where this context has one (Firefox's background page, an offscreen document). */
export function domParserHere(): ParseHtml | undefined {
  if (typeof DOMParser !== 'function') return undefined;
  const parser = new DOMParser();
  return (html) => parser.parseFromString(html, 'text/html');
}
