// Reading W3C Web Annotation JSON-LD back: Sverka's own exports (exactly, so a
// round trip loses nothing, motivation and body languages included) and
// annotations from other tools wherever they can be placed on a web page: a
// quote (with or without a position, also as the refinement of an XPath, CSS,
// Range or Fragment selector), a text position alone, an XPath or Range
// selector of simple child-step paths (W3C's and Hypothesis's; walked on the
// live page by lib/annotations/xpath.ts, never by document.evaluate), or the
// page itself (a page note, as Hypothesis writes them). Accepts a collection with its first
// page embedded, a page, a list or a single annotation. The whole file is
// checked first: one annotation that breaks the model's MUSTs
// (./w3c-musts.ts) refuses the file, every problem listed; conforming ones
// Sverka cannot place (images, media, unknown selectors, non-http sources
// such as javascript: or data:) are listed as not imported, with the reason.
import { AnnotationSchema } from '../protocol';
import { outletForUrl } from '../../outlets';
import { normalizeTags, pageKey, uniqueIds } from '../normalize';
import { STANCES, type Annotation, type Stance } from '../types';
import { claimIdFromIri, idFromIri } from './ids';
import { annotationMustProblems, hasAnnoContext } from './w3c-musts';
import { motivationOf } from './jsonld';
import type { Result } from '../../types/result';
import { xpathRangeProblem, type XPathRange } from '../xpath';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const hasType = (v: Json, type: string) => asList(v.type).includes(type) || asList(v['@type']).includes(type);
const idOf = (v: Json) => (typeof v.id === 'string' ? v.id : typeof v['@id'] === 'string' ? (v['@id'] as string) : undefined);

/** More errors than this and the rest are summarised: a wrong file should not print a thousand lines. */
const MAX_ERRORS = 20;

/** Annotation objects in any of the shapes a W3C export can take. */
function annotationsIn(doc: unknown): { items: unknown[] } | { error: string } {
  if (Array.isArray(doc)) return { items: doc };
  if (!isObject(doc)) return { error: 'The file is not a W3C Web Annotation document: expected a JSON object or list.' };
  if (hasType(doc, 'AnnotationCollection')) {
    if (doc.first === undefined) {
      if (doc.items !== undefined) return { items: asList(doc.items) };
      if (doc.total === 0) return { items: [] };
      return { error: 'The AnnotationCollection has no "first" page: the annotations are not in the file.' };
    }
    if (!isObject(doc.first)) return { error: 'The AnnotationCollection\'s "first" page is a link, not included in the file: export it with its annotations embedded.' };
    if (doc.first.next !== undefined) return { error: 'The AnnotationCollection has more than one page; only single-page exports (as Sverka writes them) can be imported.' };
    return { items: asList(doc.first.items) };
  }
  if (hasType(doc, 'AnnotationPage')) return { items: asList(doc.items) };
  if (hasType(doc, 'Annotation')) return { items: [doc] };
  return { error: 'The file is not a W3C Web Annotation document: no AnnotationCollection, AnnotationPage or Annotation at its top level.' };
}

