// The matcher for the current database. A worker wake-up first reuses the
// copy in memory (same worker), then the serialized index persisted in
// IndexedDB (same data version), and only then builds from scratch.
import { Matcher } from '../match';
import { readDatabase, storedVersion, syncBundled } from '../db/sync-bundled';
import type { SverkaDatabase } from '../db/database';
import type { ClaimDatabase } from '../claims/schema';

let current: { version: string; data: ClaimDatabase; matcher: Promise<Matcher> } | undefined;

async function loadOrBuild(db: SverkaDatabase, data: ClaimDatabase): Promise<Matcher> {
  const stored = (await db.meta.get('matcherIndex'))?.value as { version: string; json: string } | undefined;
  if (stored?.version === data.version) {
    try {
      return Matcher.load(data, stored.json);
    } catch {
      // A stale or corrupt index is rebuilt below; the claims themselves are intact.
    }
  }
  const matcher = Matcher.build(data);
  await db.meta.put({ key: 'matcherIndex', value: { version: data.version, json: matcher.serialize() } }).catch(() => {
    // Quota or write error: matching still works from memory; the next wake rebuilds.
  });
  return matcher;
}

/**
 * Makes sure the bundled data is stored, then returns the matcher over everything stored.
 * Every article and lookup comes through here: while the stored version is unchanged the
 * records are not read again.
 */
export async function getMatcher(db: SverkaDatabase, bundled: () => ClaimDatabase): Promise<{ matcher: Matcher; data: ClaimDatabase }> {
  await syncBundled(db, bundled());
  if (current?.version !== (await storedVersion(db))) {
    const data = await readDatabase(db);
    current = { version: data.version, data, matcher: loadOrBuild(db, data) };
  }
  const { data, matcher } = current;
  try {
    return { matcher: await matcher, data };
  } catch (e) {
    current = undefined;
    throw e;
  }
}

/** After an import or removal of a pack. */
export function invalidateMatcher(): void {
  current = undefined;
}
