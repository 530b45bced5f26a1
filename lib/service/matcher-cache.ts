// The matcher for the current database. A worker wake-up first reuses the
// copy in memory (same worker), then the index segments persisted in
// IndexedDB (lib/db/index-store.ts), building only a missing segment. Claim
// bodies stay in IndexedDB: the matcher reads the candidates it re-ranks
// (Matcher.withStoredClaims), so 200,000 imported claims cost the worker the
// compact index only. Events, actors and relations are read whole (small).
import { Matcher } from '../match';
import { hiddenOrigins, storedVersion, syncBundled } from '../db/sync-bundled';
import { loadIndex } from '../db/index-store';
import type { SverkaDatabase } from '../db/database';
import type { Claim, ClaimDatabase } from '../claims/schema';

let current: { version: string; matcher: Promise<Matcher> } | undefined;

const strip = <T extends { origin?: unknown }>({ origin: _o, ...rest }: T) => rest;

async function load(db: SverkaDatabase, bundled: ClaimDatabase, version: string): Promise<Matcher> {
  const hidden = await hiddenOrigins(db);
  const visible = <T extends { origin: string }>(rows: T[]) => rows.filter((r) => !hidden.has(r.origin)).map(strip);
  const [events, actors, relations, index] = await Promise.all([
    db.events.toArray().then(visible),
    db.actors.toArray().then(visible),
    db.relations.toArray().then((rows) => visible(rows).map(({ id: _id, ...r }) => r)),
    loadIndex(db, bundled),
  ]);
  const read = async (ids: string[]) => (await db.claims.bulkGet(ids)).map((c): Claim | undefined => (c ? strip(c) : undefined));
  return Matcher.withStoredClaims({ version, events, actors, relations }, index, read);
}

/**
 * Makes sure the bundled data is stored, then returns the matcher over everything stored.
 * Every article and lookup comes through here: while the stored version is unchanged
 * nothing is read again. `data` is the matcher's database: its `claims` hold only the
 * bodies loaded for the last match (use readClaims for others).
 */
export async function getMatcher(db: SverkaDatabase, bundled: () => ClaimDatabase): Promise<{ matcher: Matcher; data: ClaimDatabase }> {
  const data = bundled();
  await syncBundled(db, data);
  const version = await storedVersion(db);
  if (current?.version !== version) current = { version, matcher: load(db, data, version) };
  const { matcher } = current;
  try {
    const m = await matcher;
    return { matcher: m, data: m.db };
  } catch (e) {
    current = undefined;
    throw e;
  }
}

/** Claims by id from storage (the opposing side of a contradiction), without their origin. */
export async function readClaims(db: SverkaDatabase, ids: string[]): Promise<Claim[]> {
  return (await db.claims.bulkGet(ids)).flatMap((c) => (c ? [strip(c)] : []));
}

/** After an import or removal of a pack. */
export function invalidateMatcher(): void {
  current = undefined;
}
