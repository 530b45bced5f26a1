// Packs out (issue 12 item 2): a pack exported as a Sverka pack and imported on
// "another machine" (a fresh database with the same bundled data) gives the
// same records, the same matches and the same relations; the ClaimReview
// export carries claimReviewed, itemReviewed.author, appearance and
// datePublished, makes up no rating and says so, and reads back with Sverka's
// own ClaimReview import; the command line writes the same files.
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { importPack } from '../../lib/db/packs';
import { exportPack } from '../../lib/service/pack-export';
import { readOriginRecords } from '../../lib/db/pack-records';
import { toClaimReview } from '../../lib/packs/export';
import { packExportCommand } from '../../cli/pack-export';
import { Matcher } from '../../lib/match';
import { packFixture, testBundle } from '../fixtures/packs/test-bundle';

let n = 0;
const now = () => new Date('2026-02-01T12:00:00Z');
async function machine(): Promise<SverkaDatabase> {
  const db = new SverkaDatabase(`pack-export-${n++}`);
  await syncBundled(db, testBundle());
  return db;
}
async function withPack(): Promise<SverkaDatabase> {
  const db = await machine();
  const imported = await importPack(db, 'sverka-pack.json', packFixture('sverka-pack.json'), now);
  expect(imported.ok).toBe(true);
  return db;
}
const sorted = <T>(xs: T[]) => [...xs].map((x) => JSON.stringify(x)).sort();
const matchIds = (db: Awaited<ReturnType<typeof readDatabase>>, text: string) =>
  Matcher.build(db).matchText(text, { top: 5 }).map((m) => `${m.claimId}`);

describe('export as a Sverka pack', () => {
  it('imports on another machine to the same records, matches and relations', async () => {
    const a = await withPack();
    const file = await exportPack(a, { packId: 'example-newsroom-notes', format: 'sverka' }, now);
    if (!file.ok) throw new Error(file.error);
    expect(file.value).toMatchObject({ fileName: 'example-newsroom-notes.sverka.json', mimeType: 'application/json', claims: 2 });

    const b = await machine();
    const imported = await importPack(b, file.value.fileName, file.value.text, now);
    expect(imported).toMatchObject({ ok: true, value: { packId: 'example-newsroom-notes', added: { claims: 2, actors: 1, events: 1, relations: 1 }, duplicates: [] } });
    const [da, db] = [await readDatabase(a), await readDatabase(b)];
    expect(sorted(db.claims)).toEqual(sorted(da.claims));
    expect(sorted(db.relations)).toEqual(sorted(da.relations));
    expect(sorted(db.actors)).toEqual(sorted(da.actors));
    for (const text of ['The two agencies exchanged no requests that year', 'Мы получили от партнёров не больше десяти запросов.']) {
      expect(matchIds(db, text)).toEqual(matchIds(da, text));
      expect(matchIds(db, text).length).toBeGreaterThan(0);
    }
  });

  it('carries the speakers and events it borrows from another pack, not the bundled ones', async () => {
    const a = await withPack();
    const all = await readOriginRecords(a);
    // A second pack whose statement is by the first pack's speaker.
    all.claims.push({ ...all.claims.find((c) => c.id === 'analyst-briefing-2020')!, id: 'second-1', origin: 'pack:second' });
    const { toSverkaPack } = await import('../../lib/packs/export');
    const pack = toSverkaPack(all, 'second', 'Second');
    expect(pack.actors.map((x) => x.id)).toEqual(['example-analyst']);
    expect(pack.events.map((x) => x.id)).toEqual(['example-briefing-2020']);
    expect(toSverkaPack(all, 'example-newsroom-notes', 'x').actors.map((x) => x.id)).toEqual(['example-analyst']); // not example-official (bundled)
  });

  it('an unknown or empty pack is a clear error', async () => {
    const a = await machine();
    expect(await exportPack(a, { packId: 'nope', format: 'sverka' }, now)).toEqual({ ok: false, error: 'No pack has the id "nope".' });
  });
});

