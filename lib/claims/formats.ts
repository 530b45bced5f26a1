// Recognising a fact-check file by its content (never its name) and reading
// its items one by one. Accepted (README.md, "Import formats"):
//   - JSON: ClaimReview JSON-LD as one object, an array or an @graph; a
//     schema.org DataFeed (dataFeedElement[] of DataFeedItem.item) or a lone
//     DataFeedItem; ClaimReview objects wherever they sit in any JSON document
//     (an API response's `data` array), with or without @context/@type;
//   - JSON Lines: one ClaimReview per line;
//   - CSV/TSV with comma, semicolon or tab and a header row (csv-columns.ts).
// A Sverka pack ({"sverkaPack": 1}) is recognised too; lib/claims/import.ts reads it.
// A structurally broken file is an error; inside a good file, an unreadable
// item is reported as a skip with its number, never a reason to drop the file.
import Papa from 'papaparse';
import { mapColumns, type ColumnMapping } from './csv-columns';
import { fastJson, NotFast, type AncestorReads } from './json-fast';
import { JsonSyntaxError, streamJson, type Completed } from './json-stream';
import { fromClaimReview, hasType, isNode, resolver, type ReviewItem } from './review-item';

export type FileFormat = 'sverka' | 'claimreview-json' | 'jsonl' | 'csv' | 'tsv';

/** An item that could not be read at all (a broken JSON line, a row with stray quotes). */
export interface Unreadable {
  unreadable: true;
  n: number;
  where: string;
  reason: string;
}

export type ReadFile =
  | { ok: true; format: 'sverka'; json: unknown }
  | {
    ok: true; format: Exclude<FileFormat, 'sverka'>; items: Iterable<ReviewItem | Unreadable>; delimiter?: string;
    /** Characters of the file read so far (the JSON reader reads as the items are taken; the others read up front). */
    position: () => number;
  }
  | { ok: false; error: string };

/**
 * Thrown while taking items from a JSON file that turns out to be broken
 * (or to hold no fact-check at all): the whole file is rejected, and the
 * caller must not have stored anything yet.
 */
export class FileRejected extends Error {}

/** Typed ClaimReview (any prefix: "schema:ClaimReview", a full IRI), or untyped with a claimReviewed field. Runs for every object of a streamed file: plain string checks first. */
function looksLikeReview(n: Record<string, unknown>): boolean {
  const t = n['@type'];
  if (t === undefined) return 'claimReviewed' in n;
  if (typeof t === 'string') return t === 'ClaimReview' || (t.endsWith('ClaimReview') && hasType(n, 'ClaimReview'));
  return hasType(n, 'ClaimReview');
}

/**
 * All that streamClaimReviews reads of an enclosing object: whether it is a
 * review (bit 2), and whether it keeps its finished children (bit 1: it has
 * an @id, or no @type). json-fast.ts checks that it is the same for the
 * object as far as the stream has read it and whole.
 */
export const ANCESTOR_READS: AncestorReads = {
  watched: new Set(['@type', '@id', 'claimReviewed']),
  state: (a) => (looksLikeReview(a) ? 2 : 0) | (typeof a['@id'] === 'string' || a['@type'] === undefined ? 1 : 0),
};

const NO_FACT_CHECK = 'This JSON file holds no fact-check: no object with "@type": "ClaimReview" (or a "claimReviewed" field) anywhere in it, and it is not a Sverka pack (no "sverkaPack": 1).';

/** Reads `text` as whichever accepted format its content is. */
export function readFactCheckFile(text: string, opts: { columns?: ColumnMapping } = {}): ReadFile {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') {
    if (start === '{' && isJsonLines(body)) return { ok: true, format: 'jsonl', items: jsonLines(body), position: () => body.length };
    // A Sverka pack is small and curated, and read whole; anything else is streamed (a feed may hold 200,000 items).
    if (body.includes('"sverkaPack"')) {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch (e) {
        return { ok: false, error: jsonError(body, e) };
      }
      if (isNode(json) && 'sverkaPack' in json) return { ok: true, format: 'sverka', json };
    }
    let read = 0;
    return { ok: true, format: 'claimreview-json', items: streamClaimReviews(body, (n) => (read = n)), position: () => read };
  }
  return readTable(body, opts.columns);
}

/**
 * Two or more lines, the first a whole JSON object: JSON Lines (a broken
 * later line is one skipped item). Looks at the first two lines only, so a
 * one-line 100 MB document is not parsed here.
 */
