// Which highlighted sentence a click landed on. Custom highlights have no
// events of their own (they are not elements), so a page click is turned into
// a caret position and tested against the painted ranges.
import type { AnchoredMark } from './anchor';

export interface Caret {
  node: Node;
  offset: number;
}

/** The caret under a viewport point: the standard caretPositionFromPoint, or WebKit/Blink's older caretRangeFromPoint. */
export function caretAt(doc: Document, x: number, y: number): Caret | undefined {
  const d = doc as Document & { caretPositionFromPoint?: Document['caretPositionFromPoint']; caretRangeFromPoint?: Document['caretRangeFromPoint'] };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    if (pos?.offsetNode) return { node: pos.offsetNode, offset: pos.offset };
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    if (range) return { node: range.startContainer, offset: range.startOffset };
  }
  return undefined;
}

/**
 * The mark whose range holds the caret. A caret at the very end of a range
 * counts as outside (a click just after the sentence is not on it).
 */
export function markAt<M extends Pick<AnchoredMark, 'range'>>(marks: readonly M[], caret: Caret | undefined): M | undefined {
  if (!caret) return undefined;
  return marks.find((m) => {
    try {
      return m.range.comparePoint(caret.node, caret.offset) === 0 && !isRangeEnd(m.range, caret);
    } catch {
      // comparePoint throws for a node in another tree (a shadow root, a detached node): not on our marks.
      return false;
    }
  });
}

function isRangeEnd(range: Range, caret: Caret): boolean {
  return caret.node === range.endContainer && caret.offset === range.endOffset;
}
