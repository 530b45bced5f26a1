// The extension-context side of issue 14: a page's HTML snapshot (taken by
// the content script, lib/page/snapshot.ts) becomes a Document again through
// DOMParser, in Chrome's offscreen document or Firefox's background page, and
// lib/extract runs on it exactly as it ran on the live page. Three things
// differ between a parsed snapshot and the live DOM, and are put right here:
// - the document's address: a parsed document's URL is the extension page's,
//   so the page's base URL is set with a <base> element (relative links);
//   the page's URL itself is passed to extractArticle (outlet detection);
// - <noscript>: the live page parsed it with scripting on, so its content is
//   one text node; DOMParser parses with scripting off and would build
//   elements from it (dates, links, text that were never on the screen);
// - the encoding: none. The snapshot is already a JavaScript string, decoded
//   by the browser with the page's own charset; no bytes cross.
import { extractArticle } from './extract-article';
import type { ExtractOptions, ExtractResult } from './types';

/** The parts of a snapshot extraction needs (lib/page/snapshot.ts PageSnapshot has the same shape). */
export interface SnapshotInput {
  url: string;
  baseUrl: string;
  html: string;
}

/** Parses HTML text into a Document (DOMParser in an extension page; jsdom's in tests and the command line). */
export type ParseHtml = (html: string) => Document;

/** The page's document, rebuilt from its snapshot so that lib/extract reads it as it would read the live one. */
export function documentFromSnapshot(snapshot: SnapshotInput, parse: ParseHtml): Document {
  const doc = parse(snapshot.html);
  for (const ns of Array.from(doc.getElementsByTagName('noscript'))) {
    // innerHTML of the parsed elements is the markup the live page kept as text.
    if (ns.firstElementChild) ns.textContent = ns.innerHTML;
  }
  for (const old of Array.from(doc.querySelectorAll('base'))) old.remove();
  const base = doc.createElement('base');
  base.setAttribute('href', snapshot.baseUrl);
  (doc.head ?? doc.documentElement).prepend(base);
  return doc;
}

/**
 * Extracts the article of a snapshot. `url` is the page's address
 * (validated by the caller: http or https); the outcome is the same
 * ExtractResult extractArticle gives for the live page.
 */
export function extractFromSnapshot(snapshot: SnapshotInput, parse: ParseHtml, opts: ExtractOptions = {}): ExtractResult {
  const doc = documentFromSnapshot(snapshot, parse);
  return extractArticle(doc, new URL(snapshot.url), opts);
}
