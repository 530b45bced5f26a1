// Reading a large JSON document piece by piece (issue 11): a 200,000-item
// fact-check feed given to JSON.parse becomes one object tree of several
// hundred megabytes at once, more than a service worker should hold. Here
// @streamparser/json (a small, dependency-free, spec-compliant streaming
// parser that runs in Node and in a worker: it needs only TextEncoder and
// TextDecoder) builds the values as the text goes in, and the caller sees
// each object or array the moment it is complete and can drop it from its
// parent, so finished parts of the document do not pile up.
import { Tokenizer, TokenParser, type ParsedElementInfo } from '@streamparser/json';

/** A completed value and where it sits: `parent[key]`, its ancestors (nearest first). */
export interface Completed {
  value: object;
  key: string | number | undefined;
  parent: Record<string, unknown> | unknown[] | undefined;
  /** Enclosing objects and arrays, nearest first, still being read. */
  ancestors: (Record<string, unknown> | unknown[])[];
}

/** A document that is not JSON: the reason and where, as a line and column a person can find in an editor. */
export class JsonSyntaxError extends Error {}

/** Characters per write: big enough for speed, small enough that callers can report progress and yield. */
export const SLICE_CHARS = 1 << 18;

/**
 * Feeds `text` to a streaming parser in slices, calling `onComplete` for
 * every object and array as soon as its closing bracket is read (innermost
 * first, in document order). Returning true from `onComplete` drops the value
 * from its parent. After each slice `afterSlice(charsRead)` runs — a
 * generator caller yields its items there. Throws JsonSyntaxError for text
 * that is not one JSON value.
 */
export function* streamJson(text: string, onComplete: (c: Completed) => boolean | void, sliceChars = SLICE_CHARS): Generator<number, void> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser();
  let lastTokenOffset = 0;
  let rooted = false;
  tokenizer.onToken = (token) => {
    lastTokenOffset = token.offset;
    parser.write(token);
  };
  parser.onValue = (info: ParsedElementInfo) => {
    rooted ||= info.stack.length === 0;
    const value = info.value;
    if (typeof value !== 'object' || value === null) return;
    const ancestors: Completed['ancestors'] = [];
    if (info.parent !== undefined) ancestors.push(info.parent as Completed['ancestors'][number]);
    for (let i = info.stack.length - 1; i >= 1; i--) ancestors.push(info.stack[i].value as Completed['ancestors'][number]);
    const parent = info.parent as Completed['parent'];
    if (onComplete({ value, key: info.key as Completed['key'], parent, ancestors }) && parent) {
      // The value was the last one added to its parent: shrinking an array drops the slot (delete would leave a hole).
      if (Array.isArray(parent)) parent.length -= 1;
      else delete parent[info.key as string];
    }
  };
  let at = 0;
  try {
    while (at < text.length) {
      let end = Math.min(text.length, at + sliceChars);
      // Never split a surrogate pair (the tokenizer carries a lone one over too; this keeps that off the hot path).
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
      tokenizer.write(text.slice(at, end));
      at = end;
      yield at;
    }
    tokenizer.end();
    if (!parser.isEnded) parser.end();
  } catch (e) {
    throw new JsonSyntaxError(describe(text, e, lastTokenOffset, rooted));
  }
  if (!rooted) throw new JsonSyntaxError(`Not valid JSON: Unexpected end of JSON input at the end of the file (${lineAndColumn(text, text.length)}).`);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The parser's message in JSON.parse's words, with the place as a line and column. */
function describe(text: string, e: unknown, lastTokenOffset: number, rooted: boolean): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/ended in (the middle of a token|mid-parsing)/.test(message)) {
    return `Not valid JSON: Unexpected end of JSON input at the end of the file (${lineAndColumn(text, text.length)}).`;
  }
  const byte = /absolute position "(\d+)"/.exec(message);
  const offset = charOffset(text, byte ? Number(byte[1]) : lastTokenOffset);
  const what = /^Unexpected "(.)"/.exec(message)?.[1] ?? /\(("(?:[^"\\]|\\.)*"|[^)]*)\)/.exec(message)?.[1]?.replace(/^"|"$/g, '') ?? text[offset];
  const reason = rooted || /in state ENDED/.test(message) ? `Unexpected non-whitespace character "${what}" after JSON` : `Unexpected token "${what}"`;
  return `Not valid JSON: ${reason} at ${lineAndColumn(text, offset)}.`;
}

/** The parser counts UTF-8 bytes; editors count characters. */
function charOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  for (; i < text.length && bytes < byteOffset; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (isHighSurrogate(c)) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return i;
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
