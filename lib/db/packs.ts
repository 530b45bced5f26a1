// Storing and removing user claim packs. Each runs in one read-write Dexie
// transaction: the pack is parsed against the database as read inside that
// transaction, and any failure (a rejected pack, a full disk) leaves every
// table as it was. Imported records carry origin 'pack:<id>', which is what
// lets syncBundled replace the bundled data without touching them.
import { parsePack } from '../claims/import';
import { hiddenOrigins, readDatabase, storedVersion } from './sync-bundled';
import { packIndexKey } from './index-store';
import { packKeysKey } from './pack-keys';
import { claimsOf, deleteRows, rowRefs } from './claim-rows';
import { withoutOrigin, type Origin, type SverkaDatabase } from './database';
import type { DatabaseSnapshot, ImportReport } from '../types/packs';
import type { Result } from '../types/result';

const allTables = (db: SverkaDatabase) => [db.meta, db.events, db.actors, db.claims, db.claimRows, db.relations, db.packs];

/** Imports a pack file all or nothing; duplicates are skipped and listed in the report. */
export async function importPack(db: SverkaDatabase, fileName: string, text: string, now: () => Date): Promise<Result<ImportReport>> {
  try {
    return await db.transaction('rw', allTables(db), async (): Promise<Result<ImportReport>> => {
      const parsed = parsePack(fileName, text, await readDatabase(db));
      if (!parsed.ok) {
        const count = parsed.errors.length;
        return { ok: false, error: [`The pack was not imported: ${count} ${count === 1 ? 'error' : 'errors'}. Nothing was changed.`, ...parsed.errors].join('\n') };
      }
      const { pack, duplicates, fileFormat, report } = parsed;
      const already = await db.packs.get(pack.id);
      if (already) {
        return { ok: false, error: `A pack with id "${pack.id}" is already imported ("${already.name}"). Remove it first to import it again. Nothing was changed.` };
      }
      const added = { claims: pack.claims.length, actors: pack.actors.length, events: pack.events.length, relations: pack.relations.length };
      if (!added.claims && !added.actors && !added.events && !added.relations) {
        return { ok: false, error: `Nothing new to import: every record in "${pack.name}" is already in the database (${duplicates.length} duplicates).` };
      }
      const origin: Origin = `pack:${pack.id}`;
      // One record per claim: a Sverka pack is small and curated, and its claims are what relations and the
      // speaker/event indexes of the claims table point at. Only the bulk ClaimReview import stores rows.
      await db.events.bulkAdd(pack.events.map((e) => ({ ...e, origin })));
      await db.actors.bulkAdd(pack.actors.map((a) => ({ ...a, origin })));
      await db.claims.bulkAdd(pack.claims.map((c) => ({ ...c, origin })));
      await db.relations.bulkAdd(pack.relations.map((r) => ({ ...r, origin })));
      await db.packs.add({ id: pack.id, name: pack.name, format: pack.format, fileFormat, importedAt: now().toISOString(), claimCount: added.claims, status: 'ready' });
      // The pack's index segment is built on the next lookup (lib/db/index-store.ts), its key set on the next import.
      await db.meta.delete(packIndexKey(pack.id));
      await db.meta.delete(packKeysKey(pack.id));
      return { ok: true, value: { packId: pack.id, name: pack.name, format: pack.format, added, duplicates, fileFormat, ...(report ? { items: report } : {}) } };
    });
  } catch (e) {
    return { ok: false, error: writeError(e, 'The pack was not imported') };
  }
}

/**
 * Removes exactly the records of one pack. Refuses, changing nothing, when
 * another pack's records point at this one's (a speaker, an event or a
 * relation), since removing it would leave those dangling. A pack of up to
 * DELETE_CHUNK claim records goes in one transaction (all or nothing) — so
 * does any row-stored pack (lib/db/claim-rows.ts: one key-range delete, well
 * under a second for 200,000 claims). A larger pack of claim records
 * first turns 'removing' (invisible at once, in one small transaction); its
 * records are then deleted in chunks (deleteHiddenPack), so a 200,000-claim
 * pack goes in seconds and a worker stopped half-way finishes the job on its
 * next start.
 */
