// Writing a large pack in stages without ever showing half of it. The pack
// row is written first with status 'importing'; its claims follow in chunks
// (each its own short transaction, so the database stays usable and progress
// can be shown); one last transaction adds its events, speakers and index
// segment and turns it 'ready'. Everything that reads claims skips packs that
// are not ready (lib/db/sync-bundled.ts hiddenOrigins), so a reader sees the
// previous database until that last transaction and the whole pack after it.
// A worker stopped in between leaves an 'importing' pack, which
// cleanUpInterrupted() deletes on the next start.
import type { Actor, Claim, Event } from '../claims/schema';
import type { Segment } from '../match/segment';
import type { Origin, Pack, SverkaDatabase } from './database';
import { deleteHiddenPack } from './packs';
import { segmentRow } from './index-store';
import { keysRow } from './pack-keys';

/** Claims per write transaction. */
export const STORE_CHUNK = 5_000;

/** Packs being imported by this worker right now (their 'importing' rows are not leftovers). */
const running = new Set<string>();

/** Starts a staged import; false when a pack with this id exists (or is being imported). */
export async function beginPack(db: SverkaDatabase, pack: Omit<Pack, 'status' | 'claimCount'>): Promise<boolean> {
  return db.transaction('rw', db.packs, async () => {
    if (await db.packs.get(pack.id)) return false;
    await db.packs.add({ ...pack, claimCount: 0, status: 'importing' });
    running.add(pack.id);
    return true;
  });
}

/** Stores one chunk of the pack's claims (invisible until commitPack). */
export async function stageClaims(db: SverkaDatabase, packId: string, claims: Claim[]): Promise<void> {
  const origin: Origin = `pack:${packId}`;
  await db.claims.bulkAdd(claims.map((c) => ({ ...c, origin })));
}

/** The one transaction that makes the whole pack visible at once. */
export async function commitPack(db: SverkaDatabase, packId: string, rest: { events: Event[]; actors: Actor[]; claimCount: number; segment: Segment; keys?: Float64Array }): Promise<void> {
  const origin: Origin = `pack:${packId}`;
  const row = segmentRow(packId, rest.segment);
  await db.transaction('rw', [db.packs, db.events, db.actors, db.meta], async () => {
    const pack = await db.packs.get(packId);
    if (!pack || pack.status !== 'importing') throw new Error('the import was cancelled');
    await db.events.bulkAdd(rest.events.map((e) => ({ ...e, origin })));
    await db.actors.bulkAdd(rest.actors.map((a) => ({ ...a, origin })));
    await db.meta.put(row);
    if (rest.keys) await db.meta.put(keysRow(packId, rest.keys));
    await db.packs.put({ ...pack, claimCount: rest.claimCount, status: 'ready' });
  });
  running.delete(packId);
}

/** Drops a staged import (cancelled, or failed part-way): its records go, the previous database stays. */
export async function abandonPack(db: SverkaDatabase, packId: string): Promise<void> {
  running.delete(packId);
  await deleteHiddenPack(db, packId);
}

/**
 * Deletes what a stopped worker left: packs still 'importing' (not by this
 * worker) and packs 'removing'. Cheap when there is nothing to do (reads the
 * packs table only).
 */
export async function cleanUpInterrupted(db: SverkaDatabase): Promise<number> {
  const leftovers = (await db.packs.toArray()).filter((p) => (p.status === 'importing' && !running.has(p.id)) || p.status === 'removing');
  for (const p of leftovers) await deleteHiddenPack(db, p.id);
  return leftovers.length;
}
