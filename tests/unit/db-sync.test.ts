// Loading the bundled claims into IndexedDB: keyed by data version, replaces
// only bundled records, never touches what the user imported.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import type { Claim, ClaimDatabase } from '../../lib/claims/schema';

const i18n = (s: string) => ({ ru: s, uk: s, en: s });
const claim = (id: string, quote: string): Claim => ({
  id, speaker: 'a', date: '2021-06-16', event: 'e', kind: 'direct-quote', quote, quoteLang: 'en', text: i18n(quote),
  sources: [{ outlet: 'tass', title: 't', date: '2021-06-16' }], numbers: [], dates: [], topics: [],
});
const bundle = (version: string, claims: Claim[]): ClaimDatabase => ({
  version,
  events: [{ id: 'e', title: i18n('E'), summary: i18n('S'), dates: ['2021-06-16'] }],
  actors: [{ id: 'a', kind: 'person', names: { ru: ['Аа'], uk: ['Аа'], en: ['Aa'] }, role: i18n('r') }],
  claims,
  relations: claims.length > 1 ? [{ from: claims[0].id, to: claims[1].id, type: 'contradicts', explanation: i18n('why') }] : [],
});

let n = 0;
const freshDb = () => new SverkaDatabase(`sync-test-${n++}`);

describe('syncBundled', () => {
  it('loads the bundle once per data version', async () => {
    const db = freshDb();
    expect(await syncBundled(db, bundle('v1', [claim('c1', 'one'), claim('c2', 'two')]))).toBe(true);
    expect(await syncBundled(db, bundle('v1', [claim('c1', 'one'), claim('c2', 'two')]))).toBe(false);
    expect(await db.claims.count()).toBe(2);
    expect(await db.relations.count()).toBe(1);
  });

  it('an update replaces bundled records and keeps imported ones', async () => {
    const db = freshDb();
    await syncBundled(db, bundle('v1', [claim('c1', 'one'), claim('c2', 'two')]));
    await db.claims.put({ ...claim('mine', 'imported'), origin: 'pack:p1' });
    await db.relations.add({ from: 'mine', to: 'c1', type: 'supports', explanation: i18n('x'), origin: 'pack:p1' });
    await db.packs.put({ id: 'p1', name: 'My pack', format: 'sverka', importedAt: '2026-01-01T00:00:00Z', claimCount: 1 });

    expect(await syncBundled(db, bundle('v2', [claim('c1', 'one, edited'), claim('c3', 'three')]))).toBe(true);
    const all = await readDatabase(db);
    expect(all.claims.map((c) => c.id).sort()).toEqual(['c1', 'c3', 'mine']);
    expect(all.claims.find((c) => c.id === 'c1')?.quote).toBe('one, edited');
    expect(all.relations.filter((r) => r.from === 'mine')).toHaveLength(1);
    expect(all.version).toBe('v2+p1');
  });

  it('a failed write leaves the previous data intact', async () => {
    const db = freshDb();
    await syncBundled(db, bundle('v1', [claim('c1', 'one')]));
    const next = bundle('v2', [claim('c2', 'two')]);
    // Force a failure inside the transaction after the deletes ran.
    const original = db.meta.put.bind(db.meta);
    db.meta.put = (() => Promise.reject(new Error('QuotaExceededError'))) as unknown as typeof db.meta.put;
    await expect(syncBundled(db, next)).rejects.toThrow('QuotaExceededError');
    db.meta.put = original;
    const all = await readDatabase(db);
    expect(all.claims.map((c) => c.id)).toEqual(['c1']);
    expect(all.version).toBe('v1');
  });
});
