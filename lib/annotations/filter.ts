// Searching and filtering annotations: one pure function used by the
// background (listAnnotations) and by the panel's list as the reader types,
// so both always agree on what a filter means.
import { pageKey } from './normalize';
import type { Annotation, AnnotationFilter } from './types';

/** Case- and ё-insensitive form for search: "Ёлка" finds "елка". */
export function searchForm(text: string): string {
  return text.toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/** The day an annotation counts as for a date filter; undefined when the article's date is unknown. */
function dayOf(a: Annotation, dateOf: AnnotationFilter['dateOf']): string | undefined {
  if (dateOf === 'annotated') return a.created.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}/.test(a.published ?? '') ? a.published!.slice(0, 10) : undefined;
}

/** True when `a` passes every set field of `filter`. */
export function matchesFilter(a: Annotation, filter: AnnotationFilter): boolean {
  if (filter.url && a.url !== pageKey(filter.url)) return false;
  if (filter.tag && !a.tags.some((t) => t.toLocaleLowerCase() === filter.tag!.toLocaleLowerCase())) return false;
  if (filter.outletId && a.outletId !== filter.outletId) return false;
  if (filter.event && !a.events.includes(filter.event)) return false;
  if (filter.stance && a.stance !== filter.stance) return false;
  if (filter.claimId && !a.claimIds.includes(filter.claimId)) return false;
  if (filter.from || filter.to) {
    const day = dayOf(a, filter.dateOf);
    if (!day || (filter.from && day < filter.from) || (filter.to && day > filter.to)) return false;
  }
  const words = searchForm(filter.text ?? '').split(' ').filter(Boolean);
  if (words.length) {
    const haystack = searchForm([a.exact, a.note, a.title, a.url, ...a.tags].join('\n'));
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

/** Oldest first, then by id: the one order of every list and export (so exports are reproducible). */
export function byCreated(a: Annotation, b: Annotation): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function filterAnnotations(list: readonly Annotation[], filter: AnnotationFilter): Annotation[] {
  return list.filter((a) => matchesFilter(a, filter)).sort(byCreated);
}

/** The values present in `list`, for the filter menus: tags, outlets and events, each sorted. */
export function facets(list: readonly Annotation[]): { tags: string[]; outlets: string[]; events: string[] } {
  const tags = new Map<string, string>();
  const outlets = new Set<string>();
  const events = new Set<string>();
  for (const a of list) {
    for (const t of a.tags) if (!tags.has(t.toLocaleLowerCase())) tags.set(t.toLocaleLowerCase(), t);
    if (a.outletId) outlets.add(a.outletId);
    for (const e of a.events) events.add(e);
  }
  const sort = (xs: Iterable<string>) => [...xs].sort((x, y) => x.localeCompare(y));
  return { tags: sort(tags.values()), outlets: sort(outlets), events: sort(events) };
}
