// The row store of imported ClaimReview packs (lib/db/claim-rows.ts, schema
// v4): what a row holds, reading by position only the rows asked for, paging
// across row boundaries, deleting one pack's rows, the refs that let a
// removal find the packs using another's speakers, and the matcher's reader
// over records and rows together (lib/db/claim-reader.ts). fake-indexeddb;
// fictional statements.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { claimsAt, claimsFrom, claimsOf, deleteRows, rowRefs, toRows } from '../../lib/db/claim-rows';
import { storedClaimReader } from '../../lib/db/claim-reader';
import { removePack } from '../../lib/db/packs';
import { buildSegment, SearchIndex } from '../../lib/match/search-index';
import { Segment as SegmentClass } from '../../lib/match/segment';
import { claimOf, type BodyWithTerms } from '../../lib/match/claim-bodies';
import { bundledClaim } from '../fixtures/packs/test-bundle';
import type { Claim } from '../../lib/claims/schema';
import type { Segment } from '../../lib/match/segment';
import type { Pack } from '../../lib/db/database';

const claims = (pack: string, n: number, speaker = `${pack}-speaker`): Claim[] =>
  Array.from({ length: n }, (_, i) => ({ ...bundledClaim(`${pack}-${i + 1}`, `Example statement number ${i + 1} of ${pack}.`, speaker), event: `imported-${pack}` }));
const own = (pack: string) => (id: string) => id.startsWith(`${pack}-`) || id === `imported-${pack}`;
const pack = (id: string, claimCount: number, rowSize = 3): Pack => ({ id, name: id, format: 'claimreview', importedAt: '2026-03-01T00:00:00Z', claimCount, status: 'ready', rowSize });

async function stored(name: string, packs: { id: string; claims: Claim[] }[]): Promise<SverkaDatabase> {
  const db = new SverkaDatabase(name);
  for (const p of packs) {
    await db.packs.put(pack(p.id, p.claims.length));
    await db.claimRows.bulkAdd(toRows(p.id, 0, p.claims, 3, own(p.id)));
  }
  return db;
}

