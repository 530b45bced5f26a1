// The fast path of reading a large JSON fact-check file (issue 11): the same
// events as streamJson (json-stream.ts) — every object and array the moment
// it is complete, innermost first, with its parent and ancestors, droppable
// — but each element of a few hundred characters is parsed by the engine's
// own JSON.parse instead of a JavaScript tokenizer. The streaming parser was
// a fifth of reading a 200,000-item DataFeed and most of its garbage.
//
// Only the outer levels (the DataFeed object, its dataFeedElement array) are
// walked here, character by character outside strings; any value that ends
// within CHUNK_CHARS is handed to JSON.parse whole and its events replayed
// from the parsed tree. Memory stays flat: one element's tree at a time.
//
// A replay is only the same as the stream when nothing the callback reads
// depends on what the stream had not yet read. So this throws NotFast — and
// the caller reads the file with streamJson instead — for anything it cannot
// vouch for: a syntax error of any kind (the streaming parser words the
// message), text with a lone surrogate (the streaming parser reads it as
// U+FFFD), and an element holding duplicate keys, a key starting with a digit
// (the engine reorders those), or a key the callback reads of an ancestor
// (`watched`) after a nested object or array of the same object where that
// changes what the callback makes of it (the stream shows the ancestor
// without the key while the nested value completes).
import { SLICE_CHARS, type Completed } from './json-stream';

/** This text is not one the fast path can vouch for: read it with streamJson. */
export class NotFast extends Error {}

/** Values that end within this many characters are parsed natively whole. */
const CHUNK_CHARS = 1 << 20;

type Container = Record<string, unknown> | unknown[];
interface Frame {
  value: Container;
  key: string | number | undefined;
  /** Document index of the current element (arrays). */
  index: number;
}

// The characters of JSON's structure, by code.
const [QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON] = [...'"\\{}[],:'].map((c) => c.charCodeAt(0));
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isObject = (v: unknown): v is Container => typeof v === 'object' && v !== null;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What the callback reads of its ancestors, so a replay can be vouched for. */
export interface AncestorReads {
  /** The keys of an ancestor object it reads. */
  watched: ReadonlySet<string>;
  /** What it makes of an ancestor object, reading only watched keys (compared with ===). */
  state: (node: Record<string, unknown>) => unknown;
}

/**
 * streamJson's contract (the same callback calls in the same order, the same
 * drops, positions yielded as it reads), or NotFast before the first call
 * that could differ. `yieldChars`: characters between two yields.
 */
export function* fastJson(text: string, onComplete: (c: Completed) => boolean | void, reads: AncestorReads, yieldChars = SLICE_CHARS, chunkChars = CHUNK_CHARS): Generator<number, void> {
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (wellFormed ? !wellFormed.call(text) : LONE_SURROGATE.test(text)) throw new NotFast();
  const frames: Frame[] = [];
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE && text.charCodeAt(i) !== OPEN_BRACKET) throw new NotFast();
  let key: string | number | undefined;
  let lastYield = 0;
  // Characters scanned in vain (values too long to parse whole): a few outer levels cost a few chunks; a hostile
  // nesting a million deep would cost a chunk per level, so past the file's length the streaming parser takes over.
  let scannedInVain = 0;

  const close = () => {
    const f = frames.pop()!;
    const parent = frames.length ? frames[frames.length - 1].value : undefined;
    const ancestors: Completed['ancestors'] = [];
    for (let k = frames.length - 1; k >= 0; k--) ancestors.push(frames[k].value);
    if (onComplete({ value: f.value, key: f.key, parent, ancestors }) && parent) drop(parent, f.key);
  };
  const readKey = (): string => {
    if (text.charCodeAt(i) !== QUOTE) throw new NotFast();
    const end = stringEnd(text, i);
    const k = parse(text, i, end) as string;
    i = skipSpace(text, end + 1);
    if (text.charCodeAt(i) !== COLON) throw new NotFast();
    i = skipSpace(text, i + 1);
    return k;
  };

  for (;;) {
    // A value starts at i.
    const top = frames.length ? frames[frames.length - 1] : undefined;
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const scan = containerEnd(text, i, Math.min(text.length, i + chunkChars));
      if (scan) {
        const value = parse(text, i, scan.end) as Container;
        if (!vouch(value, scan.keys, reads)) throw new NotFast();
        attach(top?.value, key, value);
        replay(value, key, top?.value, frames, onComplete);
        i = scan.end + 1;
      } else {
        scannedInVain += Math.min(chunkChars, text.length - i);
        if (scannedInVain > text.length + 64 * chunkChars) throw new NotFast();
        // Too long to parse at once (the DataFeed, its dataFeedElement): walk into it.
        const value: Container = c === OPEN_BRACE ? {} : [];
        attach(top?.value, key, value);
        frames.push({ value, key, index: 0 });
        i = skipSpace(text, i + 1);
        const next = text.charCodeAt(i);
        if (next === (c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) {
          i++;
          close();
        } else {
          key = c === OPEN_BRACE ? readKey() : 0;
          continue;
        }
      }
    } else {
      if (!top) throw new NotFast();
      const end = c === QUOTE ? stringEnd(text, i) : scalarEnd(text, i);
      attach(top.value, key, parse(text, i, end));
      i = end + 1;
    }
    // After a value: a comma, a closing bracket, or the end of the document.
    for (;;) {
      if (i - lastYield >= yieldChars) {
        lastYield = i;
        yield i;
      }
      i = skipSpace(text, i);
      if (!frames.length) {
        if (i < text.length) throw new NotFast();
        yield text.length;
        return;
      }
      const f = frames[frames.length - 1];
      const isArray = Array.isArray(f.value);
      const ch = text.charCodeAt(i);
      if (ch === COMMA) {
        i = skipSpace(text, i + 1);
        key = isArray ? ++f.index : readKey();
        break;
      }
      if (ch !== (isArray ? CLOSE_BRACKET : CLOSE_BRACE)) throw new NotFast();
      i++;
      close();
    }
  }
}

