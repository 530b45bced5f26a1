// The database browser's view of a large pack, one page at a time (issue 11),
// so the options page never asks for, and the worker never reads, a whole
// 200,000-claim pack. Two layouts, one cursor (`after`, opaque to the page):
//  - a pack stored in rows (the staged ClaimReview import, schema v4,
//    lib/db/claim-rows.ts) pages in pack order — the order of the imported
//    file — and `after` is the position of the last claim shown; a page reads
//    only the one or two rows that hold it;
//  - a pack stored one record per claim pages by keyset on the [origin+id]
//    index (schema v3): in id order, `after` being the last id shown.
import Dexie from 'dexie';
import type { Claim } from '../claims/schema';
import type { Origin, Pack, SverkaDatabase } from './database';
import { claimsFrom } from './claim-rows';

export interface PackPage {
  claims: Claim[];
  /** The cursor to pass as `after` for the next page; absent on the last page. */
  next?: string;
  /** Claims in the pack. */
  total: number;
}

/** Claims per page at most (the message schema allows no more). */
export const MAX_PAGE = 200;

/** One page of a ready pack's claims after `after` (from the start when absent); undefined for no such pack or a cursor of another layout. */
export async function browsePack(db: SverkaDatabase, packId: string, after: string | undefined, limit: number): Promise<PackPage | undefined> {
  return db.transaction('r', [db.packs, db.claims, db.claimRows], async () => {
    const pack = await db.packs.get(packId);
    if (!pack || (pack.status ?? 'ready') !== 'ready') return undefined;
    const n = Math.max(1, Math.min(MAX_PAGE, limit));
    return pack.rowSize ? rowPage(db, pack, after, n) : recordPage(db, pack, after, n);
  });
}

async function rowPage(db: SverkaDatabase, pack: Pack, after: string | undefined, n: number): Promise<PackPage | undefined> {
  if (after !== undefined && !/^\d{1,9}$/.test(after)) return undefined;
  const from = after === undefined ? 0 : Number(after) + 1;
  const claims = await claimsFrom(db, pack, from, n);
  const last = from + claims.length - 1;
  return { claims, total: pack.claimCount, ...(claims.length === n && last + 1 < pack.claimCount ? { next: String(last) } : {}) };
}

async function recordPage(db: SverkaDatabase, pack: Pack, after: string | undefined, n: number): Promise<PackPage> {
  const origin: Origin = `pack:${pack.id}`;
  // One more than a page tells whether another page follows.
  const rows = await db.claims
    .where('[origin+id]')
    .between([origin, after ?? Dexie.minKey], [origin, Dexie.maxKey], after === undefined, true)
    .limit(n + 1)
    .toArray();
  const page = rows.slice(0, n).map(({ origin: _o, ...c }) => c);
  return { claims: page, total: pack.claimCount, ...(rows.length > n ? { next: page[page.length - 1].id } : {}) };
}
