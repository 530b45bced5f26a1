// Writing a large pack in stages without ever showing half of it. The pack
// row is written first with status 'importing'; its claims follow in chunks,
// as rows of ROW_SIZE claims (lib/db/claim-rows.ts; each chunk its own short transaction, so the database stays usable and progress
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
import { ROW_SIZE, toRows } from './claim-rows';

/** Claims per write transaction (20 rows): a whole number of rows, so every chunk starts a row. */
export const STORE_CHUNK = 20 * ROW_SIZE;

/** Packs being imported by this worker right now (their 'importing' rows are not leftovers). */
const running = new Set<string>();

/** Starts a staged import; false when a pack with this id exists (or is being imported). */
export async function beginPack(db: SverkaDatabase, pack: Omit<Pack, 'status' | 'claimCount'>): Promise<boolean> {
  return db.transaction('rw', db.packs, async () => {
    if (await db.packs.get(pack.id)) return false;
    await db.packs.add({ ...pack, claimCount: 0, status: 'importing', rowSize: ROW_SIZE });
    running.add(pack.id);
    return true;
  });
}

/**
 * Stores one chunk of the pack's claims, those at positions `first` … of its
 * index segment (`first` a multiple of ROW_SIZE), as rows — invisible until
 * commitPack. `own`: the pack's own speakers and events (any other one a
 * claim names is listed in its row's refs, for removal checks).
 */
export async function stageClaims(db: SverkaDatabase, packId: string, first: number, claims: Claim[], own: ReadonlySet<string> = new Set(), segment?: Segment): Promise<void> {
  // With the pack's segment, each row keeps its claims' forward lists, and commitPack stores the segment without them.
  await db.claimRows.bulkAdd(toRows(packId, first, claims, ROW_SIZE, (id) => own.has(id), segment && ((f, n) => segment.rowForward(f, n))));
}

/** The one transaction that makes the whole pack visible at once. */
export async function commitPack(db: SverkaDatabase, packId: string, rest: { events: Event[]; actors: Actor[]; claimCount: number; segment: Segment; keys?: Float64Array; forwardInRows?: boolean }): Promise<void> {
  const origin: Origin = `pack:${packId}`;
  const row = segmentRow(packId, rest.segment, rest.actors, rest.forwardInRows);
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
