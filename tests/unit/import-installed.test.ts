// Issue 11: a fact-check that another pack already installed (same review URL
// and claim text) is skipped as "already installed" — counted, the first
// ones listed with the pack that has them — instead of being stored twice.
// Each pack keeps its keys as hashes (lib/db/pack-keys.ts); a pack without
// a stored key set (imported before, or by the command line's store file)
// gets one built from its claims. Fictional statements, example.org only.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { installedKeys, packKeysKey } from '../../lib/db/pack-keys';
import { removePack } from '../../lib/db/packs';
import { claimsOf } from '../../lib/db/claim-rows';
import { hashKey, reviewKey } from '../../lib/claims/review-keys';
import { runImport } from '../../lib/service/import-job';
import { invalidateMatcher } from '../../lib/service/matcher-cache';
import { testBundle } from '../fixtures/packs/test-bundle';

const line = (n: number) => JSON.stringify({
  '@type': 'ClaimReview', url: `https://factcheck.example.org/${n}`, datePublished: '2020-05-01',
  author: { name: 'Example Check' }, claimReviewed: `Example person ${n} said the ferry to district ${n} costs ${n * 13} example units.`,
  itemReviewed: { author: { name: `Example Person ${n % 50}` }, datePublished: '2020-04-01' },
});
const feed = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => line(from + i)).join('\n');
const env = { now: () => new Date('2026-03-01T00:00:00Z'), bundled: () => testBundle(), progress: () => {}, cancelled: () => false };

async function fresh(name: string) {
  invalidateMatcher();
  const db = new SverkaDatabase(name);
  await syncBundled(db, testBundle());
  return db;
}

describe('items already installed by another pack', () => {
  it('are skipped and reported with the pack that has them, not stored twice', async () => {
    const db = await fresh('installed-1');
    const first = await runImport(db, { fileName: 'first.jsonl', text: feed(1, 3000) }, env);
    expect(first).toMatchObject({ ok: true, value: { added: { claims: 3000 } } });
    expect(first.ok && first.value.items?.alreadyInstalled).toBeUndefined();
    const keys = (await db.meta.get(packKeysKey('first')))?.value as { keys: Float64Array };
    expect(keys.keys).toHaveLength(3000);

    // Items 2001–3000 are the first pack's; 3001–4000 are new.
    const second = await runImport(db, { fileName: 'second.jsonl', text: feed(2001, 4000) }, env);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.value.added.claims).toBe(1000);
    expect(second.value.items).toMatchObject({ read: 2000, accepted: 1000, skipped: {} });
    expect(second.value.items?.alreadyInstalled?.count).toBe(1000);
    expect(second.value.items?.alreadyInstalled?.first).toHaveLength(20);
    expect(second.value.items?.alreadyInstalled?.first[0]).toEqual({ where: expect.stringMatching(/^line 1 \("Example person 2001 said/), pack: 'first' });
    expect(await claimsOf(db, 'second')).toHaveLength(1000);
    expect((await readDatabase(db)).claims).toHaveLength(2 + 4000);
  });

  it('a file with nothing new is refused as already installed, and removing the pack frees its items', async () => {
    const db = await fresh('installed-2');
    await runImport(db, { fileName: 'first.jsonl', text: feed(1, 50) }, env);
    const again = await runImport(db, { fileName: 'copy.jsonl', text: feed(1, 50) }, env);
    expect(again.ok ? '' : again.error).toMatch(/^Nothing new to import: all 50 fact-checks in this file are already installed \(in "first"\)\. Nothing was changed\.\n50 already installed by another pack \(the first 20 listed\)\nline 1 \("Example person 1 said.*"\): already installed \(pack "first"\)/);
    expect(await db.packs.count()).toBe(1);
    expect((await removePack(db, 'first')).ok).toBe(true);
    expect(await db.meta.get(packKeysKey('first'))).toBeUndefined();
    expect(await runImport(db, { fileName: 'copy.jsonl', text: feed(1, 50) }, env)).toMatchObject({ ok: true, value: { added: { claims: 50 } } });
  });

  it('builds the key set of a pack stored without one from its claims', async () => {
    const db = await fresh('installed-3');
    await runImport(db, { fileName: 'first.jsonl', text: feed(1, 100) }, env);
    await db.meta.delete(packKeysKey('first'));
    const keys = await installedKeys(db);
    expect(keys.size).toBe(100);
    const claim = JSON.parse(line(7)) as { url: string; claimReviewed: string };
    expect(keys.get(hashKey(reviewKey(claim.url, claim.claimReviewed)))).toBe('first');
    expect(((await db.meta.get(packKeysKey('first')))?.value as { keys: Float64Array }).keys).toHaveLength(100);
    const second = await runImport(db, { fileName: 'second.jsonl', text: feed(91, 110) }, env);
    expect(second.ok && [second.value.added.claims, second.value.items?.alreadyInstalled?.count]).toEqual([10, 10]);
  });
});
