// Schema version 2: the reader's annotations get their own table. They live
// apart from claims/events/actors/relations on purpose: syncBundled replaces
// the bundled records on every data update and pack removal deletes a pack's
// records, and neither ever touches this table, so annotations survive both
// (and browser restarts and extension updates, being in IndexedDB).
//
// SverkaDatabase's constructor calls addAnnotationsSchema(this) right after
// version(1). The v1 stores are repeated unchanged, as Dexie recommends, so
// this one declaration shows the whole v2 schema.
import type Dexie from 'dexie';

/** The stores of version 1, frozen: lib/db/database.ts declares version 1 with exactly these. */
export const V1_STORES = {
  meta: 'key',
  events: 'id, origin',
  actors: 'id, origin',
  claims: 'id, origin, event, speaker, date',
  relations: '++id, origin, from, to, type',
  packs: 'id',
} as const;

/**
 * Indexes: url (this page's annotations), created/modified (order, sync
 * checks), and multi-entry tags, claimIds and events for the filters;
 * outletId is a plain index (absent on pages outside the registry, which
 * IndexedDB then leaves out of that index).
 */
export const ANNOTATIONS_STORE = 'id, url, created, modified, *tags, outletId, *claimIds, *events';

/** Declares version 2 on `db`. Calling it twice on one instance is harmless (Dexie returns the existing version). */
export function addAnnotationsSchema(db: Dexie): void {
  db.version(2)
    .stores({ ...V1_STORES, annotations: ANNOTATIONS_STORE })
    .upgrade(() => {
      // Version 1 had no annotations, so there is nothing to convert: every
      // existing table keeps its rows as they are. The upgrade is declared so
      // the next version has a place to start from, and the migration test
      // (tests/unit/migration-v1-v2.test.ts) proves v1 user data comes through.
    });
}