export async function removePack(db: SverkaDatabase, packId: string): Promise<Result<null>> {
  try {
    const marked = await db.transaction('rw', allTables(db), async (): Promise<Result<'done' | 'staged'>> => {
      const pack = await db.packs.get(packId);
      if (!pack || pack.status === 'importing') return { ok: false, error: `No imported pack has the id "${packId}".` };
      if (pack.status === 'removing') return { ok: true, value: 'staged' };
      const origin: Origin = `pack:${packId}`;
      const [actorIds, eventIds, claimIds] = await Promise.all([
        db.actors.where('origin').equals(origin).primaryKeys(),
        db.events.where('origin').equals(origin).primaryKeys(),
        db.claims.where('origin').equals(origin).primaryKeys(),
      ]);
      const own = new Set(claimIds);
      const ownRefs = [...actorIds, ...eventIds];
      // Keys only: a large pack's own claims are most of what these indexes hold.
      const users = [
        ...(await db.claims.where('speaker').anyOf(actorIds).primaryKeys()),
        ...(await db.claims.where('event').anyOf(eventIds).primaryKeys()),
      ].filter((k) => !own.has(k));
      // A row-stored pack's claims are not in the claims table: its ids are read only when another pack's relation
      // points at a claim that is not a record (relations come from Sverka packs and point at records almost always).
      const others = (await db.relations.toArray()).filter((r) => r.origin !== origin);
      const endpoints = [...new Set(others.flatMap((r) => [r.from, r.to]))];
      const stored = await db.claims.bulkGet(endpoints);
      if (pack.rowSize && stored.some((c) => !c)) for (const c of await claimsOf(db, packId)) own.add(c.id);
      const relations = others.filter((r) => own.has(r.from) || own.has(r.to));
      const dependents = [
        ...(await db.claims.bulkGet(users)).flatMap((c) => (c ? [c.origin] : [])), ...relations.map((r) => r.origin),
        ...[...(await rowRefs(db, ownRefs, packId)).packs].map((p) => `pack:${p}`),
      ];
      if (dependents.length) {
        const names = await Promise.all([...new Set(dependents)].map(async (o) => (await db.packs.get(o.replace(/^pack:/, '')))?.name ?? o));
        return { ok: false, error: `"${pack.name}" was not removed: ${names.map((n) => `"${n}"`).join(', ')} uses its speakers, events or statements. Remove that pack first.` };
      }
      if (claimIds.length <= DELETE_CHUNK) {
        // Small enough for one transaction: all or nothing, as a failed write leaves everything in place.
        await Promise.all([
          db.events.where('origin').equals(origin).delete(),
          db.actors.where('origin').equals(origin).delete(),
          db.claims.bulkDelete(claimIds),
          deleteRows(db, packId),
          db.relations.where('origin').equals(origin).delete(),
          db.packs.delete(packId),
          db.meta.bulkDelete([packIndexKey(packId), packKeysKey(packId)]),
        ]);
        return { ok: true, value: 'done' as const };
      }
      await db.packs.put({ ...pack, status: 'removing' });
      await db.meta.bulkDelete([packIndexKey(packId), packKeysKey(packId)]);
      return { ok: true, value: 'staged' as const };
    });
    if (!marked.ok) return marked;
    // A large pack is invisible from here on; its rows go in chunks (finished on the next start if interrupted).
    if (marked.value === 'staged') await deleteHiddenPack(db, packId);
    return { ok: true, value: null };
  } catch (e) {
    return { ok: false, error: writeError(e, 'The pack was not removed') };
  }
}

/** Rows per delete transaction: big enough to be fast, small enough that no transaction holds the database for long. */
const DELETE_CHUNK = 20_000;