function isJsonLines(body: string): boolean {
  const text = body.trimStart();
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || !text.slice(firstEnd).trim()) return false;
  try {
    return isNode(JSON.parse(text.slice(0, firstEnd)));
  } catch {
    return false;
  }
}

function* jsonLines(body: string): Generator<ReviewItem | Unreadable> {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `line ${i + 1}`;
    let node: unknown;
    try {
      node = JSON.parse(line);
    } catch {
      yield { unreadable: true, n: i + 1, where, reason: 'not valid JSON' };
      continue;
    }
    const reviews = isNode(node) ? claimReviewsIn(node) : [];
    if (!reviews.length) yield { unreadable: true, n: i + 1, where, reason: 'not a ClaimReview' };
    for (const r of reviews) yield { ...r, n: i + 1, where };
  }
}

/**
 * Every ClaimReview in a JSON document, in document order: walks objects and
 * arrays (iteratively, so a hostile 100,000-deep nesting cannot overflow the
 * stack) without descending into a ClaimReview itself; `{"@id": …}`
 * references resolve against every node with that @id.
 */
export function claimReviewsIn(json: unknown): ReviewItem[] {
  const byId = new Map<string, Record<string, unknown>>();
  const reviews: Record<string, unknown>[] = [];
  const stack: unknown[] = [json];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isNode(v)) continue;
    if (typeof v['@id'] === 'string' && !byId.has(v['@id'])) byId.set(v['@id'], v);
    if (looksLikeReview(v)) {
      reviews.push(v);
      // Its own nodes (author, itemReviewed) may carry @ids others refer to.
      for (const x of Object.values(v)) if (isNode(x) && typeof x['@id'] === 'string' && !byId.has(x['@id'])) byId.set(x['@id'], x);
      continue;
    }
    const values = Object.values(v);
    for (let i = values.length - 1; i >= 0; i--) if (typeof values[i] === 'object' && values[i] !== null) stack.push(values[i]);
  }
  const one = resolver(byId);
  return reviews.map((r, i) => fromClaimReview(r, i + 1, `item ${i + 1}`, one));
}

/**
 * claimReviewsIn for a document read piece by piece (lib/claims/json-stream.ts):
 * yields each ClaimReview as soon as its closing brace is read, and drops it
 * from the tree, so a 200,000-item DataFeed never exists as one object tree.
 * The same detection as claimReviewsIn — any object typed ClaimReview, or
 * untyped with a claimReviewed field, wherever it sits (DataFeed items,
 * @graph, arrays, an API response's `data`), never one inside another.
 * Finished DataFeedItem-like wrappers (typed, no @id, inside typed
 * containers without an @id) are dropped too; nodes with an @id are kept
 * for references. A review holding any @id is resolved at the end of the
 * document (a reference may point forwards), and so is every review after
 * it, to keep document order. `onRead` gets the characters read so far.
 *
 * Read with json-fast.ts (JSON.parse per element; `chunkChars` its size
 * limit, for tests) unless `reader` is 'stream'; where the fast path cannot vouch for the file (a syntax error, a
 * duplicate key…) it stops before any item that could differ, and the
 * streaming parser reads the file again from the start, its first items
 * (the ones already given) skipped: the same items and the same error
 * message either way (tests/unit/import-fast-path.test.ts).
 */
export function* streamClaimReviews(
  body: string, onRead: (chars: number) => void = () => {}, sliceChars?: number, opts: { reader?: 'fast' | 'stream'; chunkChars?: number } = {},
): Generator<ReviewItem> {
  const stream = (c: (c: Completed) => boolean) => streamJson(body, c, sliceChars);
  if (opts.reader === 'stream') return yield* reviewsIn(stream, onRead);
  let given = 0;
  try {
    for (const item of reviewsIn((c) => fastJson(body, c, ANCESTOR_READS, sliceChars, opts.chunkChars), onRead)) {
      yield item;
      given++;
    }
    return;
  } catch (e) {
    if (!(e instanceof NotFast)) throw e;
  }
  for (const item of reviewsIn(stream, onRead)) {
    if (given > 0) given--;
    else yield item;
  }
}

