// A worker's wake-up with a large pack stored (issue 10, wake-up target): the
// pack's speakers come with its index row (lib/db/index-store.ts) — the actor
// records are not read one by one and their names are not analysed again.
// A row written before rows kept speakers, or with a damaged speakers part,
// still gives the same matcher (the actors are read from the table).
// Fictional statements and example.org addresses only.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { syncBundled } from '../../lib/db/sync-bundled';
import { packIndexKey } from '../../lib/db/index-store';
import { Segment, type StoredSegment } from '../../lib/match/segment';
import { analyseNames, nameKey } from '../../lib/match/entities';
import { ROLES } from '../../lib/match/roles';
import { runImport } from '../../lib/service/import-job';
import { getMatcher, invalidateMatcher } from '../../lib/service/matcher-cache';
import { testBundle } from '../fixtures/packs/test-bundle';

const line = (n: number) => JSON.stringify({
  '@type': 'ClaimReview', url: `https://factcheck.example.org/${n}`, datePublished: '2020-05-01',
  author: { name: 'Example Check' }, claimReviewed: `The harbour tariff of district ${n} rose to ${n * 13} example units this spring.`,
  itemReviewed: { author: { name: `Zorvanek Ilmaritz ${String.fromCharCode(65 + (n % 20))}` }, datePublished: '2020-04-01' },
});

async function imported(name: string): Promise<SverkaDatabase> {
  invalidateMatcher();
  const db = new SverkaDatabase(name);
  await syncBundled(db, testBundle());
  const text = Array.from({ length: 300 }, (_, i) => line(i + 1)).join('\n');
  const result = await runImport(db, { fileName: 'feed.jsonl', text }, { now: () => new Date('2026-03-01T00:00:00Z'), bundled: () => testBundle(), progress: () => {}, cancelled: () => false });
  if (!result.ok) throw new Error(result.error);
  return db;
}

/** Wakes the matcher (nothing in memory) and counts the actor records read meanwhile. */
async function wake(db: SverkaDatabase): Promise<{ actorReads: number; lookUp: (q: string) => Promise<{ claimId?: string; speaker?: string; names?: string[] }> }> {
  invalidateMatcher();
  let actorReads = 0;
  const count = (record: unknown) => (actorReads++, record);
  db.actors.hook('reading', count);
  const { matcher } = await getMatcher(db, () => testBundle());
  db.actors.hook('reading').unsubscribe(count);
  return {
    actorReads,
    lookUp: async (q) => {
      await matcher.prepareText(q);
      const top = matcher.matchText(q, { top: 1 })[0];
      return { claimId: top?.claimId, speaker: top?.speaker.name.en, names: top?.why.names };
    },
  };
}

const QUERY = 'Zorvanek Ilmaritz H said the harbour tariff of district 147 rose to 1911 example units.';

describe("a pack's speakers stored with its index segment", () => {
  it('a wake-up reads no actor record, and the speaker is still named and recognised', async () => {
    const db = await imported('speakers-1');
    expect(await db.actors.where('origin').equals('pack:feed').count()).toBe(20);
    const { actorReads, lookUp } = await wake(db);
    expect(actorReads).toBe(0);
    expect(await lookUp(QUERY)).toEqual({ claimId: 'feed-147', speaker: 'Zorvanek Ilmaritz H', names: ['Zorvanek Ilmaritz H'] });
  });

  it('a row written before speakers were stored, or with a damaged speakers part, reads them from the table', async () => {
    for (const damage of [(v: Record<string, unknown>) => delete v.speakers, (v: { speakers: { names: { stems: string[] } } }) => v.speakers.names.stems.pop()]) {
      const db = await imported(`speakers-2-${damage.length}-${Math.random()}`);
      const row = await db.meta.get(packIndexKey('feed'));
      damage(row!.value as never);
      await db.meta.put(row!);
      const { actorReads, lookUp } = await wake(db);
      expect(actorReads).toBe(20);
      expect(await lookUp(QUERY)).toEqual({ claimId: 'feed-147', speaker: 'Zorvanek Ilmaritz H', names: ['Zorvanek Ilmaritz H'] });
    }
  });

  it("the bundled row keeps the bundled speakers' names and every role phrase analysed, as analysis gives them", async () => {
    const db = await imported('speakers-3');
    await wake(db);
    const row = (await db.meta.get('index:bundled'))!.value as { speakers: { names: { keys: string[]; stems: string[] } } };
    const fresh = analyseNames([...testBundle().actors, ...ROLES.file.roles]);
    expect(row.speakers.names).toEqual(fresh);
    const role = ROLES.file.roles[0].names.en[0];
    expect(row.speakers.names.keys).toContain(nameKey(role, 'en'));
    // A Latin name is analysed once for Russian and Ukrainian texts.
    expect(nameKey('Example Official', 'uk')).toBe(nameKey('Example Official', 'ru'));
    expect(nameKey('Приклад Посадовець', 'uk')).not.toBe(nameKey('Приклад Посадовець', 'ru'));
  });

  it('a row whose postings were stored as Uint32 claim numbers matches the same and is stored coded on the first wake', async () => {
    const db = await imported('speakers-4');
    const row = (await db.meta.get(packIndexKey('feed')))!;
    const coded = structuredClone(row.value) as { segment: StoredSegment };
    const segment = Segment.fromStored(coded.segment);
    const lists = segment.terms.text.split('\n').map((t) => Array.from(segment.postingsOf(t)));
    const start = Uint32Array.from(lists.reduce((s, l) => [...s, s[s.length - 1] + l.length], [0]));
    await db.meta.put({ key: row.key, value: { ...coded, segment: { ...coded.segment, postingsCoded: undefined, postingStart: [start], postings: [Uint32Array.from(lists.flat())] } } });
    const { lookUp } = await wake(db);
    expect(await lookUp(QUERY)).toEqual({ claimId: 'feed-147', speaker: 'Zorvanek Ilmaritz H', names: ['Zorvanek Ilmaritz H'] });
    expect((await db.meta.get(packIndexKey('feed')))!.value).toEqual(coded);
  });
});