/**
 * Deletes every record of a pack that is not visible ('importing' or
 * 'removing'), chunk by chunk, and the pack row last. Safe to run again
 * after an interruption: it starts from whatever is left.
 */
export async function deleteHiddenPack(db: SverkaDatabase, packId: string): Promise<void> {
  const origin: Origin = `pack:${packId}`;
  for (;;) {
    const keys = await db.claims.where('origin').equals(origin).limit(DELETE_CHUNK).primaryKeys();
    if (!keys.length) break;
    await db.claims.bulkDelete(keys);
  }
  await db.transaction('rw', [db.claimRows, db.events, db.actors, db.relations, db.packs, db.meta], async () => {
    await Promise.all([
      deleteRows(db, packId),
      db.events.where('origin').equals(origin).delete(),
      db.actors.where('origin').equals(origin).delete(),
      db.relations.where('origin').equals(origin).delete(),
      db.meta.bulkDelete([packIndexKey(packId), packKeysKey(packId)]),
      db.packs.delete(packId),
    ]);
  });
}

/**
 * Packs of up to this many statements are listed whole with the bundled data
 * (filters, timeline, speakers). A larger one (a 200,000-item feed) would not
 * fit one message (Chrome's limit is 64 MB) nor a page: the browser pages
 * through it by keyset instead (browsePack, lib/db/browse.ts), and the
 * snapshot reads none of its claims.
 */
export const BROWSE_WHOLE = 2_000;

/** Everything the database browser shows, read in one transaction so counts and records agree. */
export async function databaseSnapshot(db: SverkaDatabase): Promise<DatabaseSnapshot> {
  return db.transaction('r', allTables(db), async () => {
    const hidden = await hiddenOrigins(db);
    const visible = <T extends { origin: string }>(rows: T[]) => rows.filter((r) => !hidden.has(r.origin)).map(withoutOrigin);
    const packs = (await db.packs.toArray()).filter((p) => (p.status ?? 'ready') === 'ready').sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    const [events, actors, relations, bundledClaims, version] = await Promise.all([
      db.events.toArray().then(visible), db.actors.toArray().then(visible),
      db.relations.toArray().then((rows) => visible(rows).map(({ id: _id, ...r }) => r)),
      db.claims.where('origin').equals('bundled').toArray(), storedVersion(db),
    ]);
    const claims = bundledClaims.map(withoutOrigin);
    const origins: Record<string, string> = Object.fromEntries(claims.map((c) => [c.id, 'bundled']));
    const paged: NonNullable<DatabaseSnapshot['paged']> = [];
    for (const pack of packs) {
      if (pack.claimCount > BROWSE_WHOLE) {
        paged.push({ packId: pack.id, name: pack.name, total: pack.claimCount });
        continue;
      }
      const rows = await claimsOf(db, pack.id);
      for (const c of rows) origins[c.id] = `pack:${pack.id}`;
      claims.push(...rows.map(withoutOrigin));
    }
    return { data: { version, events, actors, claims, relations }, packs, origins, ...(paged.length ? { paged } : {}) };
  });
}

/** Dexie wraps the browser's error (QuotaExceededError and friends); name the cause plainly. */
function writeError(e: unknown, what: string): string {
  const inner = (e as { inner?: unknown })?.inner;
  const cause = (inner instanceof Error || (typeof inner === 'object' && inner !== null && 'name' in inner) ? inner : e) as { name?: string; message?: string };
  const name = cause?.name ?? '';
  const message = cause?.message ?? String(e);
  if (/quota/i.test(name) || /quota/i.test(message)) {
    return `${what}: the browser's storage for Sverka is full (${name || 'QuotaExceededError'}). Nothing was changed.`;
  }
  return `${what}: the browser could not write to Sverka's database (${name ? `${name}: ` : ''}${message}). Nothing was changed.`;
}
