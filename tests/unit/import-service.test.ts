// The background's pack handlers: Results, not throws, and a fresh matcher
// after every change. The same pack id removed and imported again gives the
// same data version, so only the explicit invalidation keeps the matcher from
// answering with the removed pack's claims.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { getMatcher } from '../../lib/service/matcher-cache';
import { getDatabase, importPackMessage, removePackMessage } from '../../lib/service/packs';
import { packFixture, testBundle } from '../fixtures/packs/test-bundle';

const now = () => new Date('2026-02-01T00:00:00Z');

describe('pack message handlers', () => {
  it('store the bundled data first, then import, list and remove', async () => {
    const db = new SverkaDatabase('service-packs-1');
    const bundled = () => testBundle();
    const imported = await importPackMessage(db, { fileName: 'sverka-pack.json', text: packFixture('sverka-pack.json') }, now, bundled);
    expect(imported).toMatchObject({ ok: true, value: { packId: 'example-newsroom-notes' } });
    const listed = await getDatabase(db, bundled);
    expect(listed.ok && listed.value.packs.map((p) => p.id)).toEqual(['example-newsroom-notes']);
    expect(listed.ok && listed.value.data.claims).toHaveLength(4);
    expect(await removePackMessage(db, { packId: 'example-newsroom-notes' })).toEqual({ ok: true, value: null });
    expect(await removePackMessage(db, { packId: 'example-newsroom-notes' })).toMatchObject({ ok: false });
  });

  it('drop the cached matcher after a removal and re-import of the same pack id', async () => {
    const db = new SverkaDatabase('service-packs-2');
    const bundled = () => testBundle();
    const text = packFixture('sverka-pack.json');
    await importPackMessage(db, { fileName: 'a.json', text }, now, bundled);
    const first = await getMatcher(db, bundled);
    await removePackMessage(db, { packId: 'example-newsroom-notes' });
    await importPackMessage(db, { fileName: 'a.json', text }, now, bundled);
    const second = await getMatcher(db, bundled);
    expect(second.data.version).toBe(first.data.version);
    expect(second.matcher).not.toBe(first.matcher);
  });
});
