// What the content script sends about annotations, built from the live page:
// the reader's selection as a selectionAnnotated payload, and the anchoring
// results as an annotationsAnchored report (orphans included). Document and
// URL are parameters, like every DOM reader in lib/.
import { anchorAll, describeRange, type DocumentAnchor } from './anchor';
import type { PageSelection } from './selection';
import { MAX_QUOTE_CHARS, type AnchorReport, type QuoteTarget } from './types';

/**
 * The selection as selectors over the page text, ready to send; null when it
 * covers no visible text or is longer than a message may carry (the caller
 * then says so instead of offering "Annotate").
 */
export function selectionPayload(doc: Document, selection: Selection | null, url: string): PageSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const selectors = describeRange(doc, selection.getRangeAt(0));
  if (!selectors || selectors.exact.length > MAX_QUOTE_CHARS) return null;
  return { url, title: doc.title.slice(0, 2_000), ...selectors };
}

/** Anchors a page's annotations: the ranges to highlight, and the report for the background. */
export function anchorPage<T extends QuoteTarget & { id: string }>(doc: Document, annotations: readonly T[]): {
  anchored: (DocumentAnchor & { id: string })[];
  report: AnchorReport[];
} {
  const anchored = anchorAll(doc, annotations);
  const report = anchored.map(({ id, status, score, derived }): AnchorReport => ({
    id,
    status,
    ...(score === undefined ? {} : { score }),
    // A quote longer than a message may carry stays unsaved; the annotation still anchors by its XPath next time.
    ...(derived && derived.exact && derived.exact.length <= MAX_QUOTE_CHARS ? { derived } : {}),
  }));
  return { anchored, report };
}
