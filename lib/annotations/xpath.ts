// XPaths of the simple kind annotation tools write (W3C XPathSelector and
// RangeSelector, Hypothesis's RangeSelector startContainer/endContainer):
// `/html[1]/body[1]/div[2]/p[3]`, element children picked by name and index,
// optionally a last `text()[n]` step. Issue 12, item 8.
//
// The path comes from a file someone else wrote, so it is never handed to
// `document.evaluate` (a full XPath engine: functions, axes, predicates that
// scan the whole page). It is parsed here into child steps and walked by hand
// over the live DOM; anything else — predicates other than a position, axes
// (`//`, `::`, `..`, `@`), functions, wildcards, huge indexes, overlong
// paths — is refused with a reason the import lists. Pure: the document is a
// parameter, so the same code runs in the content script and in unit tests.

/** One child step: an element name (lower case) or `text()`, and its 1-based index among same-named siblings. */
export interface XPathStep {
  name: string;
  index: number;
}

/**
 * A DOM range in XPath terms, kept on an imported annotation until the page
 * is first open (lib/annotations/types.ts). A point is (path, offset): the
 * offset counts characters of the text nodes from the start of that node
 * onward, in document order (Hypothesis's startOffset/endOffset). `endOffset`
 * absent: the range ends where the `end` node ends (an XPathSelector alone).
 */
export interface XPathRange {
  start: string;
  startOffset: number;
  end: string;
  endOffset?: number;
}

export const MAX_XPATH_CHARS = 1_000;
export const MAX_XPATH_STEPS = 64;
export const MAX_XPATH_INDEX = 10_000;
/** Offsets beyond this are not a position on a news page. */
export const MAX_XPATH_OFFSET = 10_000_000;

export type ParsedXPath = { ok: true; steps: XPathStep[] } | { ok: false; reason: string };

const STEP = /^([a-z][a-z0-9_-]*|text\(\))(?:\[(\d{1,6})\])?$/i;

/** Why one step is not a plain child step (checked in this order so the reason names the real problem). */
function stepProblem(step: string): string | undefined {
  if (step === '') return 'uses the descendant axis (//)';
  if (step.includes('::')) return `uses an axis (${step.slice(0, step.indexOf('::') + 2)})`;
  if (step === '.' || step === '..') return `steps to "${step}" instead of a child`;
  if (step.startsWith('@')) return 'selects an attribute';
  if (step.includes('*')) return 'uses a wildcard (*)';
  if (/\[[^\]]*\D[^\]]*\]/.test(step)) return 'has a predicate other than a position';
  if (/\(/.test(step) && !/^text\(\)/i.test(step)) return 'calls a function';
  if (step.includes(':')) return 'uses a namespace prefix';
  return STEP.test(step) ? undefined : 'has a step that is not an element name';
}

/** Parses a simple absolute XPath; anything Sverka will not walk is refused with the reason (for the import report). */
export function parseXPath(path: unknown): ParsedXPath {
  if (typeof path !== 'string' || !path) return { ok: false, reason: 'is not a path' };
  if (path.length > MAX_XPATH_CHARS) return { ok: false, reason: `is longer than ${MAX_XPATH_CHARS} characters` };
  if (!path.startsWith('/')) return { ok: false, reason: 'is not an absolute path (it must start with /)' };
  if (/[|"'=<>$,\s]/.test(path)) return { ok: false, reason: 'is an expression, not a path of child steps' };
  const parts = path.slice(1).split('/');
  if (parts.length > MAX_XPATH_STEPS) return { ok: false, reason: `has more than ${MAX_XPATH_STEPS} steps` };
  const steps: XPathStep[] = [];
  for (const [i, part] of parts.entries()) {
    const problem = stepProblem(part);
    if (problem) return { ok: false, reason: problem };
    const m = STEP.exec(part)!;
    const name = m[1].toLowerCase();
    if (name === 'text()' && i !== parts.length - 1) return { ok: false, reason: 'has text() before its last step' };
    // No index means the first of that name (W3C's own example writes /html/body/p[2]).
    const index = m[2] === undefined ? 1 : Number(m[2]);
    if (index < 1 || index > MAX_XPATH_INDEX) return { ok: false, reason: `has an index (${m[2]}) out of range` };
    steps.push({ name, index });
  }
  return { ok: true, steps };
}

/** Why an XPathRange cannot be used (both paths and offsets); undefined when it can. */
export function xpathRangeProblem(r: XPathRange): string | undefined {
  for (const path of r.end === r.start ? [r.start] : [r.start, r.end]) {
    const p = parseXPath(path);
    if (!p.ok) return `its XPath ${JSON.stringify(String(path).slice(0, 80))} ${p.reason}`;
  }
  for (const o of [r.startOffset, r.endOffset]) {
    if (o !== undefined && !(Number.isInteger(o) && o >= 0 && o <= MAX_XPATH_OFFSET)) return `its offset ${JSON.stringify(o)} is not a character position`;
  }
  if (r.start === r.end && r.endOffset !== undefined && r.endOffset < r.startOffset) return 'its range ends before it starts';
  return undefined;
}

/** The n-th child of `parent` that the step names (elements by local name, case-insensitively; text() by text nodes). */
function child(parent: Node, step: XPathStep): Node | null {
  let seen = 0;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    const hit = step.name === 'text()' ? c.nodeType === 3 : c.nodeType === 1 && (c as Element).localName.toLowerCase() === step.name;
    if (hit && ++seen === step.index) return c;
  }
  return null;
}

/**
 * The node a path names. A path from `/html` starts at the document; any
 * other starts at `<body>`, as Hypothesis writes its paths (relative to the body).
 */
export function nodeAtXPath(doc: Document, path: string): Node | null {
  const parsed = parseXPath(path);
  if (!parsed.ok) return null;
  let node: Node | null = parsed.steps[0].name === 'html' ? doc : doc.body;
  for (const step of parsed.steps) {
    if (!node) return null;
    node = child(node, step);
  }
  return node;
}

/** The text point `offset` characters into the text from `node` onward; null past the end of the document's text. */
function pointAt(doc: Document, node: Node, offset: number): { node: Node; offset: number } | null {
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = node;
  let text: Node | null = node.nodeType === 3 ? node : walker.nextNode();
  // A node with no text left after it: only offset 0 means anything (its start).
  if (!text) return offset === 0 ? { node, offset: 0 } : null;
  if (node.nodeType !== 3 && !node.contains(text) && offset === 0) return { node, offset: 0 };
  let left = offset;
  while (text) {
    const length = (text.nodeValue ?? '').length;
    if (left <= length) return { node: text, offset: left };
    left -= length;
    text = walker.nextNode();
  }
  return null;
}

/** The live Range an XPathRange names; null when a path or an offset is not on this page (the annotation is then an orphan). */
export function xpathRangeIn(doc: Document, r: XPathRange): Range | null {
  if (xpathRangeProblem(r)) return null;
  const startNode = nodeAtXPath(doc, r.start);
  const endNode = r.end === r.start ? startNode : nodeAtXPath(doc, r.end);
  if (!startNode || !endNode) return null;
  const start = pointAt(doc, startNode, r.startOffset);
  if (!start) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  if (r.endOffset === undefined) {
    range.setEnd(endNode, endNode.nodeType === 3 ? (endNode.nodeValue ?? '').length : endNode.childNodes.length);
  } else {
    const end = pointAt(doc, endNode, r.endOffset);
    if (!end) return null;
    range.setEnd(end.node, end.offset);
  }
  return range.collapsed ? null : range;
}