/** A W3C dateTime with a time zone, as UTC ISO; undefined when it is not one. */
function utc(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Why a conforming annotation was not imported (listed for the reader; the rest of the file is imported). */
export interface NotImported {
  /** 1-based position in the file. */
  index: number;
  id?: string;
  reason: string;
}

/** "a CssSelector", "an XPathSelector". */
const article = (word: string) => `${/^[AEIOUX]/i.test(word) ? 'an' : 'a'} ${word}`;

const MEDIA_TYPES = ['Image', 'Video', 'Sound', 'Audio', 'Dataset', 'Model'];
const isHttp = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/[^\s]+$/i.test(v);

type Place =
  | { kind: 'note'; url: string }
  | { kind: 'quote'; url: string; exact: string; prefix: string; suffix: string; start?: number; end?: number }
  | { kind: 'position'; url: string; start: number; end: number }
  | { kind: 'xrange'; url: string; xrange: XPathRange };

interface Found {
  quote?: Json;
  position?: Json;
  xrange?: XPathRange;
  /** Selectors Sverka has no use for ("a CssSelector"). */
  other: string[];
  /** XPath/Range selectors refused, each a whole reason ("its XPath "//p" uses the descendant axis (//)"). */
  refused: string[];
}

const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** A position refinement as [start, end]; undefined when absent or not two ordered offsets. */
function positionOf(p: Json | undefined): [number, number] | undefined {
  return p && isOffset(p.start) && isOffset(p.end) && p.end >= p.start ? [p.start, p.end] : undefined;
}

/**
 * An XPathSelector or RangeSelector as an XPathRange: W3C's XPathSelector
 * (alone: the element's text; refined by a position inside it), W3C's
 * RangeSelector between two XPathSelectors (from the start of the first to
 * the start of the second, each optionally refined by a position; the whole
 * optionally refined by a position inside the range), and Hypothesis's
 * RangeSelector (startContainer/startOffset/endContainer/endOffset).
 */
function xrangeOf(s: Json, refine: Json | undefined): { xrange: XPathRange } | { reason: string } {
  const within = positionOf(refine);
  if (refine && !within) return { reason: `its ${String(s.type)} is refined by a selector Sverka cannot use` };
  let xrange: XPathRange;
  if (hasType(s, 'XPathSelector')) {
    if (typeof s.value !== 'string') return { reason: 'its XPathSelector has no path' };
    xrange = within ? { start: s.value, startOffset: within[0], end: s.value, endOffset: within[1] } : { start: s.value, startOffset: 0, end: s.value };
  } else if (typeof s.startContainer === 'string' || typeof s.endContainer === 'string') {
    if (typeof s.startContainer !== 'string' || typeof s.endContainer !== 'string' || !isOffset(s.startOffset) || !isOffset(s.endOffset)) {
      return { reason: 'its RangeSelector lacks a container path or an offset' };
    }
    xrange = { start: s.startContainer, startOffset: s.startOffset, end: s.endContainer, endOffset: s.endOffset };
  } else {
    const point = (sel: unknown): [string, number] | string => {
      if (!isObject(sel) || !hasType(sel, 'XPathSelector') || typeof sel.value !== 'string') return `its RangeSelector runs between ${isObject(sel) && typeof sel.type === "string" ? `${sel.type}s` : "selectors Sverka cannot use"}`;
      if (sel.refinedBy === undefined) return [sel.value, 0];
      const at = positionOf(isObject(sel.refinedBy) && hasType(sel.refinedBy, 'TextPositionSelector') ? sel.refinedBy : undefined);
      return at ? [sel.value, at[0]] : 'its RangeSelector\'s end points are refined by selectors Sverka cannot use';
    };
    const from = point(s.startSelector);
    if (typeof from === 'string') return { reason: from };
    const to = point(s.endSelector);
    if (typeof to === 'string') return { reason: to };
    xrange = within ? { start: from[0], startOffset: from[1] + within[0], end: from[0], endOffset: from[1] + within[1] } : { start: from[0], startOffset: from[1], end: to[0], endOffset: to[1] };
  }
  const problem = xpathRangeProblem(xrange);
  return problem ? { reason: problem } : { xrange };
}

/** The selectors Sverka can place in a selector and its refinements (XPath, CSS, Range and Fragment selectors narrowed by a quote or a position). */
function textSelectors(selector: unknown, depth = 0): Found {
  const out: Found = { other: [], refused: [] };
  if (depth > 8) return out;
  for (const s of asList(selector)) {
    if (!isObject(s)) {
      out.other.push('an external selector');
      continue;
    }
    if (hasType(s, 'TextQuoteSelector')) out.quote ??= s;
    else if (hasType(s, 'TextPositionSelector')) out.position ??= s;
    else if (hasType(s, 'XPathSelector') || hasType(s, 'RangeSelector')) {
      const inner = s.refinedBy === undefined ? undefined : textSelectors(s.refinedBy, depth + 1);
      // A quote inside the element is the better anchor: it survives the page's markup changing.
      if (inner?.quote) {
        out.quote ??= inner.quote;
        continue;
      }
      const x = xrangeOf(s, inner ? (inner.position ?? {}) : undefined);
      if ('xrange' in x) out.xrange ??= x.xrange;
      else out.refused.push(x.reason);
    } else if (s.refinedBy !== undefined) {
      const inner = textSelectors(s.refinedBy, depth + 1);
      if (inner.quote) out.quote ??= inner.quote;
      // A position inside a CSS- or fragment-selected element counts that element's characters, not the page's: unusable alone.
      if (!inner.quote) out.other.push(`${article(String(s.type))} refined by ${inner.position ? 'a position inside that element' : 'selectors Sverka cannot use'}`);
    } else out.other.push(typeof s.type === 'string' ? article(s.type) : 'a selector of unknown type');
  }
  return out;
}

/** Where on which page an annotation goes, or why it cannot go anywhere Sverka can show it. */
function placeOf(raw: Json): Place | { reason: string } {
  const reasons: string[] = [];
  for (const t of asList(raw.target)) {
    if (typeof t === 'string') {
      // A target that is just the page: a page note, as Hypothesis writes them.
      if (isHttp(t)) return { kind: 'note', url: t };
      reasons.push(`its target ${JSON.stringify(String(t).slice(0, 80))} is not a web page (http or https)`);
      continue;
    }
    if (!isObject(t)) continue;
    const types = asList(t.type).filter((x): x is string => typeof x === 'string');
    const media = types.find((x) => MEDIA_TYPES.includes(x));
    if (media) {
      reasons.push(`it targets ${media === 'Image' ? 'an image' : media === 'Dataset' ? 'a dataset' : `${media.toLowerCase()} media`}, which Sverka does not annotate`);
      continue;
    }
    if (t.items !== undefined) {
      reasons.push(`its target is ${article(types[0] ?? 'set')} of several resources`);
      continue;
    }
    const source = typeof t.source === 'string' ? t.source : idOf(t);
    if (!isHttp(source)) {
      reasons.push(`its target ${source ? JSON.stringify(String(source).slice(0, 80)) : '(no address)'} is not a web page (http or https)`);
      continue;
    }
    if (t.selector === undefined) {
      if (t.state !== undefined) reasons.push('its target is a page in a stored state (archived copy or request headers)');
      else return { kind: 'note', url: source };
      continue;
    }
    const { quote, position, xrange, other, refused } = textSelectors(t.selector);
    const okPosition = position && Number.isInteger(position.start) && Number.isInteger(position.end) && (position.end as number) >= (position.start as number);
    if (quote && typeof quote.exact === 'string' && quote.exact) {
      const place: Place = { kind: 'quote', url: source, exact: quote.exact, prefix: typeof quote.prefix === 'string' ? quote.prefix : '', suffix: typeof quote.suffix === 'string' ? quote.suffix : '' };
      if (okPosition) {
        place.start = position.start as number;
        place.end = position.end as number;
      }
      return place;
    }
    if (okPosition) return { kind: 'position', url: source, start: position.start as number, end: position.end as number };
    if (xrange) return { kind: 'xrange', url: source, xrange };
    reasons.push(refused[0] ?? `its selector is ${other[0] ?? 'of a kind Sverka cannot use'} (Sverka places text quotes, text positions and XPath ranges)`);
  }
  return { reason: reasons[0] ?? 'it has no target Sverka can place on a web page' };
}

const langOf = (body: Json): string | undefined => {
  const l = asList(body.language)[0];
  return typeof l === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(l) ? l : undefined;
};

/** One W3C annotation → a Sverka annotation, a reason it is not imported, or the reasons it breaks the model. */
function convert(raw: unknown, now: () => Date, inherited: boolean): { annotation: Annotation } | { skipped: string } | { errors: string[] } {
  const musts = annotationMustProblems(raw, inherited);
  if (musts.length) return { errors: musts };
  const obj = raw as Json;
  const errors: string[] = [];
  const iri = idOf(obj)!;
  const created = obj.created === undefined ? now().toISOString() : utc(obj.created);
  if (!created) errors.push(`has "created" ${JSON.stringify(obj.created)}, not a date and time with a time zone`);
  const modified = obj.modified === undefined ? created : utc(obj.modified);
  if (!modified) errors.push(`has "modified" ${JSON.stringify(obj.modified)}, not a date and time with a time zone`);

  const notes: string[] = [];
  const tags: string[] = [];
  const claimIds: string[] = [];
  const tagLanguages: Record<string, string> = {};
  let noteLanguage: string | undefined;
  let stance: Stance | undefined;
  const bodies = obj.bodyValue !== undefined ? [{ type: 'TextualBody', value: obj.bodyValue }] : asList(obj.body);
  for (const body of bodies) {
    if (!isObject(body)) continue; // A body given only as a link: nothing Sverka can keep.
    const purpose = asList(body.purpose);
    if (typeof body.value === 'string' && (hasType(body, 'TextualBody') || body.type === undefined)) {
      const lang = langOf(body);
      if (purpose.includes('tagging')) {
        tags.push(body.value);
        if (lang) tagLanguages[body.value.replace(/\s+/g, ' ').trim()] = lang;
      } else if (purpose.includes('assessing') && (STANCES as readonly string[]).includes(body.value) && !stance) stance = body.value as Stance;
      else {
        notes.push(body.value);
        noteLanguage ??= lang;
      }
    } else if (typeof body.source === 'string' && claimIdFromIri(body.source)) {
      claimIds.push(claimIdFromIri(body.source)!);
    } else if (typeof idOf(body) === 'string' && claimIdFromIri(idOf(body)!)) {
      claimIds.push(claimIdFromIri(idOf(body)!)!);
    }
  }

  const ours = typeof obj['sverka:pageTitle'] === 'string';
  const events = obj['sverka:events'];
  if (events !== undefined && !(Array.isArray(events) && events.every((e) => typeof e === 'string'))) errors.push('has "sverka:events" that is not a list of event ids');
  for (const key of ['sverka:outlet', 'sverka:published'] as const) {
    if (obj[key] !== undefined && typeof obj[key] !== 'string') errors.push(`has "${key}" that is not text`);
  }
  if (errors.length) return { errors };

  const place = placeOf(obj);
  if ('reason' in place) return { skipped: place.reason };
  const url = pageKey(place.url);
  const annotation: Annotation = {
    id: idFromIri(iri),
    url,
    title: ours ? (obj['sverka:pageTitle'] as string) : '',
    exact: place.kind === 'quote' ? place.exact : '',
    prefix: place.kind === 'quote' ? place.prefix : '',
    suffix: place.kind === 'quote' ? place.suffix : '',
    note: notes.join('\n\n'),
    tags: normalizeTags(tags),
    claimIds: uniqueIds(claimIds),
    events: uniqueIds((events as string[] | undefined) ?? []),
    created: created!,
    modified: modified!,
  };
  if (place.kind === 'xrange') annotation.xrange = place.xrange;
  else if (place.kind !== 'note' && place.start !== undefined && place.end !== undefined) {
    annotation.start = place.start;
    annotation.end = place.end;
  }
  if (stance) annotation.stance = stance;
  const outletId = ours ? (obj['sverka:outlet'] as string | undefined) : outletForUrl(url)?.id;
  if (outletId !== undefined) annotation.outletId = outletId;
  if (obj['sverka:published'] !== undefined) annotation.published = obj['sverka:published'] as string;
  // The motivation is kept unless it is the one Sverka would derive anyway (its own exports stay byte-identical).
  const motivation = asList(obj.motivation).find((m): m is string => typeof m === 'string');
  if (motivation && motivation !== motivationOf(annotation)) annotation.motivation = motivation;
  if (noteLanguage && annotation.note) annotation.noteLanguage = noteLanguage;
  const kept = Object.fromEntries(Object.entries(tagLanguages).filter(([t]) => annotation.tags.includes(t)));
  if (Object.keys(kept).length) annotation.tagLanguages = kept;

  // The same limits as a message from the panel: nothing larger reaches the database.
  const checked = AnnotationSchema.safeParse(annotation);
  if (!checked.success) return { errors: checked.error.issues.map((i) => `has ${i.path.join('.') || 'a value'} that is not allowed: ${i.message}`) };
  return { annotation: checked.data as Annotation };
}

/** What a file gave: the annotations to import and the conforming ones that are not imported, with the reason. */
export interface JsonLdImport {
  annotations: Annotation[];
  notImported: NotImported[];
}

/**
 * Reads a JSON-LD file. Refused whole (nothing imported) when it is not JSON,
 * not a Web Annotation document, or when any annotation breaks the model's
 * MUSTs; otherwise every annotation Sverka can place is returned and the rest
 * are listed with the reason. `fileName` only names the file in messages;
 * `now` dates annotations that carry no dates.
 */
export function readJsonLd(fileName: string, text: string, now: () => Date = () => new Date()): Result<JsonLdImport> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `${fileName} is not valid JSON (${e instanceof Error ? e.message : String(e)}). Nothing was imported.` };
  }
  const found = annotationsIn(doc);
  if ('error' in found) return { ok: false, error: `${fileName}: ${found.error} Nothing was imported.` };
  // Items embedded in a collection or page take its @context.
  const inherited = isObject(doc) && !hasType(doc, 'Annotation') && hasAnnoContext(doc['@context']);
  const annotations: Annotation[] = [];
  const notImported: NotImported[] = [];
  const errors: string[] = [];
  found.items.forEach((item, i) => {
    const result = convert(item, now, inherited);
    const id = isObject(item) ? idOf(item) : undefined;
    if ('annotation' in result) annotations.push(result.annotation);
    else if ('skipped' in result) notImported.push({ index: i + 1, ...(id ? { id } : {}), reason: `${result.skipped[0].toUpperCase()}${result.skipped.slice(1)}.` });
    else for (const e of result.errors) errors.push(`annotation ${i + 1}${id ? ` (${id})` : ''} ${e}`);
  });
  if (errors.length) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS) shown.push(`…and ${errors.length - MAX_ERRORS} more`);
    return { ok: false, error: [`${fileName} was not imported: it breaks the Web Annotation model in ${errors.length} ${errors.length === 1 ? 'place' : 'places'}. Nothing was changed.`, ...shown].join('\n') };
  }
  return { ok: true, value: { annotations, notImported } };
}

/** The annotations of a file (readJsonLd without the list of those not imported). */
export function parseJsonLd(fileName: string, text: string, now: () => Date = () => new Date()): Result<Annotation[]> {
  const r = readJsonLd(fileName, text, now);
  return r.ok ? { ok: true, value: r.value.annotations } : r;
}
