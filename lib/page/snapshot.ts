// The page's document as HTML text, taken in slices. Extraction runs in an
// extension context that owns a DOM (issue 14); the page only has to hand it
// a faithful copy of the live DOM. One `documentElement.outerHTML` costs
// 6–18 ms on a 500 KB page (ap-1) on the shared 2-core machine and grows with
// the page, so it could itself be a long task: instead, subtrees small enough
// to serialise cheaply are taken whole with outerHTML, and only the few large
// elements above them (html, body, wrappers) are opened up, piece by piece,
// each piece in an idle slice of its own (lib/page/schedule.ts).
import { inChunks, type Scheduler } from './schedule';
import { markTask } from './task-log';

/** A subtree with at most this many elements is serialised in one call (well under a millisecond on news pages). */
export const WHOLE_SUBTREE_ELEMENTS = 300;
/** Past this many characters the page is too large to hand over (a message this big costs more than it is worth). */
export const MAX_SNAPSHOT_CHARS = 10_000_000;

/** What the content script sends: the page's HTML and the two addresses the DOM parser cannot know. */
export interface PageSnapshot {
  /** location.href: outlet detection and the article's URL. */
  url: string;
  /** document.baseURI: relative links resolve as they do in the page (a <base> of the page's own is honoured). */
  baseUrl: string;
  html: string;
}

type Piece = () => string;

// Script and style text is most of a news page's HTML (Reuters: data blobs in <script>) and nothing in extraction
// reads it: Readability removes both, the size checks skip them. They cross empty, which halves the message on
// heavy pages; JSON-LD scripts are kept whole (lib/extract/json-ld.ts reads them).
const EMPTIED = new Set(['script', 'style']);
const EMPTIED_SELECTOR = 'script:not([type*="ld+json" i]), style';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Children of these are raw text (or not parsed) and are never split apart.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'iframe', 'xmp', 'noembed', 'noframes', 'plaintext', 'svg', 'math', 'pre']);

/** The start tag of `el` with its attributes, as the HTML serializer writes it. */
function startTag(el: Element): string {
  const shallow = (el.cloneNode(false) as Element).outerHTML;
  const end = `</${el.localName}>`;
  return shallow.endsWith(end) ? shallow.slice(0, -end.length) : shallow;
}

/** The serialisation of `node` as a list of pieces, each cheap to produce. */
function piecesOf(node: Node, out: Piece[]): void {
  if (node.nodeType === 3) out.push(() => escapeText((node as Text).data));
  else if (node.nodeType === 8) out.push(() => `<!--${(node as Comment).data}-->`);
  else if (node.nodeType === 1) {
    const el = node as Element;
    if (EMPTIED.has(el.localName) && !(el.localName === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? ''))) {
      out.push(() => `${startTag(el)}</${el.localName}>`);
      return;
    }
    const whole = el.getElementsByTagName('*').length <= WHOLE_SUBTREE_ELEMENTS && !el.querySelector(EMPTIED_SELECTOR);
    if (RAW.has(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || whole) {
      out.push(() => el.outerHTML);
      return;
    }
    out.push(() => startTag(el));
    for (const child of Array.from(el.childNodes)) piecesOf(child, out);
    out.push(() => `</${el.localName}>`);
  }
}

/**
 * The document as HTML, the way `outerHTML` would give it, produced in idle
 * slices. Resolves to undefined when `cancelled()` turned true meanwhile
 * (the page navigated). Parts of the page that change between slices are
 * taken as they are when their slice runs; anchoring copes with a page
 * that changed (lib/page/anchor.ts).
 */
export async function serializeInSlices(doc: Document, sched: Scheduler, cancelled: () => boolean = () => false): Promise<string | undefined> {
  const started = sched.now();
  const pieces: Piece[] = [];
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  if (doc.documentElement) piecesOf(doc.documentElement, pieces);
  markTask('snapshot-plan', started, sched.now() - started);
  const parts: string[] = new Array(pieces.length);
  const done = await inChunks(pieces, (piece, i) => {
    parts[i] = piece();
  }, sched, cancelled, 'snapshot');
  return done ? doctype + parts.join('') : undefined;
}
