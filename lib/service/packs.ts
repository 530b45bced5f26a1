// The background's handlers for the database browser's messages. Thin: the
// work is in lib/db/packs.ts; these turn throws into Results and drop the
// cached matcher after a change, so the next lookup sees the new claims.
import { databaseSnapshot, importPack, removePack } from '../db/packs';
import { browsePack, type PackPage } from '../db/browse';
import { syncBundled } from '../db/sync-bundled';
import { invalidateMatcher } from './matcher-cache';
import type { ClaimDatabase } from '../claims/schema';
import type { SverkaDatabase } from '../db/database';
import type { PanelMessage, Result } from '../protocol';
import type { DatabaseSnapshot, ImportReport } from '../types/packs';

const fail = (e: unknown): { ok: false; error: string } => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

/**
 * `bundled` (optional) makes sure the bundled data is stored first, so a pack
 * imported on a fresh worker can refer to bundled ids and is checked against
 * bundled duplicates. The background passes the same function as to getMatcher.
 */
async function ensureBundled(db: SverkaDatabase, bundled?: () => ClaimDatabase): Promise<void> {
  if (bundled) await syncBundled(db, bundled());
}

export async function getDatabase(db: SverkaDatabase, bundled?: () => ClaimDatabase): Promise<Result<DatabaseSnapshot>> {
  try {
    await ensureBundled(db, bundled);
    return { ok: true, value: await databaseSnapshot(db) };
  } catch (e) {
    return fail(e);
  }
}

export async function importPackMessage(
  db: SverkaDatabase, payload: PanelMessage['importPack'], now: () => Date, bundled?: () => ClaimDatabase,
): Promise<Result<ImportReport>> {
  try {
    await ensureBundled(db, bundled);
    const result = await importPack(db, payload.fileName, payload.text, now);
    if (result.ok) invalidateMatcher();
    return result;
  } catch (e) {
    return fail(e);
  }
}

/** A page of a large pack's statements (lib/db/browse.ts); an unknown or hidden pack is an error. */
export async function browsePackMessage(db: SverkaDatabase, payload: PanelMessage['browsePack']): Promise<Result<PackPage>> {
  try {
    const page = await browsePack(db, payload.packId, payload.after, payload.limit);
    return page ? { ok: true, value: page } : { ok: false, error: `No imported pack has the id "${payload.packId}".` };
  } catch (e) {
    return fail(e);
  }
}

export async function removePackMessage(db: SverkaDatabase, payload: PanelMessage['removePack']): Promise<Result<null>> {
  try {
    const result = await removePack(db, payload.packId);
    if (result.ok) invalidateMatcher();
    return result;
  } catch (e) {
    return fail(e);
  }
}
