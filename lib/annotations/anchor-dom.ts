// The DOM side of anchoring: a live selection → selectors at save time, and
// page-text offsets → a live Range when re-anchoring. Runs in the content
// script (and in tests on happy-dom); the document is always a parameter.
// Both directions use the same text map (lib/extract/dom-text.ts), which is
// what makes a position saved today mean the same characters tomorrow.
import { buildTextMap, rangeFor, type TextMap } from '../extract/dom-text';
import { anchor, type AnchorResult } from './match-quote';
import type { QuoteTarget } from './types';
import { xpathRangeIn, type XPathRange } from './xpath';

/** Characters of readable context kept before and after a quote (TextQuoteSelector prefix/suffix). */
export const CONTEXT_CHARS = 32;

/** A W3C TextQuoteSelector + TextPositionSelector, flattened. */
export interface TextSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The page text of a document (see anchor.ts): build it once per re-anchoring pass. */
export function pageText(doc: Document): TextMap {
  return buildTextMap(doc);
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

function blockOf(node: Node): Node | null {
  for (let el: Node | null = node.parentNode; el; el = el.parentNode) {
    if (el.nodeType === 1 && BLOCKS.has((el as Element).tagName.toUpperCase())) return el;
  }
  return null;
}

const SPACE = /\s/;

/** Did the reader see a space between map characters a and a + 1? (The map itself keeps no whitespace.) */
function spaceBetween(doc: Document, map: TextMap, a: number): boolean {
  const b = a + 1;
  const nodeA = map.nodes[map.nodeIndex[a]];
  const nodeB = map.nodes[map.nodeIndex[b]];
  const offA = map.offset[a];
  const offB = map.offset[b];
  if (nodeA === nodeB) return SPACE.test((nodeA.nodeValue ?? '').slice(offA + 1, offB));
  if (SPACE.test((nodeA.nodeValue ?? '').slice(offA + 1)) || SPACE.test((nodeB.nodeValue ?? '').slice(0, offB))) return true;
  // Whitespace-only text nodes between them ("\n" between tags) are not in the map.
  const between = doc.createRange();
  between.setStart(nodeA, offA + 1);
  between.setEnd(nodeB, offB);
  if (SPACE.test(between.toString())) return true;
  // Minified markup: </p><p> with nothing between still reads as two words.
  return blockOf(nodeA) !== blockOf(nodeB);
}

/** Map characters [from, to) as the reader sees them: whitespace restored as single spaces. */
function readable(doc: Document, map: TextMap, from: number, to: number): string {
  let out = '';
  for (let i = Math.max(0, from); i < Math.min(to, map.chars.length); i++) {
    if (out && spaceBetween(doc, map, i - 1)) out += ' ';
    out += map.chars[i];
  }
  return out;
}

/** First map index for which `test` holds, assuming it is false…false true…true along the map (document order). */
function firstIndex(length: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const isLowSurrogate = (s: string, i: number) => /[\uDC00-\uDFFF]/.test(s.charAt(i));
const isHighSurrogate = (s: string, i: number) => /[\uD800-\uDBFF]/.test(s.charAt(i));

/**
 * Selectors for a live selection (`range`) in `root` (normally `document`):
 * the visible characters it covers, 32 readable characters of context on each
 * side, and its offsets in the page text. Null when the range covers no
 * visible character (only whitespace, or text the map skips as hidden).
 * `map` can be passed when the caller already built it for `root`.
 */
export function describeRange(root: Node | Document, range: Range, map?: TextMap): TextSelectors | null {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const textMap = map ?? buildTextMap(doc, root.nodeType === 9 ? doc.body : root);
  const n = textMap.chars.length;
  const node = (i: number) => textMap.nodes[textMap.nodeIndex[i]];
  // A character is selected when it starts at or after the range start and ends at or before the range end.
  const start = firstIndex(n, (i) => range.comparePoint(node(i), textMap.offset[i]) >= 0);
  const end = firstIndex(n, (i) => range.comparePoint(node(i), textMap.offset[i] + 1) > 0);
  if (end <= start) return null;
  let prefix = readable(doc, textMap, start - 2 * CONTEXT_CHARS, start);
  prefix = prefix.slice(-CONTEXT_CHARS);
  if (isLowSurrogate(prefix, 0)) prefix = prefix.slice(1);
  let suffix = readable(doc, textMap, end, end + 2 * CONTEXT_CHARS).slice(0, CONTEXT_CHARS);
  if (isHighSurrogate(suffix, suffix.length - 1)) suffix = suffix.slice(0, -1);
  return { exact: readable(doc, textMap, start, end), prefix: prefix.trimStart(), suffix: suffix.trimEnd(), start, end };
}

/** A live Range over page-text offsets [start, end); null when they are outside the text. */
export function rangeFromOffsets(doc: Document, map: TextMap, start: number, end: number): Range | null {
  if (!(start >= 0 && end > start && end <= map.chars.length)) return null;
  return rangeFor(doc, map, start, end);
}

export interface DocumentAnchor extends AnchorResult {
  /** The quote in the live page (absent for orphans). */
  range?: Range;
}

/** anchor() against the live document, turned back into a Range for highlighting. */
export function anchorInDocument(doc: Document, selector: QuoteTarget, map: TextMap = buildTextMap(doc)): DocumentAnchor {
  const result = anchor(map.chars, selector);
  if (result.status === 'orphan') return result;
  const range = rangeFromOffsets(doc, map, result.start!, result.end!);
  return range ? { ...result, range } : { status: 'orphan' };
}

/**
 * An imported XPath range on the live page (lib/annotations/xpath.ts walks
 * it); found, it is an exact anchor whose quote and position are `derived`,
 * for the background to store. The range is narrowed to the visible text.
 */
export function anchorXPathRange(doc: Document, xrange: XPathRange, map: TextMap = buildTextMap(doc)): DocumentAnchor & { derived?: TextSelectors } {
  const live = xpathRangeIn(doc, xrange);
  const derived = live && describeRange(doc, live, map);
  const range = derived && rangeFromOffsets(doc, map, derived.start, derived.end);
  if (!derived || !range) return { status: 'orphan' };
  return { status: 'exact', start: derived.start, end: derived.end, score: 1, range, derived };
}

/**
 * Re-anchors every annotation of a page over one text map; orphans stay in the
 * list. An annotation without a quote (an XPath range or a position alone)
 * gets `derived`: the quote and position it was found at.
 */
export function anchorAll<T extends QuoteTarget & { id: string }>(doc: Document, targets: readonly T[]): (DocumentAnchor & { id: string; derived?: TextSelectors })[] {
  const map = buildTextMap(doc);
  return targets.map((t) => {
    if (!t.exact && t.start === undefined && t.xrange) return { id: t.id, ...anchorXPathRange(doc, t.xrange, map) };
    const found = anchorInDocument(doc, t, map);
    const derived = !t.exact && found.range ? describeRange(doc, found.range, map) : null;
    return derived ? { id: t.id, ...found, derived } : { id: t.id, ...found };
  });
}