/** streamJson's drop: the value was the last one added to its parent. */
function drop(parent: Container, key: string | number | undefined): void {
  if (Array.isArray(parent)) parent.length -= 1;
  else delete parent[key as string];
}

/** As the streaming parser adds a value to its parent ("__proto__" as an own property, as JSON.parse does). */
function attach(parent: Container | undefined, key: string | number | undefined, value: unknown): void {
  if (!parent) return;
  if (Array.isArray(parent)) parent.push(value);
  else if (key === '__proto__') Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true });
  else parent[key as string] = value;
}

function parse(text: string, start: number, end: number): unknown {
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    throw new NotFast();
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let q = text.indexOf('"', start + 1);
  for (;;) {
    if (q < 0) throw new NotFast();
    let b = q - 1;
    while (text.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
}

/** Last index of a number or literal starting at `start`. */
function scalarEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
    i++;
  }
  return i - 1;
}

/**
 * Where the object or array opening at `start` closes, if before `limit`,
 * and how many keys it holds (a string followed by a colon) — checked against
 * the parsed tree to find duplicate keys.
 */
function containerEnd(text: string, start: number, limit: number): { end: number; keys: number } | undefined {
  let depth = 0;
  let keys = 0;
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const q = text.indexOf('"', i + 1);
      i = q >= 0 && text.charCodeAt(q - 1) !== BACKSLASH ? q : stringEnd(text, i);
      let j = i + 1;
      while (isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === COLON) keys++;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth === 0) return i < limit ? { end: i, keys } : undefined;
    }
  }
  return undefined;
}

/**
 * The checks in the header: no duplicate or digit-led keys, no watched key
 * holding an object, and every nested value sees its parent object's state
 * as the stream would show it (the watched keys before it).
 */
function vouch(root: Container, scannedKeys: number, reads: AncestorReads): boolean {
  let keys = 0;
  const stack: Container[] = [root];
  while (stack.length) {
    const v = stack.pop()!;
    if (Array.isArray(v)) {
      for (const x of v) if (isObject(x)) stack.push(x);
      continue;
    }
    const names = Object.keys(v);
    keys += names.length;
    // The watched keys read so far, and whether the state they give is known to be the whole object's.
    let sofar: Record<string, unknown> | undefined;
    let checked = false;
    let whole: unknown;
    let wholeKnown = false;
    for (const k of names) {
      const c = k.charCodeAt(0);
      if (c >= 0x30 && c <= 0x39) return false;
      const x = v[k];
      if (reads.watched.has(k)) {
        if (isObject(x) && (!Array.isArray(x) || x.some(isObject))) return false;
        (sofar ??= {})[k] = x;
        checked = false;
      } else if (isObject(x)) {
        if (!checked) {
          if (!wholeKnown) {
            whole = reads.state(v);
            wholeKnown = true;
          }
          if (reads.state(sofar ?? {}) !== whole) return false;
          checked = true;
        }
        stack.push(x);
      }
    }
  }
  return keys === scannedKeys;
}

/**
 * The events the stream would give for `root` (parsed whole), innermost
 * first in document order, with the same drops: an array's dropped elements
 * are taken out when it completes (the stream never held them there).
 */
function replay(root: Container, rootKey: string | number | undefined, rootParent: Container | undefined, frames: Frame[], onComplete: (c: Completed) => boolean | void): void {
  type Entry = { value: Container; key: string | number | undefined; names?: string[]; at: number; dropped?: number[] };
  const stack: Entry[] = [{ value: root, key: rootKey, at: 0 }];
  while (stack.length) {
    const e = stack[stack.length - 1];
    const v = e.value;
    if (Array.isArray(v)) {
      if (e.at < v.length) {
        const k = e.at++;
        if (isObject(v[k])) stack.push({ value: v[k] as Container, key: k, at: 0 });
        continue;
      }
      if (e.dropped) compact(v, e.dropped);
    } else {
      const names = (e.names ??= Object.keys(v));
      if (e.at < names.length) {
        const k = names[e.at++];
        if (isObject(v[k])) stack.push({ value: v[k] as Container, key: k, at: 0 });
        continue;
      }
    }
    stack.pop();
    const parentEntry = stack[stack.length - 1];
    const parent = parentEntry ? parentEntry.value : rootParent;
    const ancestors: Completed['ancestors'] = [];
    for (let k = stack.length - 1; k >= 0; k--) ancestors.push(stack[k].value);
    for (let k = frames.length - 1; k >= 0; k--) ancestors.push(frames[k].value);
    if (!onComplete({ value: v, key: e.key, parent, ancestors }) || !parent) continue;
    if (!parentEntry) drop(parent, e.key);
    else if (Array.isArray(parent)) (parentEntry.dropped ??= []).push(e.key as number);
    else delete parent[e.key as string];
  }
}

/** Removes the elements at `indices` (ascending) in place. */
function compact(array: unknown[], indices: number[]): void {
  let w = 0;
  let d = 0;
  for (let r = 0; r < array.length; r++) {
    if (d < indices.length && indices[d] === r) d++;
    else array[w++] = array[r];
  }
  array.length = w;
}
