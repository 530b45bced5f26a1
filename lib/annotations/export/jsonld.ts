// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
// export: an AnnotationCollection whose first (and only) AnnotationPage embeds
// every annotation. Each annotation targets its page with a TextQuoteSelector
// and, when known, a TextPositionSelector (positions count page-text
// characters as lib/annotations/anchor.ts defines them). Bodies: the note
// (commenting), each tag (tagging), the stance (assessing) and each linked
// claim (a SpecificResource with purpose linking). What the model has no term
// for — page title, outlet, publication date, events — goes in sverka:
// properties under a prefix declared in the annotation's @context.
import { annotationIri, claimIri, stableUuid } from './ids';
import type { Annotation } from '../types';
import { byCreated } from '../filter';
import type { XPathRange } from '../xpath';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Sverka's own terms: urn:sverka:vocab:pageTitle and so on. */
export const SVERKA_CONTEXT = { sverka: 'urn:sverka:vocab:' } as const;

export interface W3CTextualBody { type: 'TextualBody'; purpose: 'commenting' | 'tagging' | 'assessing'; value: string; format?: 'text/plain'; language?: string }
export interface W3CLinkBody { type: 'SpecificResource'; purpose: 'linking'; source: string }
export interface W3CSelectorQuote { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
export interface W3CSelectorPosition { type: 'TextPositionSelector'; start: number; end: number }
export interface W3CSelectorXPath { type: 'XPathSelector'; value: string; refinedBy?: W3CSelectorPosition }
export interface W3CSelectorRange { type: 'RangeSelector'; startSelector: W3CSelectorXPath; endSelector: W3CSelectorXPath }
type W3CSelector = W3CSelectorQuote | W3CSelectorPosition | W3CSelectorXPath | W3CSelectorRange;

/**
 * An imported XPath range not yet placed on its page (no quote known), written
 * back as W3C selectors: one XPathSelector (refined by the position inside it),
 * or a RangeSelector between two points.
 */
function xrangeSelector(x: XPathRange): W3CSelectorXPath | W3CSelectorRange {
  const at = (value: string, offset: number): W3CSelectorXPath => (offset ? { type: 'XPathSelector', value, refinedBy: { type: 'TextPositionSelector', start: offset, end: offset } } : { type: 'XPathSelector', value });
  if (x.start === x.end) {
    if (x.endOffset === undefined) return { type: 'XPathSelector', value: x.start };
    return { type: 'XPathSelector', value: x.start, refinedBy: { type: 'TextPositionSelector', start: x.startOffset, end: x.endOffset } };
  }
  return { type: 'RangeSelector', startSelector: at(x.start, x.startOffset), endSelector: at(x.end, x.endOffset ?? 0) };
}

export interface W3CAnnotation {
  '@context': [typeof ANNO_CONTEXT, typeof SVERKA_CONTEXT];
  id: string;
  type: 'Annotation';
  /** Sverka's own: assessing, commenting or highlighting; an imported annotation keeps its own. */
  motivation: string;
  created: string;
  modified: string;
  body?: (W3CTextualBody | W3CLinkBody)[];
  /** The page itself for a page note (as Hypothesis writes them); otherwise the page narrowed by selectors. */
  target: string | { type: 'SpecificResource'; source: string; selector: W3CSelector[] };
  'sverka:pageTitle': string;
  'sverka:outlet'?: string;
  'sverka:published'?: string;
  'sverka:events'?: string[];
}

export interface W3CCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

/** A stance makes it an assessment; a note alone a comment; a bare quote (tags and links at most) a highlight. */
export function motivationOf(a: Annotation): 'assessing' | 'commenting' | 'highlighting' {
  if (a.stance) return 'assessing';
  if (a.note) return 'commenting';
  return 'highlighting';
}

export function toW3C(a: Annotation): W3CAnnotation {
  const body: (W3CTextualBody | W3CLinkBody)[] = [];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain', ...(a.noteLanguage ? { language: a.noteLanguage } : {}) });
  if (a.stance) body.push({ type: 'TextualBody', purpose: 'assessing', value: a.stance });
  for (const tag of a.tags) {
    const language = a.tagLanguages?.[tag];
    body.push({ type: 'TextualBody', purpose: 'tagging', value: tag, ...(language ? { language } : {}) });
  }
  for (const id of a.claimIds) body.push({ type: 'SpecificResource', purpose: 'linking', source: claimIri(id) });
  const selector: W3CSelector[] = [];
  if (a.exact) {
    const quote: W3CSelectorQuote = { type: 'TextQuoteSelector', exact: a.exact };
    if (a.prefix) quote.prefix = a.prefix;
    if (a.suffix) quote.suffix = a.suffix;
    selector.push(quote);
  }
  if (a.start !== undefined && a.end !== undefined) selector.push({ type: 'TextPositionSelector', start: a.start, end: a.end });
  else if (!a.exact && a.xrange) selector.push(xrangeSelector(a.xrange));
  const out: W3CAnnotation = {
    '@context': [ANNO_CONTEXT, SVERKA_CONTEXT],
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.motivation ?? motivationOf(a),
    created: a.created,
    modified: a.modified,
    ...(body.length ? { body } : {}),
    target: selector.length ? { type: 'SpecificResource', source: a.url, selector } : a.url,
    'sverka:pageTitle': a.title,
  };
  if (a.outletId !== undefined) out['sverka:outlet'] = a.outletId;
  if (a.published !== undefined) out['sverka:published'] = a.published;
  if (a.events.length) out['sverka:events'] = a.events;
  return out;
}

/**
 * The annotations as one AnnotationCollection, oldest first. The collection
 * and page ids are derived from the annotation ids, so the same set always
 * gives the same file. An empty collection has no page (the model requires
 * a page to hold at least one annotation).
 */
export function toCollection(annotations: readonly Annotation[], label = 'Sverka annotations'): W3CCollection {
  const sorted = [...annotations].sort(byCreated);
  const seed = sorted.map((a) => a.id).join('\n');
  const collection: W3CCollection = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${stableUuid(`collection\n${label}\n${seed}`)}`,
    type: 'AnnotationCollection',
    label,
    total: sorted.length,
  };
  if (sorted.length) {
    collection.first = { id: `urn:uuid:${stableUuid(`page\n${label}\n${seed}`)}`, type: 'AnnotationPage', startIndex: 0, items: sorted.map(toW3C) };
  }
  return collection;
}

/** The JSON-LD file text (application/ld+json). */
export function toJsonLd(annotations: readonly Annotation[], label?: string): string {
  return `${JSON.stringify(toCollection(annotations, label), null, 2)}\n`;
}
