// Schema v3 → v4 (issue 11) against a saved v3 database (tests/fixtures/db-v3:
// the v1 rows, an annotation, and a ClaimReview pack stored one record per
// claim by the v3 import): opening it with the current schema keeps every row
// and adds the empty claimRows store; the old pack keeps working beside a pack
// imported after the upgrade, which is stored in rows.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { browsePack } from '../../lib/db/browse';
import { removePack } from '../../lib/db/packs';
import { readDatabase } from '../../lib/db/sync-bundled';
import { readOriginRecords } from '../../lib/db/pack-records';
import { getMatcher, invalidateMatcher } from '../../lib/service/matcher-cache';
import { runImport } from '../../lib/service/import-job';
import { sample } from '../fixtures/annotations/db';
import { testBundle } from '../fixtures/packs/test-bundle';
import { createOldDatabase, readFixture as read, TABLES } from '../fixtures/old-database';

const OLD_PACK = read('db-v3', 'claimreview-pack.json') as Record<'packs' | 'events' | 'actors' | 'claims', { id: string }[]>;
const rowsOf = (t: (typeof TABLES)[number]): { id?: string; key?: string }[] => [...read('db-v1', `${t}.json`), ...(t in OLD_PACK ? OLD_PACK[t as keyof typeof OLD_PACK] : [])];
const byKey = (rows: { id?: string; key?: string }[]) => [...rows].sort((a, b) => (String(a.id ?? a.key) < String(b.id ?? b.key) ? -1 : 1));
const env = { now: () => new Date('2026-03-01T00:00:00Z'), bundled: () => testBundle(), progress: () => {}, cancelled: () => false };

/** Writes the fixture with a Dexie that knows versions 1–3 only, as a reader's browser holds it before claim rows. */
async function createV3(name: string): Promise<void> {
  expect(await createOldDatabase(name, ['db-v1', 'db-v2', 'db-v3'], rowsOf)).toBe(3);
}

describe('migration v3 → v4', () => {
  it('keeps every row and adds an empty claimRows store', async () => {
    await createV3('migrate-v4-1');
    const db = new SverkaDatabase('migrate-v4-1');
    await db.open();
    expect(db.verno).toBe(4);
    for (const t of TABLES) expect(await db.table(t).toArray(), `table ${t}`).toEqual(byKey(rowsOf(t)));
    expect(await db.annotations.get(sample().id)).toEqual(sample());
    expect(await db.claimRows.count()).toBe(0);
    expect(db.claimRows.schema.primKey.name).toBe('[pack+no]');
    expect(db.claimRows.schema.indexes.map((i) => `${i.multi ? '*' : ''}${i.name}`)).toEqual(['*refs']);
    db.close();
  });

  it('the pack stored one record per claim is matched, browsed, exported and removed beside a pack stored in rows', async () => {
    await createV3('migrate-v4-2');
    invalidateMatcher();
    const db = new SverkaDatabase('migrate-v4-2');
    const old = OLD_PACK.claims as unknown as { id: string; quote: string }[];
    expect(await runImport(db, { fileName: 'new-feed.jsonl', text: newFeed() }, env)).toMatchObject({ ok: true, value: { added: { claims: 2 } } });
    expect(await db.claimRows.count()).toBe(1);

    // Matching reads the old pack's bodies by id and the new one's from its row.
    const { matcher } = await getMatcher(db, () => testBundle());
    for (const [quote, id] of [[old[0].quote, old[0].id], ['The example bridge toll was doubled twice in one single year.', 'new-feed-1']]) {
      await matcher.prepareText(quote);
      expect(matcher.matchText(quote, { top: 1 })[0]?.claimId, quote).toBe(id);
    }
    // Browsing: the old pack by id keyset, the new one by position.
    expect((await browsePack(db, 'old-feed', undefined, 50))?.claims.map((c) => c.id)).toEqual(old.map((c) => c.id).sort());
    expect((await browsePack(db, 'new-feed', undefined, 50))?.claims.map((c) => c.id)).toEqual(['new-feed-1', 'new-feed-2']);
    // Every reader sees both kinds.
    const all = await readDatabase(db);
    for (const id of [...old.map((c) => c.id), 'new-feed-1', 'new-feed-2']) expect(all.claims.some((c) => c.id === id), id).toBe(true);
    const records = await readOriginRecords(db);
    expect(records.claims.filter((c) => c.origin === 'pack:new-feed').map((c) => c.id)).toEqual(['new-feed-1', 'new-feed-2']);

    expect(await removePack(db, 'old-feed')).toEqual({ ok: true, value: null });
    expect(await db.claims.where('origin').equals('pack:old-feed').count()).toBe(0);
    expect(await removePack(db, 'new-feed')).toEqual({ ok: true, value: null });
    expect(await db.claimRows.count()).toBe(0);
    const left = (await readDatabase(db)).claims.map((c) => c.id);
    for (const id of [...old.map((c) => c.id), 'new-feed-1', 'new-feed-2']) expect(left, id).not.toContain(id);
    expect(left).toContain('newsroom-forum-claim');
    db.close();
  });
});

function newFeed(): string {
  const item = (n: number, claim: string) => JSON.stringify({
    '@type': 'ClaimReview', url: `https://factcheck.example.org/new-${n}`, datePublished: '2020-06-01', author: { name: 'Example Check' },
    claimReviewed: claim, itemReviewed: { author: { name: 'Example Tollkeeper' }, datePublished: '2020-05-20' },
  });
  return [item(1, 'The example bridge toll was doubled twice in one single year.'), item(2, 'Example ferries will run every ten minutes from next month.')].join('\n');
}