/** streamClaimReviews over the events of one JSON reader (json-fast.ts or json-stream.ts). */
function* reviewsIn(read: (onComplete: (c: Completed) => boolean) => Generator<number, void>, onRead: (chars: number) => void): Generator<ReviewItem> {
  const byId = new Map<string, Record<string, unknown>>();
  const one = resolver(byId);
  const ready: ReviewItem[] = [];
  const deferred: { node: Record<string, unknown>; n: number }[] = [];
  let count = 0;
  const remember = (node: Record<string, unknown>) => {
    const id = node['@id'];
    if (typeof id !== 'string') return;
    const known = byId.get(id);
    // First definition wins; a bare {"@id": …} reference never hides a later definition.
    if (!known || (Object.keys(known).length === 1 && Object.keys(node).length > 1)) byId.set(id, node);
  };
  const onComplete = ({ value, parent, ancestors }: Completed): boolean => {
    if (!isNode(value)) return false;
    let insideReview = false;
    let keptAbove = false;
    for (const a of ancestors) {
      if (!isNode(a)) continue;
      const state = ANCESTOR_READS.state(a) as number;
      if (state & 2) insideReview = true;
      if (state & 1) keptAbove = true;
    }
    if (looksLikeReview(value) && !insideReview) {
      const n = ++count;
      // Its own nodes (author, itemReviewed) may carry @ids others refer to.
      for (const x of Object.values(value)) if (isNode(x)) remember(x);
      if (deferred.length || holdsId(value)) deferred.push({ node: value, n });
      else ready.push(fromClaimReview(value, n, `item ${n}`, one));
      return true;
    }
    remember(value);
    return !insideReview && !keptAbove && Array.isArray(parent) && value['@id'] === undefined && value['@type'] !== undefined;
  };
  try {
    for (const chars of read(onComplete)) {
      onRead(chars);
      yield* ready;
      ready.length = 0;
    }
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new FileRejected(e.message);
    throw e;
  }
  yield* ready;
  for (const { node, n } of deferred) yield fromClaimReview(node, n, `item ${n}`, one);
  if (!count) throw new FileRejected(NO_FACT_CHECK);
}

/** Whether any node inside `node` (not itself) has an @id: a reference that may resolve only later in the file. */
function holdsId(node: Record<string, unknown>): boolean {
  const stack: unknown[] = Object.values(node);
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isNode(v)) {
      if (v['@id'] !== undefined) return true;
      stack.push(...Object.values(v));
    }
  }
  return false;
}

/** CSV or TSV: the delimiter (comma, semicolon or tab) is guessed from the content by papaparse. */
function readTable(body: string, columns?: ColumnMapping): ReadFile {
  const parsed = Papa.parse<string[]>(body, { delimiter: '', delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  if (rows.length < 2 || rows[0].length < 2) {
    return { ok: false, error: 'This file is not JSON, JSON Lines or a CSV/TSV table with a header row and at least one row (comma, semicolon or tab separated).' };
  }
  const mapped = mapColumns(rows[0], columns);
  if (!mapped.ok) return { ok: false, error: mapped.error };
  const delimiter = parsed.meta.delimiter;
  const badRows = new Map<number, string>();
  for (const err of parsed.errors) if (typeof err.row === 'number' && err.row > 0 && !badRows.has(err.row)) badRows.set(err.row, err.message);
  const c = mapped.columns;
  const width = rows[0].length;
  function* items(): Generator<ReviewItem | Unreadable> {
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r];
      const where = `row ${r + 1}`;
      if (badRows.has(r) || row.length !== width) {
        yield { unreadable: true, n: r + 1, where, reason: `malformed row (${badRows.get(r) ?? `${row.length} fields, the header has ${width}`})` };
        continue;
      }
      const cell = (i: number | undefined) => (i === undefined ? undefined : row[i]?.trim() || undefined);
      const appearance = cell(c.appearance);
      yield {
        n: r + 1, where, claim: cell(c.claim), claimant: cell(c.claimant), claimDate: cell(c.date), reviewDate: cell(c.reviewDate),
        publisher: cell(c.publisher), url: cell(c.url), title: cell(c.title), rating: cell(c.rating), language: cell(c.language),
        appearances: appearance ? [{ url: appearance }] : [],
      };
    }
  }
  return { ok: true, format: delimiter === '\t' ? 'tsv' : 'csv', items: items(), delimiter, position: () => body.length };
}

/** JSON.parse's message with the position as a line and column a person can find in an editor. */
export function jsonError(body: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // V8: "... in JSON at position 42"; SpiderMonkey: "... at line 3 column 5 of the JSON data".
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  const pos = /position (\d+)/.exec(message);
  let where: string;
  if (lineCol) where = `line ${lineCol[1]}, column ${lineCol[2]}`;
  else if (pos) where = lineAndColumn(body, Number(pos[1]));
  else if (/end of (JSON|data)/i.test(message)) where = `the end of the file (${lineAndColumn(body, body.length)})`;
  else where = 'an unknown position';
  const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  return `Not valid JSON: ${reason} at ${where}.`;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}
