// The reader's own statements ("My statements" pack): add, edit, remove, list.
// Each write is one read-write transaction over the claim tables, validated
// against the database as read inside it, and bumps the packs revision so the
// next page is matched against the new statement at once.
import { readDatabase } from '../db/sync-bundled';
import { bumpPacksRevision } from '../db/pack-records';
import { rowRefs } from '../db/claim-rows';
import { MY_PACK_ID, MY_PACK_NAME, StatementInput, statementRecords } from '../packs/statement';
import { invalidateMatcher } from './matcher-cache';
import type { Actor, Claim, Event, Relation } from '../claims/schema';
import type { SverkaDatabase } from '../db/database';
import type { Result } from '../types/result';

const ORIGIN = `pack:${MY_PACK_ID}` as const;

/** The reader's statements with what the options page needs to show and edit them. */
export interface MyStatements {
  claims: Claim[];
  actors: Actor[];
  events: Event[];
  relations: Relation[];
}

// The reader's own statements are claim records (few, edited one by one); claimRows is read for checks only.
const tables = (db: SverkaDatabase) => [db.meta, db.events, db.actors, db.claims, db.claimRows, db.relations, db.packs];

function invalid(errors: string[]): { ok: false; error: string } {
  return { ok: false, error: [`The statement was not saved: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}.`, ...errors].join('\n') };
}

/** Adds a statement (`claimId` undefined) or replaces one of the reader's own (`claimId` given). */
export async function saveStatement(db: SverkaDatabase, raw: unknown, now: () => Date, claimId?: string): Promise<Result<Claim>> {
  const parsed = StatementInput.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  try {
    const result = await db.transaction('rw', tables(db), async (): Promise<Result<Claim>> => {
      if (claimId) {
        const old = await db.claims.get(claimId);
        if (!old || old.origin !== ORIGIN) return { ok: false, error: `"${claimId}" is not one of your statements.` };
      }
      const data = await readDatabase(db);
      // An edited statement is checked as if its old version were gone (its relations are rewritten).
      const current = claimId ? { ...data, relations: data.relations.filter((r) => r.from !== claimId) } : data;
      const built = statementRecords(parsed.data, current, claimId);
      if (!built.ok) return invalid(built.errors);
      const { claim, actor, event, relations } = built.value;
      if (actor) await db.actors.add({ ...actor, origin: ORIGIN });
      if (event) await db.events.add({ ...event, origin: ORIGIN });
      if (claimId) {
        await db.relations.where('from').equals(claimId).filter((r) => r.origin === ORIGIN).delete();
        await db.claims.put({ ...claim, origin: ORIGIN });
      } else {
        await db.claims.add({ ...claim, origin: ORIGIN });
      }
      await db.relations.bulkAdd(relations.map((r) => ({ ...r, origin: ORIGIN })));
      await dropUnused(db);
      await updatePackRow(db, now);
      await bumpPacksRevision(db, MY_PACK_ID);
      return { ok: true, value: claim };
    });
    if (result.ok) invalidateMatcher();
    return result;
  } catch (e) {
    return { ok: false, error: `The statement was not saved: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.` };
  }
}

/** Removes one of the reader's statements and its relations; refuses while another pack relates to it. */
export async function removeStatement(db: SverkaDatabase, claimId: string, now: () => Date): Promise<Result<null>> {
  try {
    const result = await db.transaction('rw', tables(db), async (): Promise<Result<null>> => {
      const claim = await db.claims.get(claimId);
      if (!claim || claim.origin !== ORIGIN) return { ok: false, error: `"${claimId}" is not one of your statements.` };
      const foreign = (await db.relations.where('to').equals(claimId).toArray()).filter((r) => r.origin !== ORIGIN);
      if (foreign.length) return { ok: false, error: `"${claimId}" was not removed: ${[...new Set(foreign.map((r) => r.origin))].join(', ')} relates to it.` };
      await db.relations.where('from').equals(claimId).delete();
      await db.relations.where('to').equals(claimId).delete();
      await db.claims.delete(claimId);
      await dropUnused(db);
      await updatePackRow(db, now);
      await bumpPacksRevision(db, MY_PACK_ID);
      return { ok: true, value: null };
    });
    if (result.ok) invalidateMatcher();
    return result;
  } catch (e) {
    return { ok: false, error: `The statement was not removed: ${e instanceof Error ? e.message : String(e)}.` };
  }
}

export async function listMyStatements(db: SverkaDatabase): Promise<Result<MyStatements>> {
  try {
    const strip = <T extends { origin: string }>({ origin: _o, ...r }: T) => r;
    const [claims, actors, events, relations] = await Promise.all([
      db.claims.where('origin').equals(ORIGIN).toArray(), db.actors.where('origin').equals(ORIGIN).toArray(),
      db.events.where('origin').equals(ORIGIN).toArray(), db.relations.where('origin').equals(ORIGIN).toArray(),
    ]);
    return {
      ok: true,
      value: { claims: claims.map(strip).sort((a, b) => b.date.localeCompare(a.date)), actors: actors.map(strip), events: events.map(strip), relations: relations.map(({ id: _id, ...r }) => strip(r)) },
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Speakers and events the reader created that no statement uses any more go with the last one. */
async function dropUnused(db: SverkaDatabase): Promise<void> {
  const [actors, events] = await Promise.all([db.actors.where('origin').equals(ORIGIN).primaryKeys(), db.events.where('origin').equals(ORIGIN).primaryKeys()]);
  // An imported pack's rows may name them too (lib/db/claim-rows.ts refs): those keep them.
  const { used } = await rowRefs(db, [...actors, ...events]);
  for (const id of actors) if (!used.has(id) && !(await db.claims.where('speaker').equals(id).count())) await db.actors.delete(id);
  for (const id of events) if (!used.has(id) && !(await db.claims.where('event').equals(id).count())) await db.events.delete(id);
}

/** The pack row exists while the reader has statements; its count follows them. */
async function updatePackRow(db: SverkaDatabase, now: () => Date): Promise<void> {
  const count = await db.claims.where('origin').equals(ORIGIN).count();
  if (!count) return void (await db.packs.delete(MY_PACK_ID));
  const row = await db.packs.get(MY_PACK_ID);
  await db.packs.put({ id: MY_PACK_ID, name: MY_PACK_NAME, format: 'sverka', importedAt: row?.importedAt ?? now().toISOString(), claimCount: count });
}
