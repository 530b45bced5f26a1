// Replacing a pack's records with a new version of the same pack (a refreshed
// subscription) in one read-write transaction: the new file is parsed against
// the database *without* the old version, and any problem — a malformed file,
// another id, records another pack depends on gone — leaves the old version
// whole. Kept apart from packs.ts (the one-shot import), which is reworked
// separately; both write records the same way (origin 'pack:<id>').
import { parsePack } from '../claims/import';
import { bumpPacksRevision } from './pack-records';
import { allRowClaims, deleteRows } from './claim-rows';
import type { ClaimDatabase } from '../claims/schema';
import type { Origin, SverkaDatabase } from './database';
import type { Result } from '../types/result';

export interface ReplaceReport {
  packId: string;
  name: string;
  format: 'sverka' | 'claimreview';
  claims: number;
}

/**
 * Stores `text` as pack `expectedId` (or as a new pack when undefined),
 * replacing what that pack had. `source` names the file in messages.
 */
export async function replacePack(db: SverkaDatabase, source: string, text: string, expectedId: string | undefined, now: () => Date): Promise<Result<ReplaceReport>> {
  // A subscribed pack is stored one record per claim (parsed and replaced whole in this one transaction);
  // the rows of imported ClaimReview packs (lib/db/claim-rows.ts) are read as the other packs' claims.
  const tables = [db.meta, db.events, db.actors, db.claims, db.claimRows, db.relations, db.packs];
  try {
    return await db.transaction('rw', tables, async (): Promise<Result<ReplaceReport>> => {
      const [events, actors, records, rows, relations, packs] = await Promise.all([db.events.toArray(), db.actors.toArray(), db.claims.toArray(), allRowClaims(db), db.relations.toArray(), db.packs.toArray()]);
      const claims = [...records, ...rows];
      const old: Origin | undefined = expectedId ? `pack:${expectedId}` : undefined;
      const keep = <T extends { origin: string }>(r: T) => r.origin !== old;
      const strip = <T extends { origin: string; id?: unknown }>({ origin: _o, ...rest }: T) => rest;
      const others: ClaimDatabase = {
        version: '', events: events.filter(keep).map(strip), actors: actors.filter(keep).map(strip), claims: claims.filter(keep).map(strip),
        relations: relations.filter(keep).map(({ id: _id, ...r }) => strip(r)),
      };
      const parsed = parsePack(source, text, others);
      if (!parsed.ok) {
        return { ok: false, error: [`The pack is not valid (${parsed.errors.length} ${parsed.errors.length === 1 ? 'error' : 'errors'}).`, ...parsed.errors.slice(0, 20)].join('\n') };
      }
      const { pack } = parsed;
      if (expectedId && pack.id !== expectedId) {
        return { ok: false, error: `The file is now pack "${pack.id}", not "${expectedId}" as before.` };
      }
      if (!expectedId && packs.some((p) => p.id === pack.id)) {
        return { ok: false, error: `A pack with id "${pack.id}" is already in Sverka ("${packs.find((p) => p.id === pack.id)!.name}"). Remove it first.` };
      }
      if (!pack.claims.length) return { ok: false, error: 'The pack has no statements Sverka does not already have.' };
      // Records of this pack that another pack points at must survive the update.
      const kept = new Set([...pack.claims, ...pack.actors, ...pack.events].map((r) => r.id));
      const gone = (id: string, list: { id: string; origin: string }[]) => list.some((r) => r.id === id && r.origin === old) && !kept.has(id);
      const broken = old ? [
        ...claims.filter((c) => c.origin !== old && (gone(c.speaker, actors) || gone(c.event, events))),
        ...relations.filter((r) => r.origin !== old && (gone(r.from, claims) || gone(r.to, claims))),
      ] : [];
      if (broken.length) {
        const users = [...new Set(broken.map((r) => r.origin))].join(', ');
        return { ok: false, error: `The new version drops statements, speakers or events that ${users} uses.` };
      }
      const origin: Origin = `pack:${pack.id}`;
      await Promise.all([
        db.events.where('origin').equals(origin).delete(),
        db.actors.where('origin').equals(origin).delete(),
        db.claims.where('origin').equals(origin).delete(),
        deleteRows(db, pack.id),
        db.relations.where('origin').equals(origin).delete(),
      ]);
      await db.events.bulkAdd(pack.events.map((e) => ({ ...e, origin })));
      await db.actors.bulkAdd(pack.actors.map((a) => ({ ...a, origin })));
      await db.claims.bulkAdd(pack.claims.map((c) => ({ ...c, origin })));
      await db.relations.bulkAdd(pack.relations.map((r) => ({ ...r, origin })));
      await db.packs.put({ id: pack.id, name: pack.name, format: pack.format, importedAt: now().toISOString(), claimCount: pack.claims.length });
      await bumpPacksRevision(db, pack.id);
      return { ok: true, value: { packId: pack.id, name: pack.name, format: pack.format, claims: pack.claims.length } };
    });
  } catch (e) {
    const name = (e as { inner?: { name?: string }; name?: string })?.inner?.name ?? (e as Error)?.name ?? '';
    if (/quota/i.test(name)) return { ok: false, error: "The browser's storage for Sverka is full; the previous version is kept." };
    return { ok: false, error: `The pack could not be stored (${e instanceof Error ? e.message : String(e)}).` };
  }
}
