// Issue 7, item 6 (storage half): IndexedDB refuses a write — the disk is
// full (QuotaExceededError) or the browser fails it — in the middle of a pack
// import, a pack removal or the bundled-data update. The user is told in
// words, and the database is exactly as before: every multi-table write is
// one transaction. Writes are failed with a Dexie DBCore middleware, below
// Sverka's code and above fake-indexeddb, the way a real quota error arrives.
import { describe, expect, it } from 'vitest';
import type { DBCoreMutateRequest } from 'dexie';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { importPack, removePack } from '../../lib/db/packs';
import { articleExtracted, type ServiceDeps } from '../../lib/service/handlers';
import { invalidateMatcher, getMatcher } from '../../lib/service/matcher-cache';
import { packFixture, testBundle } from '../fixtures/packs/test-bundle';
import type { TabState } from '../../lib/service/tab-state';
import type { ExtractOutcome } from '../../lib/protocol';

let n = 0;
const now = () => new Date('2026-03-01T00:00:00Z');

/** A database whose writes fail on demand: `failOn(table, nth)` fails the nth write (1-based) to that table, or every write when nth is 0. */
function failingDb(error: () => Error = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
  const db = new SverkaDatabase(`hostile-storage-${n++}`);
  let rule: { table: string; nth: number } | undefined;
  let seen = 0;
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            if (rule && (rule.table === '*' || rule.table === name)) {
              seen++;
              if (rule.nth === 0 || seen === rule.nth) return Promise.reject(error());
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return {
    db,
    failOn(table: string, nth = 1) {
      rule = { table, nth };
      seen = 0;
    },
    heal() {
      rule = undefined;
    },
  };
}

async function seeded() {
  const f = failingDb();
  await syncBundled(f.db, testBundle());
  return f;
}

describe('a pack import that hits a full disk', () => {
  it('says the storage is full and nothing changed, leaves every table as it was, and a retry works', async () => {
    const { db, failOn, heal } = await seeded();
    const before = await readDatabase(db);
    // Events and actors are written, then the claims write fails: the transaction must undo the first two.
    failOn('claims');
    const r = await importPack(db, 'sverka-pack.json', packFixture('sverka-pack.json'), now);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/storage for Sverka is full/);
    expect(r.error).toMatch(/Nothing was changed/);
    heal();
    expect(await readDatabase(db)).toEqual(before);
    expect(await db.packs.count()).toBe(0);
    expect(await db.events.where('origin').equals('pack:example-newsroom-notes').count()).toBe(0);
    const retry = await importPack(db, 'sverka-pack.json', packFixture('sverka-pack.json'), now);
    expect(retry.ok).toBe(true);
  });

  it('any other write error is named plainly, and also changes nothing', async () => {
    const f = failingDb(() => new DOMException('The transaction was aborted.', 'UnknownError'));
    await syncBundled(f.db, testBundle());
    const before = await readDatabase(f.db);
    f.failOn('packs');
    const r = await importPack(f.db, 'sverka-pack.json', packFixture('sverka-pack.json'), now);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/could not write to Sverka's database \(UnknownError/);
    f.heal();
    expect(await readDatabase(f.db)).toEqual(before);
  });
});

describe('a pack removal that hits a write error', () => {
  it('leaves the pack and all its records in place', async () => {
    const { db, failOn, heal } = await seeded();
    expect((await importPack(db, 'p.json', packFixture('sverka-pack.json'), now)).ok).toBe(true);
    const before = await readDatabase(db);
    failOn('*', 3);
    const r = await removePack(db, 'example-newsroom-notes');
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/storage for Sverka is full|could not write/);
    heal();
    expect(await readDatabase(db)).toEqual(before);
    expect(await db.packs.count()).toBe(1);
  });
});

describe('the bundled-data update that hits a full disk', () => {
  it('throws, and keeps the old bundled data and the user\'s packs whole (the deletes are rolled back)', async () => {
    const { db, failOn, heal } = await seeded();
    expect((await importPack(db, 'p.json', packFixture('sverka-pack.json'), now)).ok).toBe(true);
    const before = await readDatabase(db);
    const next = { ...testBundle(), version: 'v2' };
    failOn('claims', 2); // the delete of old bundled claims succeeds, the bulkPut of the new ones fails
    await expect(syncBundled(db, next)).rejects.toThrow();
    heal();
    expect(await readDatabase(db)).toEqual(before);
    expect(await syncBundled(db, next)).toBe(true);
  });

  it('the panel gets an "error" state whose words say the storage is full, not a silent failure', async () => {
    invalidateMatcher();
    const f = failingDb();
    f.failOn('*', 0); // every write fails: a fresh profile on a full disk
    const states: TabState[] = [];
    const stored = new Map<string, unknown>();
    const deps: ServiceDeps = {
      db: f.db,
      session: { get: async (k) => ({ [k]: stored.get(k) }), set: async (i) => void Object.entries(i).forEach(([k, v]) => stored.set(k, v)), remove: async (k) => void stored.delete(k) },
      bundled: testBundle, notify: () => {}, showBadge: (s) => states.push(s), injectContentScript: async () => {}, now: () => 1,
    };
    const outcome: ExtractOutcome = {
      ok: true,
      article: {
        url: 'https://tass.ru/politika/1', title: 'Заголовок', lang: 'ru', datesDisagree: false, readerable: true,
        text: 'Мы направили восемьдесят запросов и не получили ответа.', paragraphs: [{ start: 0, end: 55 }],
        sentences: [{ text: 'Мы направили восемьдесят запросов и не получили ответа.', start: 0, end: 55, paragraph: 0 }],
      },
    };
    const r = await articleExtracted(deps, 9, { url: 'https://tass.ru/politika/1', outcome });
    expect(r.ok).toBe(false);
    const last = states[states.length - 1];
    expect(last.status).toBe('error');
    expect(last.detail).toMatch(/quota/i);
    f.heal();
    expect(await f.db.claims.count()).toBe(0);
  });

  it('a failed write of the cached search index does not stop matching', async () => {
    invalidateMatcher();
    const { db, failOn } = await seeded();
    failOn('meta', 0);
    const { matcher, data } = await getMatcher(db, testBundle);
    expect(data.claims.length).toBeGreaterThan(0);
    const [first] = testBundle().claims;
    await matcher.prepareText(first.quote);
    expect(matcher.matchText(first.quote, { top: 1 })[0]?.claimId).toBe(first.id);
  });
});
