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

/**
 * Builds a text map in steps, so the page can spread the walk over idle
 * slices (issue 14: the walk asks the layout engine about every element and
 * took 10–25 ms in one task on the heaviest page). `step(more)` walks while
 * `more()` is true; nodes that change between steps are what anchoring's
 * "still anchored" check is for.
 */
export class TextMapBuilder {
  private nodes: Text[] = [];
  private pieces: string[] = [];
  private nodeIdx = new IntBuffer();
  private offs = new IntBuffer();
  private walker: TreeWalker | undefined;
  private finished = false;

  constructor(doc: Document, root: Node | null = doc.body) {
    if (!root) this.finished = true;
    else {
      this.walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
        acceptNode: (n: Node) => (n.nodeType === 3 ? FILTER_ACCEPT : elementFilter(n as Element)),
      });
    }
  }

  /** Walks on while `more()` says so; true once the whole tree is mapped. */
  step(more: () => boolean = () => true): boolean {
    while (!this.finished) {
      const n = this.walker!.nextNode();
      if (!n) {
        this.finished = true;
        break;
      }
      if (n.nodeType === 3) this.add(n as Text);
      if (!more()) break;
    }
    return this.finished;
  }

  private add(n: Text): void {
    const value = n.nodeValue ?? '';
    const idx = this.nodes.length;
    let kept = '';
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      if (isSkippable(ch)) continue;
      kept += ch;
      this.nodeIdx.push(idx);
      this.offs.push(i);
    }
    if (kept) {
      this.pieces.push(kept);
      this.nodes.push(n);
    }
  }

  map(): TextMap {
    return { chars: this.pieces.join(''), nodeIndex: this.nodeIdx.done(), offset: this.offs.done(), nodes: this.nodes };
  }
}

/** Builds the text map of `root` (normally document.body) in one go. Read-only: the page is not touched. */
export function buildTextMap(doc: Document, root: Node | null = doc.body): TextMap {
  const builder = new TextMapBuilder(doc, root);
  builder.step();
  return builder.map();
}

/** A Range over map characters [from, to) — possibly across several text nodes. */
export function rangeFor(doc: Document, map: TextMap, from: number, to: number): Range {
  const range = doc.createRange();
  range.setStart(map.nodes[map.nodeIndex[from]], map.offset[from]);
  range.setEnd(map.nodes[map.nodeIndex[to - 1]], map.offset[to - 1] + 1);
  return range;
}
