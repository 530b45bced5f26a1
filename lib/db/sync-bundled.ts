// Loads the bundled claim data into IndexedDB on install and update. Keyed by
// the data version, so a worker wake-up costs one read; an update replaces
// only records whose origin is 'bundled' and leaves user packs untouched.
import type { ClaimDatabase } from '../claims/schema';
import { withoutOrigin, type SverkaDatabase } from './database';
import { allRowClaims } from './claim-rows';

/** Returns true when the stored bundled data was replaced. One transaction: all or nothing. */
export async function syncBundled(db: SverkaDatabase, bundled: ClaimDatabase): Promise<boolean> {
  // The common case on every message: already stored. A plain read avoids a read-write transaction across five tables.
  if ((await db.meta.get('bundledVersion'))?.value === bundled.version) return false;
  return db.transaction('rw', [db.meta, db.events, db.actors, db.claims, db.relations], async () => {
    const current = await db.meta.get('bundledVersion');
    if (current?.value === bundled.version) return false;
    await Promise.all([
      db.events.where('origin').equals('bundled').delete(),
      db.actors.where('origin').equals('bundled').delete(),
      db.claims.where('origin').equals('bundled').delete(),
      db.relations.where('origin').equals('bundled').delete(),
    ]);
    const origin = 'bundled' as const;
    await db.events.bulkPut(bundled.events.map((e) => ({ ...e, origin })));
    await db.actors.bulkPut(bundled.actors.map((a) => ({ ...a, origin })));
    await db.claims.bulkPut(bundled.claims.map((c) => ({ ...c, origin })));
    await db.relations.bulkAdd(bundled.relations.map((r) => ({ ...r, origin })));
    await db.meta.put({ key: 'bundledVersion', value: bundled.version });
    await db.meta.delete('matcherIndex');
    return true;
  });
}

/** The version of what is stored (bundled data version + ready pack ids), read without loading the records. */
export async function storedVersion(db: SverkaDatabase): Promise<string> {
  const [version, packs, revision] = await Promise.all([db.meta.get('bundledVersion'), db.packs.toArray(), db.meta.get('packsRevision')]);
  const ready = packs.filter((p) => (p.status ?? 'ready') === 'ready').map((p) => p.id);
  // packsRevision (lib/db/pack-records.ts) changes when a pack's contents change under the same id.
  const rev = revision?.value ? [`r${String(revision.value)}`] : [];
  return [String(version?.value ?? 'none'), ...ready.sort(), ...rev].join('+');
}

/** Origins whose records are visible: the bundled data and ready packs (not one being imported or removed). */
export async function hiddenOrigins(db: SverkaDatabase): Promise<Set<string>> {
  const packs = await db.packs.toArray();
  return new Set(packs.filter((p) => (p.status ?? 'ready') !== 'ready').map((p) => `pack:${p.id}`));
}

/** Everything in the database (bundled + imported, claim records and rows), as the matcher and `db export` see it. */
export async function readDatabase(db: SverkaDatabase): Promise<ClaimDatabase> {
  const hidden = await hiddenOrigins(db);
  const visible = <T extends { origin: string }>(rows: T[]) => (hidden.size ? rows.filter((r) => !hidden.has(r.origin)) : rows);
  const [events, actors, claims, relations, version] = await Promise.all([
    db.events.toArray().then(visible), db.actors.toArray().then(visible), db.claims.toArray().then(visible), db.relations.toArray().then(visible), storedVersion(db),
  ]);
  claims.push(...(await allRowClaims(db, hidden)));
  return {
    version,
    events: events.map(withoutOrigin),
    actors: actors.map(withoutOrigin),
    claims: claims.map(withoutOrigin),
    relations: relations.map(({ id: _id, ...r }) => withoutOrigin(r)),
  };
}
