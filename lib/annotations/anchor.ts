// Finding a saved quote again on the next visit, the way Hypothesis does
// (src/annotator/anchoring/match-quote.ts): first the stored position with the
// exact quote; otherwise every approximate occurrence of the quote, ranked by
// quote similarity, similarity of the text before and after it to the saved
// prefix/suffix, and closeness to the old position. What cannot be placed is an
// orphan: the caller shows it with its quote and never drops it.
//
// "Page text" is the text map of the live DOM (lib/extract/dom-text.ts
// buildTextMap(doc).chars): the visible characters in document order with all
// whitespace and invisible characters removed. It is what the highlights of
// matched sentences already search, it skips scripts, hidden menus and
// screen-reader-only text, and it does not change when an outlet re-wraps its
// markup or swaps spaces for no-break spaces. Positions (TextPositionSelector)
// count characters of that text; quotes are stored readable, with single
// spaces, and compared with their whitespace squeezed out. The content script
// must use describeRange() at save time and anchorInDocument() when it
// re-anchors, so both sides always agree on the text.

export { anchor, type AnchorResult } from './match-quote';
export {
  describeRange, rangeFromOffsets, anchorInDocument, anchorAll, pageText, CONTEXT_CHARS, type TextSelectors, type DocumentAnchor,
} from './anchor-dom';
