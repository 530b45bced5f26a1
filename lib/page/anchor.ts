// From article offsets back to the live page: the marked sentences become DOM
// Ranges through lib/extract's sentenceRanges (which reads the page and never
// changes it). Only the marked sentences are searched, in reading order.
// From the module itself, not lib/extract's index: the content script must not bundle Readability (issue 14).
import { sentenceRanges } from '../extract/ranges';
import type { ExtractedArticle } from '../extract/types';
import { squeeze } from '../extract/whitespace';
import type { SentenceMark } from './marks';

export interface AnchoredMark extends SentenceMark {
  range: Range;
  /** The range's text when it was anchored, whitespace removed: the check for "the page changed under us". */
  anchoredText: string;
}

/** Ranges for `marks` in `doc`; marks whose sentence is no longer on the page are left out. */
export function anchorMarks(doc: Document, article: ExtractedArticle, marks: readonly SentenceMark[]): AnchoredMark[] {
  const byStart = new Map(article.sentences.map((s) => [s.start, s]));
  const wanted = marks.filter((m) => byStart.has(m.start));
  if (!wanted.length) return [];
  const ranges = sentenceRanges(doc, { ...article, sentences: wanted.map((m) => byStart.get(m.start)!) });
  return wanted.flatMap((m, i) => {
    const range = ranges[i];
    return range ? [{ ...m, range, anchoredText: squeeze(range.toString()) }] : [];
  });
}

/**
 * True while every range still covers the text it covered when anchored. A
 * page that re-renders its article detaches the old text nodes (the range
 * collapses or its text changes); then the marks must be found again.
 */
export function stillAnchored(anchored: readonly AnchoredMark[]): boolean {
  return anchored.every((a) => a.range.startContainer.isConnected && a.range.endContainer.isConnected && !a.range.collapsed && squeeze(a.range.toString()) === a.anchoredText);
}

/** The element that holds all anchored sentences: what the mutation watcher keeps an eye on. */
export function commonContainer(anchored: readonly AnchoredMark[]): Element | undefined {
  let node: Node | null = null;
  for (const a of anchored) {
    const here = a.range.commonAncestorContainer;
    if (!node) node = here;
    else while (node && !node.contains(here)) node = node.parentNode;
  }
  while (node && node.nodeType !== 1) node = node.parentNode;
  return (node as Element | null) ?? undefined;
}
