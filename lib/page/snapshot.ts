// The page's document as HTML text, taken in slices. Extraction runs in an
// extension context that owns a DOM (issue 14); the page only has to hand it
// a faithful copy of the live DOM. One `documentElement.outerHTML` costs
// 6–18 ms on a 500 KB page (ap-1) on the shared 2-core machine and grows with
// the page, so it could itself be a long task: instead, subtrees small enough
// to serialise cheaply are taken whole with outerHTML, and only the few large
// elements above them (html, body, wrappers) are opened up, node by node, in
// idle slices (lib/page/schedule.ts).
import { nextIdle, SLICE_MS, type Scheduler } from './schedule';
import { markTask } from './task-log';

/** A subtree with at most this many elements is serialised in one call (well under a millisecond on news pages). */
export const WHOLE_SUBTREE_ELEMENTS = 300;
// The port's name and the size bound are shared with the background and the protocol (lib/types/snapshot.ts).
export { MAX_SNAPSHOT_CHARS, SNAPSHOT_PORT } from '../types/snapshot';

/** What the content script sends: the page's HTML and the two addresses the DOM parser cannot know. */
export interface PageSnapshot {
  /** location.href: outlet detection and the article's URL. */
  url: string;
  /** document.baseURI: relative links resolve as they do in the page (a <base> of the page's own is honoured). */
  baseUrl: string;
  html: string;
}


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

/** What is left to write: a node (whole, or opened up into its children), or an end tag. */
type Item = Node | string;

/**
 * One step of the serialisation: writes a small node whole, or opens a large
 * element up (start tag now, its children and end tag as further items).
 */
function step(item: Item, out: string[], todo: Item[]): void {
  if (typeof item === 'string') {
    out.push(item);
    return;
  }
  if (item.nodeType === 3) out.push(escapeText((item as Text).data));
  else if (item.nodeType === 8) out.push(`<!--${(item as Comment).data}-->`);
  else if (item.nodeType === 1) {
    const el = item as Element;
    if (EMPTIED.has(el.localName) && !(el.localName === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? ''))) {
      out.push(`${startTag(el)}</${el.localName}>`);
      return;
    }
    const whole = el.getElementsByTagName('*').length <= WHOLE_SUBTREE_ELEMENTS && !el.querySelector(EMPTIED_SELECTOR);
    if (RAW.has(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || whole) {
      out.push(el.outerHTML);
      return;
    }
    out.push(startTag(el));
    // A stack: the end tag goes first so that it comes out last.
    todo.push(`</${el.localName}>`);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) todo.push(children[i]);
  }
}

/**
 * The document as HTML, the way `outerHTML` would give it (script and style
 * text left out), produced in idle slices of at most SLICE_MS: even deciding
 * what to open up happens inside the slices. Resolves to undefined when
 * `cancelled()` turned true meanwhile (the page navigated). Parts of the
 * page that change between slices are taken as they are when their slice
 * runs; anchoring copes with a page that changed (lib/page/anchor.ts).
 */
export async function serializeInSlices(doc: Document, sched: Scheduler, cancelled: () => boolean = () => false): Promise<string | undefined> {
  const out: string[] = [doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : ''];
  const todo: Item[] = doc.documentElement ? [doc.documentElement] : [];
  while (todo.length) {
    const deadline = await nextIdle(sched);
    if (cancelled()) return undefined;
    const started = sched.now();
    const budget = Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
    do step(todo.pop()!, out, todo);
    while (todo.length && sched.now() - started < budget);
    markTask('snapshot', started, sched.now() - started);
  }
  const joined = sched.now();
  const html = out.join('');
  markTask('snapshot-join', joined, sched.now() - joined);
  return html;
}
