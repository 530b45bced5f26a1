// The search index in IndexedDB, one segment per source of claims: the
// bundled data under `index:bundled` (tagged with the bundled data version)
// and each imported pack under `index:pack:<id>`, written in the same
// transaction that makes the pack visible. A wake-up reads the segments (typed
// arrays, structured-cloned as they are) instead of re-analysing any claim; a
// missing or outdated segment is rebuilt from the claims and stored again.
// Each row also keeps its speakers: a pack's actor records, and every name
// form (actors', and for the bundled row the roles') already analysed. At
// 200,000 imported claims a wake-up read ~3,000 actor records one by one
// and analysed ~9,000 names: a quarter of the matcher's load in Chromium.
import type { Actor, ClaimDatabase } from '../claims/schema';
import { analyseNames, type KnownStems } from '../match/entities';
import { ROLES } from '../match/roles';
import { buildSegment, INDEX_FORMAT, SearchIndex } from '../match/search-index';
import { Segment, type StoredSegment } from '../match/segment';
import { withoutOrigin, type Pack, type SverkaDatabase } from './database';
import { claimsOf } from './claim-rows';

/** A segment's speakers: a pack's actors (the bundled ones ship with the extension) and its names analysed (entities.ts analyseNames). */
interface StoredSpeakers {
  actors?: Actor[];
  names: { keys: string[]; stems: string[] };
}

interface SegmentRow {
  format: number;
  /** For the bundled segment: the bundled data version it was built from. */
  version?: string;
  segment: StoredSegment;
  /** Rows written before the speakers were stored have none (their actors are read from the table). */
  speakers?: StoredSpeakers;
}

/** A segment as read, with what its row holds of its speakers. */
interface ReadSegment {
  segment: Segment;
  speakers?: StoredSpeakers;
}

export const packIndexKey = (packId: string) => `index:pack:${packId}`;
const BUNDLED_KEY = 'index:bundled';

