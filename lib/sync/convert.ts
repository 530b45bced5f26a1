// Sverka annotations ↔ Hypothesis annotations. What is published is exactly
// what the reader chose to share: the page address and title, the quote with
// its selectors (TextQuoteSelector + TextPositionSelector), the note, the tags,
// and Sverka's stance and linked statement ids as tags ("sverka:stance:…",
// "sverka:claim:…": tags are what every Hypothesis client shows and keeps).
// Never the page text around the quote beyond the selectors' short
// prefix/suffix, never anything else. Rows pulled back are validated and turned
// into colleagues' annotations, which the panel shows and the page highlights.
import { ApiAnnotationSchema, type AnnotationCreate, type AnnotationUpdate } from './api-schema';
import { pageKey } from '../annotations/normalize';
import { stableUuid } from '../annotations/export/ids';
import { STANCES, type Annotation, type Stance } from '../annotations/types';

const STANCE_TAG = 'sverka:stance:';
const CLAIM_TAG = 'sverka:claim:';
/**
 * Every published copy carries the local annotation's id as a tag (the API
 * keeps tags as sent): after the worker was stopped between sending a POST
 * and reading its answer, the queue finds the copy by it instead of posting
 * a duplicate (lib/sync/queue.ts), and a pull never shows it as a colleague's.
 */
const LOCAL_TAG = 'sverka:local:';

/** The marker tag of a local annotation's published copy (a long imported IRI id is hashed to a UUID). */
export function localMarker(localId: string): string {
  return `${LOCAL_TAG}${localId.length <= 200 ? localId : stableUuid(localId)}`;
}

/** Does a row (its raw tags) carry this local annotation's marker? */
export function isMarked(tags: unknown, localId: string): boolean {
  return Array.isArray(tags) && tags.includes(localMarker(localId));
}

/** A group annotation written by someone (a colleague, or you from another browser), as the panel and the page use it. */
export interface GroupAnnotation {
  /** The Hypothesis id. */
  id: string;
  /** acct:name@authority */
  user: string;
  displayName?: string;
  url: string;
  /** Empty for a page note (no quote: the whole page is annotated). */
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
  note: string;
  tags: string[];
  stance?: Stance;
  claimIds: string[];
  created: string;
  updated: string;
}

/** The body of POST /annotations for one of the reader's annotations. */
export function toHypothesis(a: Annotation, group: string): AnnotationCreate {
  const tags = [...a.tags];
  if (a.stance) tags.push(`${STANCE_TAG}${a.stance}`);
  for (const id of a.claimIds) tags.push(`${CLAIM_TAG}${id}`);
  tags.push(localMarker(a.id));
  const selector: { type: string; [key: string]: unknown }[] = [];
  if (a.exact) {
    selector.push({ type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix });
    if (a.start !== undefined && a.end !== undefined) selector.push({ type: 'TextPositionSelector', start: a.start, end: a.end });
  } else if (a.xrange) {
    // Imported from an XPath and not yet anchored (its page not opened since):
    // send where it points, as Hypothesis's own client writes a range, rather
    // than turning it into a page note. Once anchored, the quote is stored.
    const x = a.xrange;
    selector.push(x.endOffset === undefined
      ? { type: 'XPathSelector', value: x.start }
      : { type: 'RangeSelector', startContainer: x.start, startOffset: x.startOffset, endContainer: x.end, endOffset: x.endOffset });
  }
  return {
    uri: a.url,
    document: { title: a.title ? [a.title] : [] },
    text: a.note,
    tags,
    group,
    // Readable by the group, as the Hypothesis client sets it for a group annotation.
    permissions: { read: [`group:${group}`] },
    // A page note (no selector) targets the page alone, as Hypothesis writes them.
    target: [selector.length ? { source: a.url, selector } : { source: a.url }],
  };
}

/** PATCH /annotations/{id} after a local edit: only what the reader can edit. */
export function toHypothesisUpdate(a: Annotation): AnnotationUpdate {
  const { text, tags } = toHypothesis(a, '');
  return { text, tags };
}

/** The reader's fields back from a row (for edits made in another Hypothesis client). */
export function bodyFromTags(text: string, rawTags: readonly string[]): { note: string; tags: string[]; stance?: Stance; claimIds: string[] } {
  const tags: string[] = [];
  const claimIds: string[] = [];
  let stance: Stance | undefined;
  for (const tag of rawTags) {
    if (tag.startsWith(STANCE_TAG) && (STANCES as readonly string[]).includes(tag.slice(STANCE_TAG.length))) stance ??= tag.slice(STANCE_TAG.length) as Stance;
    else if (tag.startsWith(CLAIM_TAG) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(tag.slice(CLAIM_TAG.length))) claimIds.push(tag.slice(CLAIM_TAG.length));
    else if (tag.startsWith(LOCAL_TAG)) continue; // Sverka's marker, not the reader's tag.
    else if (tag.trim()) tags.push(tag.trim().slice(0, 100));
  }
  return { note: text, tags: [...new Set(tags)].slice(0, 50), ...(stance ? { stance } : {}), claimIds: [...new Set(claimIds)].slice(0, 200) };
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/**
 * One search row → a group annotation, or undefined when Sverka cannot show
 * it on a web page: a malformed row, a target that is not an http(s) page,
 * or selectors Sverka cannot anchor (images, PDFs' page selectors).
 */
export function fromHypothesis(raw: unknown): GroupAnnotation | undefined {
  const parsed = ApiAnnotationSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const row = parsed.data;
  const target = row.target[0];
  const source = target?.source ?? row.uri;
  if (!isHttp(source) || !isHttp(row.uri)) return undefined;
  const selectors = target?.selector ?? [];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact?: unknown; prefix?: unknown; suffix?: unknown } | undefined;
  const position = selectors.find((s) => s.type === 'TextPositionSelector') as { start?: unknown; end?: unknown } | undefined;
  if (selectors.length && (!quote || typeof quote.exact !== 'string' || !quote.exact)) return undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : '');
  const body = bodyFromTags(row.text, row.tags);
  const out: GroupAnnotation = {
    id: row.id,
    user: row.user,
    url: pageKey(row.uri),
    exact: quote ? (quote.exact as string).slice(0, 20_000) : '',
    prefix: str(quote?.prefix),
    suffix: str(quote?.suffix),
    ...body,
    created: row.created,
    updated: row.updated,
  };
  const name = row.user_info?.display_name;
  if (name) out.displayName = name;
  if (quote && position && Number.isInteger(position.start) && Number.isInteger(position.end) && (position.end as number) >= (position.start as number) && (position.start as number) >= 0) {
    out.start = position.start as number;
    out.end = position.end as number;
  }
  return out;
}
