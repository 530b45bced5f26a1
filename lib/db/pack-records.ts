// Reads and revisions for the pack features of issue 12 (export, the reader's
// own statements, subscriptions), kept apart from packs.ts, whose import path
// is being reworked separately.
import { packIndexKey } from './index-store';
import { packKeysKey } from './pack-keys';
import type { SverkaDatabase } from './database';
import { allRowClaims } from './claim-rows';
import type { OriginRecords } from '../packs/export';

/** Every record with its origin (claims from records and rows), read in one transaction so the tables agree. */
export async function readOriginRecords(db: SverkaDatabase): Promise<OriginRecords> {
  return db.transaction('r', [db.events, db.actors, db.claims, db.claimRows, db.relations], async () => {
    const [events, actors, records, rows, relations] = await Promise.all([db.events.toArray(), db.actors.toArray(), db.claims.toArray(), allRowClaims(db), db.relations.toArray()]);
    return { events, actors, claims: [...records, ...rows], relations };
  });
}

/**
 * Marks the stored data as changed when a pack's contents change but its id
 * does not (a statement added to "My statements", a subscription refreshed):
 * storedVersion includes this revision, so the matcher and its persisted index
 * are rebuilt on the next lookup. Call inside the writing transaction (with db.meta in it).
 */
export async function bumpPacksRevision(db: SverkaDatabase, packId: string): Promise<void> {
  const current = (await db.meta.get('packsRevision'))?.value;
  await db.meta.put({ key: 'packsRevision', value: (typeof current === 'number' ? current : 0) + 1 });
  // The pack's search index segment describes its old records: the next lookup rebuilds it (lib/db/index-store.ts).
  // Its key set too (lib/db/pack-keys.ts): rebuilt from the new records when an import needs it.
  await db.meta.bulkDelete([packIndexKey(packId), packKeysKey(packId)]);
}