/** Packs whose records are complete and visible, in import order (which fixes claim numbering). */
export async function readyPacks(db: SverkaDatabase): Promise<Pack[]> {
  const packs = await db.packs.toArray();
  return packs.filter((p) => (p.status ?? 'ready') === 'ready').sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

/** Whether stored speakers have the shape this code writes (a damaged part is read again from the tables). */
function speakersFit(s: StoredSpeakers | undefined, pack: boolean): s is StoredSpeakers {
  const names = s?.names;
  if (!names || !Array.isArray(names.keys) || !Array.isArray(names.stems) || names.keys.length !== names.stems.length) return false;
  return !pack || (Array.isArray(s.actors) && s.actors.every((a) => typeof a?.id === 'string' && Array.isArray(a.names?.ru) && Array.isArray(a.names?.uk) && Array.isArray(a.names?.en)));
}

async function readSegment(db: SverkaDatabase, key: string, version?: string): Promise<ReadSegment | undefined> {
  const row = (await db.meta.get(key))?.value as SegmentRow | undefined;
  if (!row || row.format !== INDEX_FORMAT || row.version !== version) return undefined;
  let read: ReadSegment;
  try {
    read = { segment: Segment.fromStored(row.segment), speakers: speakersFit(row.speakers, key !== BUNDLED_KEY) ? row.speakers : undefined };
  } catch {
    return undefined; // A damaged row is rebuilt from the claims, which are intact.
  }
  if (row.segment.postingsCoded !== true) {
    // Written before the postings were coded (segment.ts): coded on this read, stored coded for the next wake.
    await writeRow(db, key, { ...row, segment: read.segment.toStored({ forwardInRows: row.segment.forwardInRows === true }) });
  }
  return read;
}

async function writeRow(db: SverkaDatabase, key: string, value: SegmentRow): Promise<void> {
  await db.meta.put({ key, value }).catch(() => {
    // Quota or write error: matching works from memory; the next wake rebuilds.
  });
}

/** The bundled speakers' names and every role phrase, analysed (the bundled actors themselves ship with the extension). */
const bundledSpeakers = (bundled: ClaimDatabase): StoredSpeakers => ({ names: analyseNames([...bundled.actors, ...ROLES.file.roles]) });

/** The bundled claims' segment: stored, or built from the bundled data (a few hundred claims, milliseconds). */
export async function bundledSegment(db: SverkaDatabase, bundled: ClaimDatabase): Promise<ReadSegment> {
  const stored = await readSegment(db, BUNDLED_KEY, bundled.version);
  if (stored?.speakers && stored.segment.size === bundled.claims.length) return stored;
  const segment = stored && stored.segment.size === bundled.claims.length ? stored.segment : buildSegment(bundled.claims);
  const speakers = bundledSpeakers(bundled);
  await writeRow(db, BUNDLED_KEY, { format: INDEX_FORMAT, version: bundled.version, segment: segment.toStored(), speakers });
  return { segment, speakers };
}

/** A pack's actors as stored with its segment: the records without their origin, and their names analysed. */
function packSpeakers(actors: Actor[]): StoredSpeakers {
  return { actors, names: analyseNames(actors) };
}

/** A pack's segment: stored at import, or rebuilt from its stored claims and speakers (an index format change). */
export async function packSegment(db: SverkaDatabase, pack: Pack): Promise<ReadSegment> {
  const stored = await readSegment(db, packIndexKey(pack.id));
  if (stored) return stored;
  // Records or rows (lib/db/claim-rows.ts), in position order: the rebuilt segment numbers the rows' claims as the old one did.
  const claims = await claimsOf(db, pack.id);
  const segment = buildSegment(claims);
  const speakers = packSpeakers(await packActors(db, pack));
  await writeRow(db, packIndexKey(pack.id), { format: INDEX_FORMAT, segment: segment.toStored(), speakers });
  return { segment, speakers };
}

const packActors = async (db: SverkaDatabase, pack: Pack): Promise<Actor[]> => (await db.actors.where('origin').equals(`pack:${pack.id}`).toArray()).map(withoutOrigin);

/** The index and the pack each segment was built from (the bundled segment has none). */
export interface LoadedIndex {
  index: SearchIndex;
  packOf: Map<Segment, Pack>;
  /** The ready packs' actors (from their rows; a row written before rows kept them: from the table). */
  packActors: Actor[];
  /** Names analysed before, bundled and packs' (entities.ts). */
  known: KnownStems;
}

/** The whole index: the bundled segment, then each ready pack's, with their speakers. */
export async function loadIndex(db: SverkaDatabase, bundled: ClaimDatabase): Promise<LoadedIndex> {
  const first = await bundledSegment(db, bundled);
  const segments = [first.segment];
  const packOf = new Map<Segment, Pack>();
  const actors: Actor[] = [];
  const known = new Map<string, readonly string[]>();
  const learn = (s?: StoredSpeakers) => s?.names.keys.forEach((k, i) => known.set(k, s.names.stems[i] ? s.names.stems[i].split(' ') : []));
  learn(first.speakers);
  for (const pack of await readyPacks(db)) {
    try {
      const { segment, speakers } = await packSegment(db, pack);
      segments.push(segment);
      packOf.set(segment, pack);
      learn(speakers);
      actors.push(...(speakers?.actors ?? await packActors(db, pack)));
    } catch (e) {
      // One unreadable pack must not stop matching against everything else; its speakers may still be named by other claims.
      console.warn(`Sverka: pack "${pack.id}" could not be indexed and is left out of matching`, e);
      actors.push(...await packActors(db, pack).catch(() => []));
    }
  }
  return { index: new SearchIndex(segments), packOf, packActors: actors, known };
}

/** A pack's segment row with its speakers, for the import's final transaction (`forwardInRows`: the claim rows keep the forward lists). */
export function segmentRow(packId: string, segment: Segment, actors: Actor[], forwardInRows = false): { key: string; value: SegmentRow } {
  return { key: packIndexKey(packId), value: { format: INDEX_FORMAT, segment: segment.toStored({ forwardInRows }), speakers: packSpeakers(actors) } };
}
