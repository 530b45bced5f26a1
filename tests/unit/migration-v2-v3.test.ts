// Schema v2 → v3 (issue 11) against a saved v2 database (tests/fixtures/db-v2
// stores, the v1 rows of tests/fixtures/db-v1 and an annotation): opening it
// with the current schema keeps every row, adds the [origin+id] index the
// database browser pages by, and drops the unused claims.date index.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { browsePack } from '../../lib/db/browse';
import { sample } from '../fixtures/annotations/db';
import { createOldDatabase, readFixture as read, TABLES } from '../fixtures/old-database';
const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => (String(a.id ?? a.key) < String(b.id ?? b.key) ? -1 : 1));

/** Writes the fixture with a Dexie that knows versions 1 and 2 only, as a reader's browser holds it before issue 11. */
async function createV2(name: string): Promise<void> {
  expect(await createOldDatabase(name, ['db-v1', 'db-v2'], (t) => read('db-v1', `${t}.json`))).toBe(2);
}

describe('migration v2 → v3', () => {
  it('keeps every row, adds the [origin+id] index and drops claims.date', async () => {
    await createV2('migrate-v3-1');
    const db = new SverkaDatabase('migrate-v3-1');
    await db.open();
    expect(db.verno).toBe(4); // the current version: v3, then v4's new claimRows store (tests/unit/migration-v3-v4.test.ts)
    for (const t of TABLES) expect(await db.table(t).toArray(), `table ${t}`).toEqual(byKey(read('db-v1', `${t}.json`)));
    expect(await db.annotations.get(sample().id)).toEqual(sample());
    expect(db.claims.schema.indexes.map((i) => i.name).sort()).toEqual(['[origin+id]', 'event', 'origin', 'speaker']);
    db.close();
  });

  it('pages the migrated pack by keyset, and a second open needs no upgrade', async () => {
    await createV2('migrate-v3-2');
    const first = new SverkaDatabase('migrate-v3-2');
    const claims = (read('db-v1', 'claims.json') as { id: string; origin: string }[]).filter((c) => c.origin === 'pack:newsroom-notes').map((c) => c.id).sort();
    expect(claims.length).toBeGreaterThan(0);
    const page = await browsePack(first, 'newsroom-notes', undefined, 50);
    expect(page?.claims.map((c) => c.id)).toEqual(claims);
    expect(page?.claims[0]).not.toHaveProperty('origin');
    first.close();
    const second = new SverkaDatabase('migrate-v3-2');
    await second.open();
    expect(second.verno).toBe(4);
    expect(await second.annotations.count()).toBe(1);
    second.close();
  });
});
