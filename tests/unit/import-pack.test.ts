// Importing Sverka packs into IndexedDB: all or nothing, duplicates reported
// and skipped, references resolved, removal exact, packs kept across re-seeds.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { databaseSnapshot, importPack, removePack } from '../../lib/db/packs';
import { bundledClaim, packFixture, testBundle } from '../fixtures/packs/test-bundle';

let n = 0;
const now = () => new Date('2026-02-01T12:00:00Z');
async function seeded(): Promise<SverkaDatabase> {
  const db = new SverkaDatabase(`import-test-${n++}`);
  await syncBundled(db, testBundle());
  return db;
}
const validPack = () => JSON.parse(packFixture('sverka-pack.json'));
const claimIds = async (db: SverkaDatabase) => (await readDatabase(db)).claims.map((c) => c.id).sort();

describe('importPack (Sverka format)', () => {
  it('imports a valid pack that refers to bundled ids, with origin pack:<id>', async () => {
    const db = await seeded();
    const result = await importPack(db, 'sverka-pack.json', packFixture('sverka-pack.json'), now);
    expect(result).toEqual({
      ok: true,
      value: {
        packId: 'example-newsroom-notes', name: 'Example newsroom notes', format: 'sverka',
        added: { claims: 2, actors: 1, events: 1, relations: 1 }, duplicates: [], fileFormat: 'sverka',
      },
    });
    expect(await claimIds(db)).toEqual(['analyst-briefing-2020', 'bundled-answer', 'bundled-requests', 'official-talks-2021']);
    expect((await db.claims.get('official-talks-2021'))?.origin).toBe('pack:example-newsroom-notes');
    expect(await db.relations.where('origin').equals('pack:example-newsroom-notes').toArray()).toMatchObject([{ from: 'official-talks-2021', to: 'bundled-requests', type: 'contradicts' }]);
    expect(await db.packs.toArray()).toEqual([
      { id: 'example-newsroom-notes', name: 'Example newsroom notes', format: 'sverka', fileFormat: 'sverka', importedAt: '2026-02-01T12:00:00.000Z', claimCount: 2, status: 'ready' },
    ]);
    const snapshot = await databaseSnapshot(db);
    expect(snapshot.origins).toMatchObject({ 'bundled-requests': 'bundled', 'analyst-briefing-2020': 'pack:example-newsroom-notes' });
    expect(snapshot.data.version).toBe('v1+example-newsroom-notes');
  });

  it('rejects malformed JSON with the line and column, and changes nothing', async () => {
    const db = await seeded();
    const before = await readDatabase(db);
    const result = await importPack(db, 'broken.json', '{\n  "sverkaPack": 1,\n  "id": "x",,\n}', now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/Not valid JSON: .+ at line 3, column 13\./);
    expect(await readDatabase(db)).toEqual(before);
  });

  it('rejects a pack with a schema error whole, naming record and field, and changes nothing', async () => {
    const db = await seeded();
    const before = await readDatabase(db);
    const pack = validPack();
    delete pack.claims[1].text.uk;
    pack.claims[0].date = '2020-3-2';
    const result = await importPack(db, 'bad.json', JSON.stringify(pack), now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.error.split('\n');
    expect(lines[0]).toBe('The pack was not imported: 2 errors. Nothing was changed.');
    expect(lines).toContain('claims[1] (id "official-talks-2021"): text.uk: Required');
    expect(lines).toContain('claims[0] (id "analyst-briefing-2020"): date: expected YYYY-MM-DD');
    expect(await readDatabase(db)).toEqual(before);
    expect(await db.packs.count()).toBe(0);
  });

  it('reports duplicates by id and by normalised quote and speaker, and imports the rest', async () => {
    const db = await seeded();
    const pack = validPack();
    pack.claims.push(
      { ...bundledClaim('bundled-answer', 'Some other words entirely.'), speaker: 'example-minister' },
      // Same speaker and words as bundled-requests, different case, quotes and spacing.
      { ...bundledClaim('retold-requests', '«We   sent EIGHTY requests and received no answer»'), date: '2021-06-17' },
    );
    pack.relations.push({ from: 'retold-requests', to: 'official-talks-2021', type: 'responds-to', explanation: { ru: 'о', uk: 'о', en: 'o' } });
    const result = await importPack(db, 'dups.json', JSON.stringify(pack), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.duplicates).toEqual([
      { id: 'bundled-answer', reason: 'same id as an existing claim' },
      { id: 'retold-requests', reason: 'same quote and speaker as claim "bundled-requests"' },
    ]);
    expect(result.value.added.claims).toBe(2);
    expect(await claimIds(db)).toEqual(['analyst-briefing-2020', 'bundled-answer', 'bundled-requests', 'official-talks-2021']);
    // The bundled claim was not overwritten, and a relation to the skipped twin points at the stored claim.
    expect((await db.claims.get('bundled-answer'))?.quote).toBe('Every request was answered in full.');
    expect(await db.relations.where('type').equals('responds-to').toArray()).toMatchObject([{ from: 'bundled-requests', to: 'official-talks-2021' }]);

    const again = await importPack(db, 'dups.json', JSON.stringify({ ...pack, id: 'second-copy' }), now);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toMatch(/^Nothing new to import/);
  });

  it('rejects relations to unknown claims and unknown speakers', async () => {
    const db = await seeded();
    const before = await readDatabase(db);
    const pack = validPack();
    pack.relations.push({ from: 'analyst-briefing-2020', to: 'no-such-claim', type: 'supports', explanation: { ru: 'а', uk: 'а', en: 'a' } });
    pack.claims[0].speaker = 'nobody-known';
    const result = await importPack(db, 'refs.json', JSON.stringify(pack), now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('relations[1] (analyst-briefing-2020 -> no-such-claim): to: unknown claim "no-such-claim"');
    expect(result.error).toContain('claims[0] (id "analyst-briefing-2020"): speaker: unknown actor "nobody-known"');
    expect(await readDatabase(db)).toEqual(before);
  });

  it('refuses a second pack with the same id', async () => {
    const db = await seeded();
    await importPack(db, 'a.json', packFixture('sverka-pack.json'), now);
    const pack = validPack();
    pack.claims = [{ ...pack.claims[0], id: 'another-claim', quote: 'Entirely new words here.' }];
    pack.relations = [];
    const result = await importPack(db, 'b.json', JSON.stringify(pack), now);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('already imported') });
  });

  it('says what it expected when the file is neither format', async () => {
    const db = await seeded();
    const result = await importPack(db, 'x.json', '{"hello": "world"}', now);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('holds no fact-check') });
  });
});

