// A streamed import in the background (issue 11): the options page sends the
// file in chunks over a port; this reads it (format from the content), turns
// every item into a claim or a counted skip, indexes the new claims and
// stores them in stages (lib/db/pack-stage.ts), reporting progress as it goes
// and stopping on cancel. Long loops yield to the event loop every few
// thousand items, so the worker keeps answering the panel meanwhile.
import { nothingAccepted, ReviewPackBuilder, skipLines, type SkipReason } from '../claims/claimreview';
import type { ColumnMapping } from '../claims/csv-columns';
import { FileRejected, readFactCheckFile } from '../claims/formats';
import { resolvePack } from '../claims/import';
import type { ClaimDatabase } from '../claims/schema';
import type { SverkaDatabase } from '../db/database';
import { importPack } from '../db/packs';
import { abandonPack, beginPack, commitPack, stageClaims, STORE_CHUNK } from '../db/pack-stage';
import { hiddenOrigins } from '../db/sync-bundled';
import { installedKeys } from '../db/pack-keys';
import { claimTermLists } from '../match/claim-terms';
import { Segment } from '../match/segment';
import type { ImportProgress, Result } from '../protocol';
import type { ImportReport } from './packs-api';
import { invalidateMatcher } from './matcher-cache';

/** Items (or claims) between two progress reports and event-loop yields. */
const STEP = 2_000;

export interface ImportJobInput {
  fileName: string;
  text: string;
  columns?: ColumnMapping;
}

