// The matcher for the current database. A worker wake-up first reuses the
// copy in memory (same worker), then the index segments persisted in
// IndexedDB (lib/db/index-store.ts), building only a missing segment. Claim
// bodies stay in IndexedDB (records, or an imported pack's rows of a few
// hundred, lib/db/claim-rows.ts): the matcher reads the candidates it re-ranks
// (Matcher.withStoredClaims), so 200,000 imported claims cost the worker the
// compact index only. Events and relations are read whole (small); the
// speakers come with the index segments (lib/db/index-store.ts).
import { Matcher } from '../match';
import { hiddenOrigins, storedVersion, syncBundled } from '../db/sync-bundled';
import { loadIndex } from '../db/index-store';
import { withoutOrigin, type SverkaDatabase } from '../db/database';
import { storedClaimReader } from '../db/claim-reader';
import type { Claim, ClaimDatabase } from '../claims/schema';
import { claimOf, type ReadClaims } from '../match/claim-bodies';
import type { SearchIndex } from '../match/search-index';

/** The matcher and the reader of its claim bodies, for one stored version. */
interface Loaded {
  matcher: Matcher;
  index: SearchIndex;
  read: ReadClaims;
}

let current: { version: string; loaded: Promise<Loaded> } | undefined;

async function load(db: SverkaDatabase, bundled: ClaimDatabase, version: string): Promise<Loaded> {
  const hidden = await hiddenOrigins(db);
  const visible = <T extends { origin: string }>(rows: T[]) => rows.filter((r) => !hidden.has(r.origin)).map(withoutOrigin);
  const [events, relations, { index, packOf, packActors, known }] = await Promise.all([
    db.events.toArray().then(visible),
    db.relations.toArray().then((rows) => visible(rows).map(({ id: _id, ...r }) => r)),
    loadIndex(db, bundled),
  ]);
  // The speakers: the bundled ones as shipped (syncBundled stored the same), each ready pack's from its index row.
  const actors = [...bundled.actors, ...packActors];
  // Claim records by id, an imported pack's rows by position (lib/db/claim-reader.ts).
  const read = storedClaimReader(db, index, packOf);
  return { matcher: Matcher.withStoredClaims({ version, events, actors, relations }, index, read, { known }), index, read };
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
  if (current?.version !== version) current = { version, loaded: load(db, data, version) };
  const { loaded } = current;
  try {
    const { matcher: m } = await loaded;
    return { matcher: m, data: m.db };
  } catch (e) {
    current = undefined;
    throw e;
  }
}

/**
 * Claims by id from storage (the opposing side of a contradiction), without
 * their origin: claim records directly; a claim in an imported pack's rows
 * through the loaded index, which knows its position (getMatcher first).
 */
export async function readClaims(db: SverkaDatabase, ids: string[]): Promise<Claim[]> {
  const records = await db.claims.bulkGet(ids);
  const missing = ids.filter((_, k) => !records[k]);
  const loaded = missing.length && current ? await current.loaded.catch(() => undefined) : undefined;
  const numbered = loaded ? missing.flatMap((id) => {
    const n = loaded.index.numberOf(id);
    return n === undefined ? [] : [{ id, n }];
  }) : [];
  const fromRows = loaded && numbered.length ? await loaded.read(numbered.map((x) => x.id), numbered.map((x) => x.n)) : [];
  const byId = new Map(fromRows.flatMap((x) => {
    const c = claimOf(x);
    return c ? [[c.id, c] as const] : [];
  }));
  return ids.flatMap((id, k) => {
    const c = records[k] ? withoutOrigin(records[k]) : byId.get(id);
    return c ? [c] : [];
  });
}

/** After an import or removal of a pack. */
export function invalidateMatcher(): void {
  current = undefined;
}