describe('claim rows', () => {
  it('a row holds `size` claims as JSON in segment order, and lists only the speakers and events from outside the pack', () => {
    const list = claims('p', 7);
    list[4] = { ...list[4], speaker: 'bundled-speaker' };
    const rows = toRows('p', 0, list, 3, own('p'));
    expect(rows.map((r) => [r.pack, r.no, r.claims.length, r.refs])).toEqual([['p', 0, 3, []], ['p', 1, 3, ['bundled-speaker']], ['p', 2, 1, []]]);
    expect(JSON.parse(rows[2].claims[0])).toEqual(list[6]);
    expect(toRows('p', 6, list.slice(0, 2), 3, own('p')).map((r) => r.no)).toEqual([2]);
    expect(() => toRows('p', 4, list, 3, own('p'))).toThrow(/multiple of 3/);
  });

  it('reads claims by position from their rows only; a position past the end gives undefined', async () => {
    const list = claims('p', 7);
    const db = await stored('rows-1', [{ id: 'p', claims: list }]);
    // Row 0 gone: positions in rows 1 and 2 are still read, so nothing else was needed.
    await db.claimRows.delete(['p', 0]);
    expect(await claimsAt(db, pack('p', 7), [6, 3, 4, 1, 9])).toEqual([list[6], list[3], list[4], undefined, undefined]);
  });

  it('pages from any position across row boundaries, and lists a whole pack in order, records and rows alike', async () => {
    const list = claims('p', 7);
    const db = await stored('rows-2', [{ id: 'p', claims: list }]);
    expect((await claimsFrom(db, pack('p', 7), 2, 3)).map((c) => c.id)).toEqual(['p-3', 'p-4', 'p-5']);
    expect((await claimsFrom(db, pack('p', 7), 5, 10)).map((c) => c.id)).toEqual(['p-6', 'p-7']);
    await db.claims.add({ ...bundledClaim('p-record', 'A record of the same pack.'), origin: 'pack:p' });
    expect((await claimsOf(db, 'p')).map((c) => [c.id, c.origin])).toEqual([['p-record', 'pack:p'], ...list.map((c) => [c.id, 'pack:p'])]);
  });

  it('deletes one pack\'s rows and no other\'s', async () => {
    const db = await stored('rows-3', [{ id: 'p', claims: claims('p', 7) }, { id: 'q', claims: claims('q', 4) }]);
    await deleteRows(db, 'p');
    expect(await db.claimRows.toCollection().primaryKeys()).toEqual([['q', 0], ['q', 1]]);
  });

  it('finds who uses a speaker through the rows\' refs, and removal refuses while another pack does', async () => {
    const db = await stored('rows-4', [{ id: 'p', claims: claims('p', 4) }, { id: 'q', claims: claims('q', 4, 'p-speaker') }]);
    await db.actors.add({ id: 'p-speaker', kind: 'person', names: { ru: ['Пример'], uk: ['Приклад'], en: ['Example'] }, role: { ru: 'x', uk: 'x', en: 'x' }, origin: 'pack:p' });
    expect(await rowRefs(db, ['p-speaker', 'nobody'])).toEqual({ used: new Set(['p-speaker']), packs: new Set(['q']) });
    expect(await rowRefs(db, ['p-speaker'], 'q')).toEqual({ used: new Set(), packs: new Set() });
    const refused = await removePack(db, 'p');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/"q" uses its speakers/);
    expect(await db.claimRows.count()).toBe(4);
    expect(await removePack(db, 'q')).toEqual({ ok: true, value: null });
    expect(await removePack(db, 'p')).toEqual({ ok: true, value: null });
    expect(await db.claimRows.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
  });

  it('the matcher\'s reader gives records by id and row claims by position, and nothing for a row that does not hold the id', async () => {
    const db = await stored('rows-5', [{ id: 'p', claims: claims('p', 5) }]);
    const bundled = [bundledClaim('b-1', 'A bundled statement.'), bundledClaim('b-2', 'Another bundled statement.')];
    await db.claims.bulkAdd(bundled.map((c) => ({ ...c, origin: 'bundled' as const })));
    const segments = [buildSegment(bundled), buildSegment(claims('p', 5))];
    const read = storedClaimReader(db, new SearchIndex(segments), new Map<Segment, Pack>([[segments[1], pack('p', 5)]]));
    expect((await read(['p-4', 'b-2', 'p-1'], [5, 1, 2])).map((c) => claimOf(c)?.id)).toEqual(['p-4', 'b-2', 'p-1']);
    expect(await read(['not-p-3'], [4])).toEqual([undefined]);
  });

  it('a segment stored without its forward lists gets each claim\'s terms from its row, with the body; a damaged row gives nothing', async () => {
    const list = claims('p', 7);
    const built = buildSegment(list);
    const db = new SverkaDatabase('rows-6');
    await db.packs.put(pack('p', 7));
    await db.claimRows.bulkAdd(toRows('p', 0, list, 3, own('p'), (f, n) => built.rowForward(f, n)));
    const stored = built.toStored({ forwardInRows: true });
    expect(stored).toMatchObject({ forward: [], forwardInRows: true });
    const segment = SegmentClass.fromStored(structuredClone(stored));
    expect(segment.termsInRows).toBe(true);
    expect(() => segment.claimTerms(0)).toThrow(/kept with its body/);
    const read = storedClaimReader(db, new SearchIndex([segment]), new Map<Segment, Pack>([[segment, pack('p', 7)]]));
    const got = await read(['p-1', 'p-5', 'p-7'], [0, 4, 6]);
    expect(got.map((b) => claimOf(b)?.id)).toEqual(['p-1', 'p-5', 'p-7']);
    expect(got.map((b) => (b as BodyWithTerms).terms)).toEqual([0, 4, 6].map((c) => built.claimTerms(c)));
    // A row whose forward lists do not fit the segment: no body, rather than a body with wrong terms.
    const row = (await db.claimRows.get(['p', 1]))!;
    await db.claimRows.put({ ...row, forward: row.forward!.slice(1) });
    expect(await read(['p-5', 'p-1'], [4, 0])).toEqual([undefined, expect.objectContaining({ claim: expect.objectContaining({ id: 'p-1' }) })]);
  });
});
