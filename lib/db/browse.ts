// The database browser's view of a large pack, one page at a time (issue 11):
// keyset paging on the [origin+id] index (schema v3) — "the next `limit`
// claims of this pack after id X" — so the options page never asks for, and
// the worker never reads, a whole 200,000-claim pack. Pages are in id order.
import Dexie from 'dexie';
import type { Claim } from '../claims/schema';
import type { Origin, SverkaDatabase } from './database';

export interface PackPage {
  claims: Claim[];
  /** The id to pass as `after` for the next page; absent on the last page. */
  next?: string;
  /** Claims in the pack. */
  total: number;
}

/** Claims per page at most (the message schema allows no more). */
export const MAX_PAGE = 200;

/** One page of a ready pack's claims after `after` (from the start when absent). */
export async function browsePack(db: SverkaDatabase, packId: string, after: string | undefined, limit: number): Promise<PackPage | undefined> {
  return db.transaction('r', [db.packs, db.claims], async () => {
    const pack = await db.packs.get(packId);
    if (!pack || (pack.status ?? 'ready') !== 'ready') return undefined;
    const origin: Origin = `pack:${packId}`;
    const n = Math.max(1, Math.min(MAX_PAGE, limit));
    // One more than a page tells whether another page follows.
    const rows = await db.claims
      .where('[origin+id]')
      .between([origin, after ?? Dexie.minKey], [origin, Dexie.maxKey], after === undefined, true)
      .limit(n + 1)
      .toArray();
    const page = rows.slice(0, n).map(({ origin: _o, ...c }) => c);
    return { claims: page, total: pack.claimCount, ...(rows.length > n ? { next: page[page.length - 1].id } : {}) };
  });
}
