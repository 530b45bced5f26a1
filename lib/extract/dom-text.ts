// A searchable map of the live page's visible text. Highlights are drawn with
// the CSS Custom Highlight API, which needs DOM Ranges, but sentences live in
// the extracted article text. The map keeps every visible non-space character
// with the text node and offset it came from, so a sentence found in the map
// turns back into a Range. Whitespace is left out of the map entirely: markup
// puts spaces, line breaks and no-break spaces where the article text has one
// plain space, and comparing without them makes both sides agree.
import { SKIP_TAGS } from './blocks';
import { isHiddenByMarkup } from './hidden';
import { isSkippable } from './whitespace';

/** Visible text of a document, whitespace removed, with each character's source position. */
export interface TextMap {
  /** The characters, whitespace and invisible characters dropped. */
  chars: string;
  /** For chars[i]: index into `nodes`. */
  nodeIndex: Int32Array;
  /** For chars[i]: UTF-16 offset inside that text node. */
  offset: Int32Array;
  nodes: Text[];
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

type MaybeVisible = Element & { checkVisibility?: (o?: object) => boolean };

function elementFilter(el: MaybeVisible): number {
  if (SKIP_TAGS.has(el.tagName.toUpperCase()) && el.tagName.toUpperCase() !== 'FIGCAPTION') return FILTER_REJECT;
  if (isHiddenByMarkup(el)) return FILTER_REJECT;
  // In a real browser, ask the layout engine (stylesheet-hidden menus, mobile duplicates).
  // jsdom has no layout and no checkVisibility, so only the checks above apply there.
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) {
    const display = el.ownerDocument.defaultView?.getComputedStyle(el).display;
    return display === 'contents' ? FILTER_SKIP : FILTER_REJECT;
  }
  return FILTER_SKIP;
}

/** Growable Int32 buffer: the map holds one entry per visible character, up to millions on long pages. */
class IntBuffer {
  data = new Int32Array(4096);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Builds the text map of `root` (normally document.body). Read-only: the page is not touched. */
export function buildTextMap(doc: Document, root: Node | null = doc.body): TextMap {
  const nodes: Text[] = [];
  const pieces: string[] = [];
  const nodeIdx = new IntBuffer();
  const offs = new IntBuffer();
  if (root) {
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
      acceptNode: (n: Node) => (n.nodeType === 3 ? FILTER_ACCEPT : elementFilter(n as Element)),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType !== 3) continue;
      const value = n.nodeValue ?? '';
      const idx = nodes.length;
      let kept = '';
      for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (isSkippable(ch)) continue;
        kept += ch;
        nodeIdx.push(idx);
        offs.push(i);
      }
      if (kept) {
        pieces.push(kept);
        nodes.push(n as Text);
      }
    }
  }
  return { chars: pieces.join(''), nodeIndex: nodeIdx.done(), offset: offs.done(), nodes };
}

/** A Range over map characters [from, to) — possibly across several text nodes. */
export function rangeFor(doc: Document, map: TextMap, from: number, to: number): Range {
  const range = doc.createRange();
  range.setStart(map.nodes[map.nodeIndex[from]], map.offset[from]);
  range.setEnd(map.nodes[map.nodeIndex[to - 1]], map.offset[to - 1] + 1);
  return range;
}