describe('export as ClaimReview JSON-LD', () => {
  it('has the fields fact-checking tools read, and no made-up rating', async () => {
    const a = await withPack();
    const file = await exportPack(a, { packId: 'example-newsroom-notes', format: 'claimreview' }, now, 'en');
    if (!file.ok) throw new Error(file.error);
    expect(file.value.unrated).toBe(2);
    const doc = JSON.parse(file.value.text);
    expect(doc['@context']).toBe('https://schema.org');
    const review = doc['@graph'].find((r: { identifier: string }) => r.identifier === 'analyst-briefing-2020');
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'The analyst said that the two agencies exchanged no requests that year.',
      datePublished: '2026-02-01',
      author: { '@type': 'Organization', name: 'Example newsroom notes' },
      itemReviewed: {
        '@type': 'Claim', datePublished: '2020-03-02',
        author: { '@type': 'Person', name: 'Example Analyst', jobTitle: 'fictional analyst' },
        description: "A paraphrase as the source printed it, not the speaker's exact words.",
        appearance: [{ '@type': 'CreativeWork', headline: 'Notes from the briefing', datePublished: '2020-03-03', publisher: { name: 'Example Newsroom' } }],
      },
      reviewBody: expect.stringMatching(/^No rating/),
    });
    expect(review.reviewRating).toBeUndefined();
    expect(review.itemReviewed.appearance[0].url).toBeUndefined(); // the source has none; none is invented
  });

  it('keeps a rating the pack has, and reads back through Sverka’s own ClaimReview import', async () => {
    const a = await machine();
    const imported = await importPack(a, 'claimreview-sample.jsonld', packFixture('claimreview-sample.jsonld'), now);
    if (!imported.ok) throw new Error(imported.error);
    const file = await exportPack(a, { packId: imported.value.packId, format: 'claimreview' }, now);
    if (!file.ok) throw new Error(file.error);
    expect(file.value.unrated).toBe(0);
    const doc = JSON.parse(file.value.text);
    expect(doc['@graph'][0].reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Mostly false' });
    const b = await machine();
    const again = await importPack(b, 'reexport.jsonld', file.value.text, now);
    expect(again).toMatchObject({ ok: true, value: { format: 'claimreview', added: { claims: 1 } } });
    const claim = (await readDatabase(b)).claims.find((c) => c.id.startsWith('reexport'))!;
    expect(claim.quote).toBe('Ninety percent of ransomware attacks last year came from a single country.');
    expect(claim.topics).toContain('rating:Mostly false');
  });

  it('names each appearance’s publisher, by outlet name when the outlet is in the registry', () => {
    const bundled = testBundle();
    const all = {
      events: [], actors: bundled.actors.map((x) => ({ ...x, origin: 'bundled' })), relations: [],
      claims: bundled.claims.map((c) => ({ ...c, origin: 'bundled' })),
    };
    const doc = toClaimReview(all, 'bundled', { publisher: 'P', today: '2026-01-01', lang: 'ru' });
    expect(doc['@graph'][0].itemReviewed.appearance[0].publisher.name).toBe('TASS');
    expect((doc['@graph'][0] as { reviewBody?: string }).reviewBody).toMatch(/^Без оценки/);
  });
});

describe('sverka db export --pack', () => {
  it('writes a pack given with --from as Sverka or ClaimReview, and says how many have no rating', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-export-'));
    const file = join(dir, 'pack.json');
    writeFileSync(file, packFixture('sverka-pack.json'));
    const run = (args: string[]) => {
      let out = '', err = '';
      const code = packExportCommand(args, testBundle(), (s) => void (out += s), (s) => void (err += s), now());
      return { code, out, err };
    };
    const sverka = run(['--pack', 'example-newsroom-notes', '--format', 'sverka', '--from', file]);
    expect(sverka.code).toBe(0);
    expect(JSON.parse(sverka.out)).toMatchObject({ sverkaPack: 1, id: 'example-newsroom-notes', claims: [{ id: 'analyst-briefing-2020' }, { id: 'official-talks-2021' }] });
    const cr = run(['--pack', 'example-newsroom-notes', '--format', 'claimreview', '--from', file]);
    expect(JSON.parse(cr.out)['@graph']).toHaveLength(2);
    expect(cr.err).toBe('note: 2 of 2 statements have no rating; none was made up (reviewBody says so).\n');
    expect(run(['--pack', 'nope', '--format', 'sverka']).err).toBe('error: no pack "nope". Packs: bundled\n');
    expect(run(['--pack', 'bundled', '--format', 'pdf']).code).toBe(2);
  });
});
