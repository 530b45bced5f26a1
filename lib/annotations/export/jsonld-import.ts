// Reading W3C Web Annotation JSON-LD back: Sverka's own exports (exactly, so a
// round trip loses nothing) and, as far as they fit, annotations from other
// tools that target a page with a TextQuoteSelector. Accepts a collection with
// its first page embedded, a page, a list or a single annotation. The whole
// file is checked before anything is returned: one bad annotation rejects the
// file, and every problem is listed with the annotation's number and id.
import { AnnotationSchema } from '../protocol';
import { outletForUrl } from '../../outlets';
import { normalizeTags, pageKey, uniqueIds } from '../normalize';
import { STANCES, type Annotation, type Stance } from '../types';
import { claimIdFromIri, idFromIri } from './ids';
import type { Result } from '../../types/result';

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

/** One W3C annotation → a Sverka annotation, or the reasons it cannot be one. */
function convert(raw: unknown, now: () => Date): { annotation: Annotation } | { errors: string[] } {
  if (!isObject(raw) || !hasType(raw, 'Annotation')) return { errors: ['is not an object of type "Annotation"'] };
  const errors: string[] = [];
  const iri = idOf(raw);
  if (!iri) errors.push('has no "id"');

  const target = asList(raw.target).find((t) => isObject(t) && typeof t.source === 'string' && asList(t.selector).some((s) => isObject(s) && hasType(s, 'TextQuoteSelector'))) as Json | undefined;
  if (!target) errors.push('has no target with a "source" and a TextQuoteSelector');
  const selectors = asList(target?.selector).filter(isObject);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector'));
  if (quote && (typeof quote.exact !== 'string' || !quote.exact)) errors.push('has a TextQuoteSelector without "exact" text');
  for (const key of ['prefix', 'suffix'] as const) {
    if (quote && quote[key] !== undefined && typeof quote[key] !== 'string') errors.push(`has a TextQuoteSelector whose "${key}" is not text`);
  }
  const okOffset = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  if (position && (!okOffset(position.start) || !okOffset(position.end) || (position.end as number) < (position.start as number))) {
    errors.push('has a TextPositionSelector whose start/end are not whole numbers with start ≤ end');
  }

  const created = raw.created === undefined ? now().toISOString() : utc(raw.created);
  if (!created) errors.push(`has "created" ${JSON.stringify(raw.created)}, not a date and time with a time zone`);
  const modified = raw.modified === undefined ? created : utc(raw.modified);
  if (!modified) errors.push(`has "modified" ${JSON.stringify(raw.modified)}, not a date and time with a time zone`);

  const notes: string[] = [];
  const tags: string[] = [];
  const claimIds: string[] = [];
  let stance: Stance | undefined;
  for (const body of asList(raw.body)) {
    if (!isObject(body)) continue; // A body given only as a link: nothing Sverka can keep.
    const purpose = asList(body.purpose);
    if (typeof body.value === 'string' && (hasType(body, 'TextualBody') || body.type === undefined)) {
      if (purpose.includes('tagging')) tags.push(body.value);
      else if (purpose.includes('assessing') && (STANCES as readonly string[]).includes(body.value) && !stance) stance = body.value as Stance;
      else notes.push(body.value);
    } else if (typeof body.source === 'string' && claimIdFromIri(body.source)) {
      claimIds.push(claimIdFromIri(body.source)!);
    } else if (typeof idOf(body) === 'string' && claimIdFromIri(idOf(body)!)) {
      claimIds.push(claimIdFromIri(idOf(body)!)!);
    }
  }

  const ours = typeof raw['sverka:pageTitle'] === 'string';
  const events = raw['sverka:events'];
  if (events !== undefined && !(Array.isArray(events) && events.every((e) => typeof e === 'string'))) errors.push('has "sverka:events" that is not a list of event ids');
  for (const key of ['sverka:outlet', 'sverka:published'] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string') errors.push(`has "${key}" that is not text`);
  }
  if (errors.length) return { errors };

  const url = pageKey(target!.source as string);
  const annotation: Annotation = {
    id: idFromIri(iri!),
    url,
    title: ours ? (raw['sverka:pageTitle'] as string) : '',
    exact: quote!.exact as string,
    prefix: (quote!.prefix as string | undefined) ?? '',
    suffix: (quote!.suffix as string | undefined) ?? '',
    note: notes.join('\n\n'),
    tags: normalizeTags(tags),
    claimIds: uniqueIds(claimIds),
    events: uniqueIds((events as string[] | undefined) ?? []),
    created: created!,
    modified: modified!,
  };
  if (position) {
    annotation.start = position.start as number;
    annotation.end = position.end as number;
  }
  if (stance) annotation.stance = stance;
  const outletId = ours ? (raw['sverka:outlet'] as string | undefined) : outletForUrl(url)?.id;
  if (outletId !== undefined) annotation.outletId = outletId;
  if (raw['sverka:published'] !== undefined) annotation.published = raw['sverka:published'] as string;

  // The same limits as a message from the panel: nothing larger reaches the database.
  const checked = AnnotationSchema.safeParse(annotation);
  if (!checked.success) return { errors: checked.error.issues.map((i) => `has ${i.path.join('.') || 'a value'} that is not allowed: ${i.message}`) };
  return { annotation };
}

/**
 * Parses a JSON-LD file into annotations, all or nothing. `fileName` only
 * names the file in messages; `now` dates annotations that carry no dates.
 */
export function parseJsonLd(fileName: string, text: string, now: () => Date = () => new Date()): Result<Annotation[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `${fileName} is not valid JSON (${e instanceof Error ? e.message : String(e)}). Nothing was imported.` };
  }
  const found = annotationsIn(doc);
  if ('error' in found) return { ok: false, error: `${fileName}: ${found.error} Nothing was imported.` };
  const annotations: Annotation[] = [];
  const errors: string[] = [];
  found.items.forEach((item, i) => {
    const result = convert(item, now);
    if ('annotation' in result) annotations.push(result.annotation);
    else {
      const id = isObject(item) ? idOf(item) : undefined;
      for (const e of result.errors) errors.push(`annotation ${i + 1}${id ? ` (${id})` : ''} ${e}`);
    }
  });
  if (errors.length) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS) shown.push(`…and ${errors.length - MAX_ERRORS} more`);
    return { ok: false, error: [`${fileName} was not imported: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}. Nothing was changed.`, ...shown].join('\n') };
  }
  return { ok: true, value: annotations };
}
