// The annotations table (schema v2, lib/db/schema-v2.ts). Every write is one
// read-write transaction, so two panels saving at once are serialised by
// IndexedDB and each sees the other's committed result; an edit based on an
// older version is merged field by field or refused (lib/annotations/merge.ts).
// A failed write (a full disk) aborts its transaction and changes nothing.
import type { Table } from 'dexie';
import { dedupe, type Duplicate } from '../annotations/dedupe';
import { byCreated, matchesFilter } from '../annotations/filter';
import { conflictMessage, mergeEdit } from '../annotations/merge';
import { pageKey, uniqueIds } from '../annotations/normalize';
import type { Annotation, AnnotationBody, AnnotationFilter } from '../annotations/types';
import type { SverkaDatabase } from './database';
import type { Result } from '../types/result';

/** SverkaDatabase with the v2 table (the lead's SverkaDatabase declares it; this keeps the code independent of that). */
export type AnnotationsDb = SverkaDatabase & { annotations: Table<Annotation, string> };

/** The event ids of the given claims that are in the database (unknown ids are skipped). */
export async function claimEvents(db: AnnotationsDb, claimIds: readonly string[]): Promise<string[]> {
  if (!claimIds.length) return [];
  const claims = await db.claims.bulkGet([...claimIds]);
  return uniqueIds(claims.flatMap((c) => (c ? [c.event] : [])));
}

/**
 * The next `modified` time: now, but always later than the previous one, so
 * two writes in the same millisecond still have different versions and a
 * conflict check can never mistake one for the other.
 */
export function nextModified(previous: string, now: Date): string {
  const prev = Date.parse(previous);
  return new Date(Math.max(now.getTime(), Number.isNaN(prev) ? 0 : prev + 1)).toISOString();
}

/** Stores a new annotation; its events get the events of the linked claims added. */
export async function insertAnnotation(db: AnnotationsDb, annotation: Annotation): Promise<Result<Annotation>> {
  try {
    return await db.transaction('rw', [db.annotations, db.claims], async () => {
      const stored: Annotation = { ...annotation, events: uniqueIds([...annotation.events, ...(await claimEvents(db, annotation.claimIds))]) };
      await db.annotations.add(stored);
      return { ok: true as const, value: stored };
    });
  } catch (e) {
    return { ok: false, error: storageError(e, 'The annotation was not saved') };
  }
}

export interface Edit {
  id: string;
  /** The `modified` of the version the editor opened. */
  modified: string;
  before: AnnotationBody;
  after: AnnotationBody;
}

/** Applies an edit: directly when nobody changed the annotation since, merged when someone did, refused on a real conflict. */
export async function editAnnotation(db: AnnotationsDb, edit: Edit, now: Date): Promise<Result<Annotation>> {
  try {
    return await db.transaction('rw', [db.annotations, db.claims], async (): Promise<Result<Annotation>> => {
      const stored = await db.annotations.get(edit.id);
      if (!stored) return { ok: false, error: 'This annotation no longer exists: it was deleted, perhaps in another tab. Your edit was not saved.' };
      // With the same version, `before` is what is stored and the merge is just the edit.
      const outcome = mergeEdit(stored, edit.before, edit.after);
      if (!outcome.ok) return { ok: false, error: conflictMessage(outcome.conflicts) };
      const { stance: _old, ...rest } = stored;
      const next: Annotation = {
        ...rest,
        ...outcome.body,
        events: uniqueIds([...stored.events, ...(await claimEvents(db, outcome.body.claimIds))]),
        modified: nextModified(stored.modified, now),
      };
      await db.annotations.put(next);
      return { ok: true, value: next };
    });
  } catch (e) {
    return { ok: false, error: storageError(e, 'The annotation was not saved') };
  }
}

export async function removeAnnotation(db: AnnotationsDb, id: string): Promise<Result<null>> {
  try {
    return await db.transaction('rw', db.annotations, async (): Promise<Result<null>> => {
      if (!(await db.annotations.get(id))) return { ok: false, error: 'This annotation no longer exists (it may have been deleted in another tab).' };
      await db.annotations.delete(id);
      return { ok: true, value: null };
    });
  } catch (e) {
    return { ok: false, error: storageError(e, 'The annotation was not deleted') };
  }
}

/** Annotations matching `filter`, oldest first. An index narrows the read; the pure filter decides. */
export async function findAnnotations(db: AnnotationsDb, filter: AnnotationFilter = {}): Promise<Annotation[]> {
  const t = db.annotations;
  const narrowed = filter.url
    ? t.where('url').equals(pageKey(filter.url))
    : filter.claimId
      ? t.where('claimIds').equals(filter.claimId)
      : filter.event
        ? t.where('events').equals(filter.event)
        : filter.outletId
          ? t.where('outletId').equals(filter.outletId)
          : filter.tag
            ? t.where('tags').equalsIgnoreCase(filter.tag)
            : t.toCollection();
  const rows = await narrowed.toArray();
  return rows.filter((a) => matchesFilter(a, filter)).sort(byCreated);
}

export interface AnnotationImportReport {
  added: number;
  duplicates: Duplicate[];
}

/** Adds the new ones of `incoming` in one transaction: all of them or, on a write error, none. */
export async function importAnnotationRecords(db: AnnotationsDb, incoming: readonly Annotation[], fileName: string): Promise<Result<AnnotationImportReport>> {
  try {
    return await db.transaction('rw', db.annotations, async () => {
      const { unique, duplicates } = dedupe(incoming, await db.annotations.toArray(), () => fileName);
      await db.annotations.bulkAdd(unique);
      return { ok: true as const, value: { added: unique.length, duplicates } };
    });
  } catch (e) {
    return { ok: false, error: storageError(e, 'The annotations were not imported') };
  }
}

/** Dexie wraps the browser's error (QuotaExceededError and friends); name the cause plainly. */
export function storageError(e: unknown, what: string): string {
  const inner = (e as { inner?: unknown })?.inner;
  const cause = (inner && typeof inner === 'object' ? inner : e) as { name?: string; message?: string };
  const name = cause?.name ?? '';
  const message = cause?.message ?? String(e);
  if (/quota/i.test(name) || /quota/i.test(message)) {
    return `${what}: the browser's storage for Sverka is full (${name || 'QuotaExceededError'}). Free some disk space or delete old annotations, then try again. Nothing was changed.`;
  }
  return `${what}: the browser could not write to Sverka's database (${name ? `${name}: ` : ''}${message}). Nothing was changed.`;
}
