// From article offsets back to the live page: the marked sentences become DOM
// Ranges through lib/extract's sentenceRanges (which reads the page and never
// changes it). Only the marked sentences are searched, in reading order.
// From the module itself, not lib/extract's index: the content script must not bundle Readability (issue 14).
import { sentenceRanges, sentenceRangesIn } from '../extract/ranges';
import { TextMapBuilder } from '../extract/dom-text';
import { nextIdle, SLICE_MS, type Scheduler } from './schedule';
import { markTask } from './task-log';
import type { ExtractedArticle } from '../extract/types';
import { squeeze } from '../extract/whitespace';
import { HEADLINE_START, headlineRange } from '../extract/headline';
import type { SentenceMark } from './marks';

export interface AnchoredMark extends SentenceMark {
  range: Range;
  /** The range's text when it was anchored, whitespace removed: the check for "the page changed under us". */
  anchoredText: string;
}

const anchoredAt = (m: SentenceMark, range: Range | null | undefined): AnchoredMark[] => (range ? [{ ...m, range, anchoredText: squeeze(range.toString()) }] : []);

/** The headline's mark on the page (it is not in the article text): its <h1>, found by the title. */
function anchorHeadline(doc: Document, article: ExtractedArticle, marks: readonly SentenceMark[]): AnchoredMark[] {
  const m = marks.find((x) => x.start === HEADLINE_START);
  return m ? anchoredAt(m, headlineRange(doc, article.title)) : [];
}

/** Ranges for `marks` in `doc`; marks whose sentence is no longer on the page are left out. */
export function anchorMarks(doc: Document, article: ExtractedArticle, marks: readonly SentenceMark[]): AnchoredMark[] {
  const byStart = new Map(article.sentences.map((s) => [s.start, s]));
  const wanted = marks.filter((m) => byStart.has(m.start));
  const head = anchorHeadline(doc, article, marks);
  if (!wanted.length) return head;
  const ranges = sentenceRanges(doc, { ...article, sentences: wanted.map((m) => byStart.get(m.start)!) });
  return [...head, ...wanted.flatMap((m, i) => anchoredAt(m, ranges[i]))];
}

/**
 * anchorMarks in idle slices: the text map (a walk over the whole page that
 * asks the layout engine about every element) is built a slice at a time,
 * then the marked sentences are found in it. Undefined when `cancelled()`
 * turned true meanwhile.
 */
export async function anchorMarksInSlices(
  doc: Document,
  article: ExtractedArticle,
  marks: readonly SentenceMark[],
  sched: Scheduler,
  cancelled: () => boolean,
): Promise<AnchoredMark[] | undefined> {
  const byStart = new Map(article.sentences.map((s) => [s.start, s]));
  const wanted = marks.filter((m) => byStart.has(m.start));
  const head = anchorHeadline(doc, article, marks);
  if (!wanted.length) return head;
  const builder = new TextMapBuilder(doc);
  for (let done = false; !done;) {
    const deadline = await nextIdle(sched);
    if (cancelled()) return undefined;
    const started = sched.now();
    const budget = Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
    let n = 0;
    // The clock is read every 64 nodes: cheap, and a node costs microseconds.
    done = builder.step(() => (++n & 63) !== 0 || sched.now() - started < budget);
    markTask('anchor-map', started, sched.now() - started);
  }
  await nextIdle(sched);
  if (cancelled()) return undefined;
  const started = sched.now();
  const ranges = sentenceRangesIn(doc, builder.map(), { sentences: wanted.map((m) => byStart.get(m.start)!) });
  const anchored = [...head, ...wanted.flatMap((m, i) => anchoredAt(m, ranges[i]))];
  markTask('anchor-find', started, sched.now() - started);
  return anchored;
}

/**
 * True while every range still covers the text it covered when anchored. A
 * page that re-renders its article detaches the old text nodes (the range
 * collapses or its text changes); then the marks must be found again.
 */
export function stillAnchored(anchored: readonly AnchoredMark[]): boolean {
  return anchored.every((a) => a.range.startContainer.isConnected && a.range.endContainer.isConnected && !a.range.collapsed && squeeze(a.range.toString()) === a.anchoredText);
}

/**
 * The element that holds all anchored sentences: what the mutation watcher keeps an eye on. The headline
 * often sits outside the article body; it counts only when nothing else is marked, so one matching
 * headline does not make the watcher observe the whole page.
 */
export function commonContainer(anchored: readonly AnchoredMark[]): Element | undefined {
  const body = anchored.filter((a) => a.start !== HEADLINE_START);
  let node: Node | null = null;
  for (const a of body.length ? body : anchored) {
    const here = a.range.commonAncestorContainer;
    if (!node) node = here;
    else while (node && !node.contains(here)) node = node.parentNode;
  }
  while (node && node.nodeType !== 1) node = node.parentNode;
  return (node as Element | null) ?? undefined;
}