describe('removePack', () => {
  it('removes exactly the pack records and leaves everything else', async () => {
    const db = await seeded();
    const before = await readDatabase(db);
    await importPack(db, 'sverka-pack.json', packFixture('sverka-pack.json'), now);
    const other = validPack();
    other.id = 'other-pack';
    other.events = [];
    other.actors = [];
    other.claims = [{ ...other.claims[1], id: 'other-claim', quote: 'Different words from the other pack.' }];
    other.relations = [];
    expect((await importPack(db, 'other.json', JSON.stringify(other), now)).ok).toBe(true);

    expect(await removePack(db, 'example-newsroom-notes')).toEqual({ ok: true, value: null });
    const after = await readDatabase(db);
    expect(after.claims.map((c) => c.id).sort()).toEqual([...before.claims.map((c) => c.id), 'other-claim'].sort());
    expect(after.events).toEqual(before.events);
    expect(after.actors).toEqual(before.actors);
    expect(after.relations).toEqual(before.relations);
    expect((await db.packs.toArray()).map((p) => p.id)).toEqual(['other-pack']);
  });

  it('refuses to remove a pack another pack depends on', async () => {
    const db = await seeded();
    await importPack(db, 'sverka-pack.json', packFixture('sverka-pack.json'), now);
    const dependent = validPack();
    dependent.id = 'dependent-pack';
    dependent.name = 'Dependent';
    dependent.events = [];
    dependent.actors = [];
    dependent.claims = [{ ...dependent.claims[0], id: 'uses-analyst', quote: 'Yet another statement by the analyst.' }];
    dependent.relations = [];
    expect((await importPack(db, 'dep.json', JSON.stringify(dependent), now)).ok).toBe(true);
    const result = await removePack(db, 'example-newsroom-notes');
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('"Dependent" uses its speakers') });
    expect(await db.claims.get('analyst-briefing-2020')).toBeDefined();
  });

  it('answers clearly for an unknown pack', async () => {
    const db = await seeded();
    expect(await removePack(db, 'nope')).toEqual({ ok: false, error: 'No imported pack has the id "nope".' });
  });
});

describe('packs and the bundled data', () => {
  it('a re-seed with a new bundled version keeps imported packs', async () => {
    const db = await seeded();
    await importPack(db, 'sverka-pack.json', packFixture('sverka-pack.json'), now);
    const next = testBundle('v2');
    next.claims.push(bundledClaim('bundled-new', 'A new bundled statement.'));
    expect(await syncBundled(db, next)).toBe(true);
    expect(await claimIds(db)).toEqual(['analyst-briefing-2020', 'bundled-answer', 'bundled-new', 'bundled-requests', 'official-talks-2021']);
    expect(await db.actors.get('example-analyst')).toBeDefined();
    expect(await db.relations.where('origin').equals('pack:example-newsroom-notes').count()).toBe(1);
    expect(await db.packs.count()).toBe(1);
    expect((await readDatabase(db)).version).toBe('v2+example-newsroom-notes');
  });

  it('a write error rolls the whole import back and says why', async () => {
    const db = await seeded();
    await db.meta.put({ key: 'matcherIndex', value: { version: 'v1', json: '{}' } });
    const before = await readDatabase(db);
    // Fail the last write of the transaction, after every record was added.
    const original = db.meta.delete.bind(db.meta);
    db.meta.delete = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof db.meta.delete;
    const result = await importPack(db, 'sverka-pack.json', packFixture('sverka-pack.json'), now);
    db.meta.delete = original;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/storage for Sverka is full \(QuotaExceededError\)\. Nothing was changed\./);
    expect(await readDatabase(db)).toEqual(before);
    expect(await db.packs.count()).toBe(0);
    expect(await db.meta.get('matcherIndex')).toBeDefined();
  });
});
