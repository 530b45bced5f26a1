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
  | { ok: true; format: Exclude<FileFormat, 'sverka'>; items: Iterable<ReviewItem | Unreadable>; delimiter?: string }
  | { ok: false; error: string };

const looksLikeReview = (n: Record<string, unknown>) => hasType(n, 'ClaimReview') || (n['@type'] === undefined && 'claimReviewed' in n);

/** Reads `text` as whichever accepted format its content is. */
export function readFactCheckFile(text: string, opts: { columns?: ColumnMapping } = {}): ReadFile {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      if (start === '{' && isJsonLines(body)) return { ok: true, format: 'jsonl', items: jsonLines(body) };
      return { ok: false, error: jsonError(body, e) };
    }
    if (isNode(json) && 'sverkaPack' in json) return { ok: true, format: 'sverka', json };
    const items = claimReviewsIn(json);
    if (!items.length) {
      return { ok: false, error: 'This JSON file holds no fact-check: no object with "@type": "ClaimReview" (or a "claimReviewed" field) anywhere in it, and it is not a Sverka pack (no "sverkaPack": 1).' };
    }
    return { ok: true, format: 'claimreview-json', items };
  }
  return readTable(body, opts.columns);
}

/** Two or more lines, the first a whole JSON object: JSON Lines (a broken later line is one skipped item). */
function isJsonLines(body: string): boolean {
  const lines = body.split('\n').filter((l) => l.trim());
  if (lines.length < 2) return false;
  try {
    return isNode(JSON.parse(lines[0]));
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
  return { ok: true, format: delimiter === '\t' ? 'tsv' : 'csv', items: items(), delimiter };
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
