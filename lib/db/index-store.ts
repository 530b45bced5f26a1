// The search index in IndexedDB, one segment per source of claims: the
// bundled data under `index:bundled` (tagged with the bundled data version)
// and each imported pack under `index:pack:<id>`, written in the same
// transaction that makes the pack visible. A wake-up reads the segments (typed
// arrays, structured-cloned as they are) instead of re-analysing any claim; a
// missing or outdated segment is rebuilt from the claims and stored again.
import type { ClaimDatabase } from '../claims/schema';
import { buildSegment, INDEX_FORMAT, SearchIndex } from '../match/search-index';
import { Segment, type StoredSegment } from '../match/segment';
import type { Pack, SverkaDatabase } from './database';
import { claimsOf } from './claim-rows';

interface SegmentRow {
  format: number;
  /** For the bundled segment: the bundled data version it was built from. */
  version?: string;
  segment: StoredSegment;
}

export const packIndexKey = (packId: string) => `index:pack:${packId}`;
const BUNDLED_KEY = 'index:bundled';

/** Packs whose records are complete and visible, in import order (which fixes claim numbering). */
export async function readyPacks(db: SverkaDatabase): Promise<Pack[]> {
  const packs = await db.packs.toArray();
  return packs.filter((p) => (p.status ?? 'ready') === 'ready').sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

async function readSegment(db: SverkaDatabase, key: string, version?: string): Promise<Segment | undefined> {
  const row = (await db.meta.get(key))?.value as SegmentRow | undefined;
  if (!row || row.format !== INDEX_FORMAT || row.version !== version) return undefined;
  try {
    return Segment.fromStored(row.segment);
  } catch {
    return undefined; // A damaged row is rebuilt from the claims, which are intact.
  }
}

async function writeSegment(db: SverkaDatabase, key: string, segment: Segment, version?: string): Promise<void> {
  await db.meta.put({ key, value: { format: INDEX_FORMAT, ...(version ? { version } : {}), segment: segment.toStored() } satisfies SegmentRow }).catch(() => {
    // Quota or write error: matching works from memory; the next wake rebuilds.
  });
}

/** The bundled claims' segment: stored, or built from the bundled data (a few hundred claims, milliseconds). */
export async function bundledSegment(db: SverkaDatabase, bundled: ClaimDatabase): Promise<Segment> {
  const stored = await readSegment(db, BUNDLED_KEY, bundled.version);
  if (stored && stored.size === bundled.claims.length) return stored;
  const built = buildSegment(bundled.claims);
  await writeSegment(db, BUNDLED_KEY, built, bundled.version);
  return built;
}

/** A pack's segment: stored at import, or rebuilt from its stored claims (an index format change). */
export async function packSegment(db: SverkaDatabase, pack: Pack): Promise<Segment> {
  const stored = await readSegment(db, packIndexKey(pack.id));
  if (stored) return stored;
  // Records or rows (lib/db/claim-rows.ts), in position order: the rebuilt segment numbers the rows' claims as the old one did.
  const claims = await claimsOf(db, pack.id);
  const built = buildSegment(claims);
  await writeSegment(db, packIndexKey(pack.id), built);
  return built;
}

/** The index and the pack each segment was built from (the bundled segment has none). */
export interface LoadedIndex {
  index: SearchIndex;
  packOf: Map<Segment, Pack>;
}

/** The whole index: the bundled segment, then each ready pack's. */
export async function loadIndex(db: SverkaDatabase, bundled: ClaimDatabase): Promise<LoadedIndex> {
  const segments = [await bundledSegment(db, bundled)];
  const packOf = new Map<Segment, Pack>();
  for (const pack of await readyPacks(db)) {
    try {
      const segment = await packSegment(db, pack);
      segments.push(segment);
      packOf.set(segment, pack);
    } catch (e) {
      // One unreadable pack must not stop matching against everything else.
      console.warn(`Sverka: pack "${pack.id}" could not be indexed and is left out of matching`, e);
    }
  }
  return { index: new SearchIndex(segments), packOf };
}

/** A pack's segment row, for the import's final transaction. */
export function segmentRow(packId: string, segment: Segment): { key: string; value: SegmentRow } {
  return { key: packIndexKey(packId), value: { format: INDEX_FORMAT, segment: segment.toStored() } };
}
