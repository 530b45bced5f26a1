// An imported ClaimReview pack's claims, stored a hundred to a row
// (schema v4, issue 11). Chromium's IndexedDB costs about 240 µs per record
// written or deleted, whatever its size: 200,000 one-claim records took 68 s
// to store and ~11 s to remove, rows of 100 a few seconds and one key-range
// delete (docs/matching.md, "The import in real Chromium").
//
// Row `no` of pack P holds the claims at positions no·size … no·size+size-1
// of P's index segment (lib/db/index-store.ts), so a candidate's body is
// found by position, with no per-claim index. Each claim is kept as its own
// JSON string: reading a row for one candidate then copies a hundred
// strings (cheap) and parses only the claims asked for, not every object.
import Dexie from 'dexie';
import type { Claim } from '../claims/schema';
import type { Pack, StoredClaim, SverkaDatabase } from './database';

/**
 * Claims per row, measured (docs/matching.md, "Claim rows"): reading a
 * candidate costs its whole row, and the first article after a wake reads a
 * row for most of its ~1,000 candidates. At 200,000 claims, rows of 100
 * against rows of 250: the cold article 0.94 s vs 1.7 s, quote p95 24 vs
 * 54 ms (fake-indexeddb); storing in Chromium 8.8–16.5 s vs 16.6 s, the same
 * within the noise (all at load average 8–10, so rough). Rows of 25 halve the
 * cold article in fake-indexeddb but store four times the records: Chromium's
 * import 26–29 s → 38–43 s, over its 30 s target, so 100 stays.
 */
export const ROW_SIZE = 100;

export interface ClaimRow {
  /** The pack id (origin `pack:<pack>`). */
  pack: string;
  /** Row number within the pack, from 0. */
  no: number;
  /** JSON of each claim (without origin), in segment order. */
  claims: string[];
  /** Speakers and events the claims take from outside the pack (multi-entry index: who uses a removed pack). */
  refs: string[];
  /**
   * The claims' analysed terms as the pack's index segment numbers them (Segment.rowForward), when the
   * segment keeps its forward lists here (imports since the 11th pass): read with the bodies, never at wake-up.
   */
  forward?: Uint32Array;
}

/**
 * Rows holding `claims`, which start at position `first` of the pack (a multiple of `size`); with
 * `forwardOf(first, count)`, each row keeps its claims' forward lists.
 */
export function toRows(packId: string, first: number, claims: Claim[], size: number, own: (id: string) => boolean, forwardOf?: (first: number, count: number) => Uint32Array): ClaimRow[] {
  if (first % size) throw new Error(`rows start at a multiple of ${size}, not at ${first}`);
  const rows: ClaimRow[] = [];
  for (let k = 0; k < claims.length; k += size) {
    const part = claims.slice(k, k + size);
    const refs = new Set(part.flatMap((c) => [c.speaker, c.event]).filter((id) => !own(id)));
    const row: ClaimRow = { pack: packId, no: (first + k) / size, claims: part.map((c) => JSON.stringify(c)), refs: [...refs] };
    if (forwardOf) row.forward = forwardOf(first + k, part.length);
    rows.push(row);
  }
  return rows;
}

const packRows = (db: SverkaDatabase, packId: string) => db.claimRows.where('[pack+no]').between([packId, Dexie.minKey], [packId, Dexie.maxKey], true, true);

const withOrigin = (packId: string) => (json: string): StoredClaim => ({ ...(JSON.parse(json) as Claim), origin: `pack:${packId}` });

/**
 * Every claim of one pack, with its origin, whichever way it is stored: its
 * claim records, then its rows in position order (a rebuilt segment, key
 * sets, the database browser's small packs, removal checks).
 */
export async function claimsOf(db: SverkaDatabase, packId: string): Promise<StoredClaim[]> {
  const [records, rows] = await Promise.all([db.claims.where('origin').equals(`pack:${packId}`).toArray(), packRows(db, packId).toArray()]);
  return [...records, ...rows.flatMap((r) => r.claims.map(withOrigin(packId)))];
}

/** Every row-stored claim of the packs not in `hidden` (origins), with its origin: what readDatabase adds to the claims table. */
export async function allRowClaims(db: SverkaDatabase, hidden: ReadonlySet<string> = new Set()): Promise<StoredClaim[]> {
  const rows = (await db.claimRows.toArray()).filter((r) => !hidden.has(`pack:${r.pack}`));
  return rows.flatMap((r) => r.claims.map(withOrigin(r.pack)));
}

/** A claim read from its row, with what the row keeps of the terms (ClaimRow.forward) and where the row starts. */
export interface RowBody {
  claim: Claim;
  first: number;
  count: number;
  forward?: Uint32Array;
}

/** The claims at `positions` of a row-stored pack with their rows' forward lists, reading only the rows that hold them; out of range gives undefined. */
export async function bodiesAt(db: SverkaDatabase, pack: Pick<Pack, 'id' | 'rowSize'>, positions: number[]): Promise<(RowBody | undefined)[]> {
  const size = pack.rowSize ?? ROW_SIZE;
  const nos = [...new Set(positions.map((p) => Math.floor(p / size)))];
  const rows = await db.claimRows.bulkGet(nos.map((no): [string, number] => [pack.id, no]));
  const byNo = new Map(nos.map((no, k) => [no, rows[k]]));
  return positions.map((p) => {
    const row = byNo.get(Math.floor(p / size));
    const json = row?.claims[p % size];
    return json === undefined ? undefined : { claim: JSON.parse(json) as Claim, first: row!.no * size, count: row!.claims.length, forward: row!.forward };
  });
}

/** The claims at `positions` of a row-stored pack, reading only the rows that hold them; out of range gives undefined. */
export async function claimsAt(db: SverkaDatabase, pack: Pick<Pack, 'id' | 'rowSize'>, positions: number[]): Promise<(Claim | undefined)[]> {
  return (await bodiesAt(db, pack, positions)).map((b) => b?.claim);
}

/** `count` claims of a row-stored pack from position `from` on (the database browser's page), reading only their rows. */
export async function claimsFrom(db: SverkaDatabase, pack: Pick<Pack, 'id' | 'rowSize'>, from: number, count: number): Promise<Claim[]> {
  const size = pack.rowSize ?? ROW_SIZE;
  const first = Math.floor(from / size);
  const last = Math.floor((from + count - 1) / size);
  const rows = await db.claimRows.where('[pack+no]').between([pack.id, first], [pack.id, last], true, true).toArray();
  return rows.flatMap((r) => r.claims.map((json, k) => ({ json, at: r.no * size + k })))
    .filter(({ at }) => at >= from && at < from + count)
    .map(({ json }) => JSON.parse(json) as Claim);
}

/** Deletes a pack's rows: one key-range delete, well under a second even for 200,000 claims. */
export async function deleteRows(db: SverkaDatabase, packId: string): Promise<void> {
  await packRows(db, packId).delete();
}

/**
 * Which of `ids` (speakers, events) the rows of packs other than `except`
 * name, and those packs' ids. Index keys only: no row is read.
 */
export async function rowRefs(db: SverkaDatabase, ids: string[], except?: string): Promise<{ used: Set<string>; packs: Set<string> }> {
  const used = new Set<string>();
  const packs = new Set<string>();
  if (!ids.length) return { used, packs };
  await db.claimRows.where('refs').anyOf(ids).eachKey((ref, cursor) => {
    const [pack] = cursor.primaryKey as [string, number];
    if (pack === except) return;
    used.add(String(ref));
    packs.add(pack);
  });
  return { used, packs };
}
