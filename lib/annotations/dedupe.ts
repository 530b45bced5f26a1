// When an imported annotation is "the same" as one we have: the same id, or
// the same page, quote and note (a colleague re-exported ours after their tool
// gave it a new id). Used by the import into IndexedDB and by `sverka export`
// when it merges several colleagues' files.
import { collapse, pageKey } from './normalize';
import type { Annotation } from './types';

export interface Duplicate {
  id: string;
  /** Plain English, shown in reports: which record it repeats and why. */
  reason: string;
}

/** The identity of an annotation apart from its id. */
export function contentKey(a: Pick<Annotation, 'url' | 'exact' | 'note' | 'start' | 'end' | 'xrange'>): string {
  // Without a quote, where it is (a position or an XPath range) tells two annotations of one page apart.
  const place = a.exact ? collapse(a.exact) : a.start !== undefined ? `@${a.start}-${a.end}` : a.xrange ? JSON.stringify(a.xrange) : '';
  return [pageKey(a.url), place, collapse(a.note)].join('\u0000');
}

/**
 * Splits `incoming` into the annotations to add and the duplicates to skip,
 * against `existing` and against earlier entries of `incoming` itself.
 * `source(i)` names where incoming entry i came from (a file name) for the report.
 */
export function dedupe(incoming: readonly Annotation[], existing: readonly Annotation[], source: (index: number) => string = () => 'the file'): { unique: Annotation[]; duplicates: Duplicate[] } {
  const ids = new Map<string, string>(existing.map((a) => [a.id, 'the database']));
  const keys = new Map<string, { id: string; where: string }>(existing.map((a) => [contentKey(a), { id: a.id, where: 'the database' }]));
  const unique: Annotation[] = [];
  const duplicates: Duplicate[] = [];
  incoming.forEach((a, i) => {
    const where = source(i);
    const sameId = ids.get(a.id);
    if (sameId !== undefined) {
      duplicates.push({ id: a.id, reason: `the same id is already in ${sameId}` });
      return;
    }
    const same = keys.get(contentKey(a));
    if (same) {
      duplicates.push({ id: a.id, reason: `the same page, quote and note as ${same.id} in ${same.where}` });
      return;
    }
    ids.set(a.id, where);
    keys.set(contentKey(a), { id: a.id, where });
    unique.push(a);
  });
  return { unique, duplicates };
}