export interface ImportJobEnv {
  now: () => Date;
  bundled: () => ClaimDatabase;
  progress: (p: ImportProgress) => void;
  /** True once the user pressed Cancel (or closed the page). */
  cancelled: () => boolean;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class Cancelled extends Error {}

/** Imports one file; the database ends either as it was or with the whole new pack. */
export async function runImport(db: SverkaDatabase, input: ImportJobInput, env: ImportJobEnv): Promise<Result<ImportReport>> {
  const file = readFactCheckFile(input.text, { columns: input.columns });
  if (!file.ok) return { ok: false, error: `The file was not imported: ${file.error} Nothing was changed.` };
  if (file.format === 'sverka') {
    // Sverka's own packs are small and curated (relations between records): one transaction, as before.
    const result = await importPack(db, input.fileName, input.text, env.now);
    if (result.ok) invalidateMatcher();
    return result;
  }

  const progress: ImportProgress = { phase: 'reading', received: input.text.length, size: input.text.length, parsed: 0, read: 0, stored: 0, skipped: 0 };
  const report = () => env.progress({ ...progress });
  const existing = await lightDatabase(db, env.bundled());
  const builder = new ReviewPackBuilder(input.fileName, existing, () => `${Date.now().toString(36)}`);
  // The same file again: say so before reading it (beginPack checks again, for an import racing this one).
  const already = await db.packs.get(builder.packId);
  if (already && already.status !== 'removing') return alreadyImported(builder.packId, already.name);
  // Items another pack already installed are skipped as such, not stored twice (lib/claims/review-keys.ts).
  builder.installed = await installedKeys(db);
  let packId: string | undefined;
  let seen = 0;
  try {
    for (const item of file.items) {
      if ('unreadable' in item) builder.skip(item.where, item.reason as SkipReason);
      else builder.add(item);
      if (++seen % STEP === 0) {
        progress.parsed = file.position();
        progress.read = builder.report.read;
        progress.skipped = skippedCount(builder.report.skipped);
        report();
        await tick();
        if (env.cancelled()) throw new Cancelled();
      }
    }
    progress.parsed = file.position();
    progress.read = builder.report.read;
    progress.skipped = skippedCount(builder.report.skipped);
    if (!builder.report.accepted) {
      const why = builder.report.alreadyInstalled ? nothingAccepted(builder.report) : 'The file was not imported: no item in it could be imported.';
      return { ok: false, error: [`${why} Nothing was changed.`, ...skipLines(builder.report)].join('\n') };
    }
    const resolved = resolvePack(builder.finish(), existing);
    if (!resolved.ok) return { ok: false, error: ['The file was not imported. Nothing was changed.', ...resolved.errors.slice(0, 20)].join('\n') };
    const { pack, duplicates } = resolved;
    if (!pack.claims.length) return { ok: false, error: `Nothing new to import: every statement in "${pack.name}" is already in the database (${duplicates.length} duplicates).` };

    progress.phase = 'indexing';
    progress.total = pack.claims.length;
    report();
    const terms: string[][][] = [];
    for (let i = 0; i < pack.claims.length; i++) {
      terms.push(claimTermLists(pack.claims[i]));
      if ((i + 1) % STEP === 0) {
        progress.indexed = i + 1;
        report();
        await tick();
        if (env.cancelled()) throw new Cancelled();
      }
    }
    const segment = Segment.build({ ids: pack.claims.map((c) => c.id), terms });
    progress.indexed = pack.claims.length;

    if (!(await beginPack(db, { id: pack.id, name: pack.name, format: 'claimreview', fileFormat: file.format, importedAt: env.now().toISOString() }))) {
      return alreadyImported(pack.id, (await db.packs.get(pack.id))?.name);
    }
    packId = pack.id;
    progress.phase = 'storing';
    const own = new Set([...pack.actors, ...pack.events].map((r) => r.id));
    for (let i = 0; i < pack.claims.length; i += STORE_CHUNK) {
      if (env.cancelled()) throw new Cancelled();
      await stageClaims(db, pack.id, i, pack.claims.slice(i, i + STORE_CHUNK), own, segment);
      progress.stored = Math.min(pack.claims.length, i + STORE_CHUNK);
      report();
    }
    if (env.cancelled()) throw new Cancelled();
    progress.phase = 'saving';
    report();
    await commitPack(db, pack.id, { events: pack.events, actors: pack.actors, claimCount: pack.claims.length, segment, keys: builder.keyHashes(pack.claims), forwardInRows: true });
    invalidateMatcher();
    return {
      ok: true,
      value: {
        packId: pack.id, name: pack.name, format: 'claimreview', fileFormat: file.format, duplicates: duplicates.slice(0, 100), items: builder.report,
        added: { claims: pack.claims.length, actors: pack.actors.length, events: pack.events.length, relations: 0 },
      },
    };
  } catch (e) {
    if (packId) await abandonPack(db, packId).catch(() => {});
    if (e instanceof Cancelled) return { ok: false, error: 'Import cancelled. Nothing was changed.' };
    if (e instanceof FileRejected) return { ok: false, error: `The file was not imported: ${e.message} Nothing was changed.` };
    const message = e instanceof Error ? e.message : String(e);
    const full = /quota/i.test(message) || /quota/i.test(String((e as { inner?: { name?: string } })?.inner?.name ?? ''));
    return { ok: false, error: full ? "The file was not imported: the browser's storage for Sverka is full. Nothing was changed." : `The file was not imported: ${message}. Nothing was changed.` };
  }
}

const alreadyImported = (id: string, name = id): { ok: false; error: string } => ({
  ok: false, error: `A pack with id "${id}" is already imported ("${name}"). Remove it first to import it again. Nothing was changed.`,
});

const skippedCount = (skipped: Record<string, number>) => Object.values(skipped).reduce((a, b) => a + b, 0);

/**
 * What an import checks new records against, without reading 200,000 stored
 * claims: visible events and actors (speakers are matched by name), and the
 * bundled claims (duplicates of curated statements). Pack claim ids start
 * with the pack's own unique id, so they cannot collide with another pack's.
 */
async function lightDatabase(db: SverkaDatabase, bundled: ClaimDatabase): Promise<ClaimDatabase> {
  const hidden = await hiddenOrigins(db);
  const [events, actors] = await Promise.all([db.events.toArray(), db.actors.toArray()]);
  const strip = <T extends { origin: string }>(rows: T[]) => rows.filter((r) => !hidden.has(r.origin)).map(({ origin: _o, ...r }) => r);
  return { version: bundled.version, events: strip(events), actors: strip(actors), claims: bundled.claims, relations: [] };
}
