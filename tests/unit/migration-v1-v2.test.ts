// Schema v1 → v2 against a saved v1 database (tests/fixtures/db-v1): opening
// it with the current schema adds the annotations table and keeps every row —
// bundled data, the imported pack, its claims and relation, the persisted
// matcher index — exactly as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { syncBundled } from '../../lib/db/sync-bundled';
import { removePack } from '../../lib/db/packs';
import { insertAnnotation } from '../../lib/db/annotations';
import { openV2, sample } from '../fixtures/annotations/db';
import { testBundle } from '../fixtures/packs/test-bundle';

const FIXTURE = join(process.cwd(), 'tests/fixtures/db-v1');
const TABLES = ['meta', 'events', 'actors', 'claims', 'relations', 'packs'] as const;
const read = (file: string) => JSON.parse(readFileSync(join(FIXTURE, file), 'utf8'));

/** Rows in primary-key order, as toArray() returns them. */
const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => (String(a.id ?? a.key) < String(b.id ?? b.key) ? -1 : 1));

/** Writes the fixture with a Dexie that knows only version 1, as a reader's browser holds it today. */
async function createV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(read('stores.json'));
  await v1.open();
  await v1.transaction('rw', TABLES.map((t) => v1.table(t)), async () => {
    for (const t of TABLES) await v1.table(t).bulkAdd(read(`${t}.json`));
  });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('migration v1 → v2', () => {
  it('keeps every row of every v1 table and adds an empty annotations table', async () => {
    await createV1('migrate-1');
    const db = openV2('migrate-1');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2); // 3 since issue 11 (tests/unit/migration-v2-v3.test.ts)
    for (const t of TABLES) {
      const rows = await db.table(t).toArray();
      expect(rows, `table ${t}`).toEqual(byKey(read(`${t}.json`)));
    }
    expect(await db.annotations.count()).toBe(0);
    expect(db.annotations.schema.indexes.map((i) => i.name).sort()).toEqual(['claimIds', 'created', 'events', 'modified', 'outletId', 'tags', 'url']);
    db.close();
  });

  it('opens the migrated database again without another upgrade, annotations kept', async () => {
    await createV1('migrate-2');
    const first = openV2('migrate-2');
    expect((await insertAnnotation(first, sample())).ok).toBe(true);
    first.close();
    const second = openV2('migrate-2');
    expect(await second.annotations.get(sample().id)).toMatchObject({ note: sample().note });
    expect(await second.packs.count()).toBe(1);
    second.close();
  });

  it('keeps annotations through a re-seed of the bundled claims and the removal of a pack', async () => {
    await createV1('migrate-3');
    const db = openV2('migrate-3');
    await insertAnnotation(db, sample({ claimIds: ['newsroom-forum-claim'] }));
    // A data update replaces everything bundled; user packs stay, annotations stay.
    expect(await syncBundled(db, testBundle('v2'))).toBe(true);
    expect(await db.claims.get('newsroom-forum-claim')).toBeTruthy();
    expect(await db.annotations.count()).toBe(1);
    // Removing the pack removes its claims; the annotation keeps its link (shown as an unknown statement).
    await db.relations.where('origin').equals('pack:newsroom-notes').delete();
    expect(await removePack(db, 'newsroom-notes')).toEqual({ ok: true, value: null });
    expect((await db.annotations.get(sample().id))?.claimIds).toEqual(['newsroom-forum-claim']);
    db.close();
  });
});
