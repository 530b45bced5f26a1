// Issue 11, items 2–4: the streamed import in the background. Progress is
// reported, Cancel leaves nothing, a worker stopped between the staged writes
// leaves the previous database (and the leftovers are deleted on the next
// start), a finished import is found by the matcher — other languages too —
// and removal drops it. Fictional statements and example.org addresses only.
import { describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { beginPack, cleanUpInterrupted, stageClaims, STORE_CHUNK } from '../../lib/db/pack-stage';
import { removePack } from '../../lib/db/packs';
import { runImport } from '../../lib/service/import-job';
import { getMatcher, invalidateMatcher } from '../../lib/service/matcher-cache';
import type { ImportProgress } from '../../lib/protocol';
import { bundledClaim, testBundle } from '../fixtures/packs/test-bundle';

const WORDS = ['harbour', 'tariff', 'bridge', 'grain', 'pipeline', 'satellite', 'vaccine', 'election', 'border', 'reservoir', 'turbine', 'ferry'];
const line = (n: number, extra: Record<string, unknown> = {}) => JSON.stringify({
  '@type': 'ClaimReview', url: `https://factcheck.example.org/${n}`, datePublished: '2020-05-01',
  author: { name: 'Example Check' }, claimReviewed: `Example person ${n} said the ${WORDS[n % 12]} ${WORDS[(n * 7) % 12]} costs ${n * 13} example units in district ${n}.`,
  itemReviewed: { author: { name: `Example Person ${n % 50}` }, datePublished: '2020-04-01' }, ...extra,
});
const feed = (n: number) => Array.from({ length: n }, (_, i) => line(i + 1)).join('\n');
const env = (progress: ImportProgress[] = [], cancelled = () => false) => ({
  now: () => new Date('2026-03-01T00:00:00Z'), bundled: () => testBundle(), progress: (p: ImportProgress) => progress.push(p), cancelled,
});

async function fresh(name: string) {
  invalidateMatcher();
  const db = new SverkaDatabase(name);
  await syncBundled(db, testBundle());
  return db;
}

describe('streamed import', () => {
  it('reports progress through reading, indexing and storing, then the whole pack is matched', async () => {
    const db = await fresh('job-1');
    const progress: ImportProgress[] = [];
    const result = await runImport(db, { fileName: 'feed.jsonl', text: `${feed(6000)}\n{"broken` }, env(progress));
    expect(result).toMatchObject({ ok: true, value: { packId: 'feed', fileFormat: 'jsonl', added: { claims: 6000 }, items: { read: 6000, accepted: 6000, skipped: { 'not valid JSON': 1 } } } });
    const phases = [...new Set(progress.map((p) => p.phase))];
    expect(phases).toEqual(['reading', 'indexing', 'storing', 'saving']);
    const stored = progress.filter((p) => p.phase === 'storing').map((p) => p.stored);
    // One report per transaction of STORE_CHUNK claims (20 rows), the last one partial.
    expect(stored).toEqual([...Array.from({ length: Math.floor(5999 / STORE_CHUNK) }, (_, k) => (k + 1) * STORE_CHUNK), 6000]);
    expect(STORE_CHUNK).toBeLessThan(6000);
    expect(await db.packs.get('feed')).toMatchObject({ status: 'ready', claimCount: 6000 });

    const { matcher } = await getMatcher(db, () => testBundle());
    expect(matcher.size).toBe(6002);
    const quote = JSON.parse(line(4321)).claimReviewed as string;
    await matcher.prepareText(quote);
    expect(matcher.matchText(quote, { top: 1 })[0]?.claimId).toBe('feed-4321');
  });

  it('cancel leaves the database exactly as it was', async () => {
    const db = await fresh('job-2');
    const before = await readDatabase(db);
    let calls = 0;
    const result = await runImport(db, { fileName: 'feed.jsonl', text: feed(5000) }, env([], () => ++calls > 3));
    expect(result).toEqual({ ok: false, error: 'Import cancelled. Nothing was changed.' });
    expect(await readDatabase(db)).toEqual(before);
    expect(await db.claims.count()).toBe(2);
    expect(await db.packs.count()).toBe(0);
  });

  it('a worker stopped between staged writes leaves the previous database; the next start deletes the leftovers', async () => {
    const db = await fresh('job-3');
    const before = await readDatabase(db);
    // What a stopped worker leaves: the pack row 'importing' and some of its claims.
    await db.packs.add({ id: 'half', name: 'half', format: 'claimreview', importedAt: '2026-03-01T00:00:00Z', claimCount: 0, status: 'importing' });
    await stageClaims(db, 'half', 0, [bundledClaim('half-1', 'A staged statement that never became visible.')]);
    expect(await db.claimRows.count()).toBe(1);
    expect(await readDatabase(db)).toEqual(before);
    const { matcher } = await getMatcher(db, () => testBundle());
    expect(matcher.size).toBe(2);
    expect(await cleanUpInterrupted(db)).toBe(1);
    expect(await db.claims.get('half-1')).toBeUndefined();
    expect(await db.claimRows.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
    // A pack this worker is importing right now is not a leftover.
    expect(await beginPack(db, { id: 'live', name: 'live', format: 'claimreview', importedAt: '2026-03-01T00:00:00Z' })).toBe(true);
    expect(await cleanUpInterrupted(db)).toBe(0);
  });

  it('removes a pack: invisible at once, every record gone', async () => {
    const db = await fresh('job-4');
    await runImport(db, { fileName: 'feed.jsonl', text: feed(300) }, env());
    expect(await removePack(db, 'feed')).toEqual({ ok: true, value: null });
    expect(await db.claims.count()).toBe(2);
    expect(await db.actors.where('origin').equals('pack:feed').count()).toBe(0);
    expect(await db.meta.get('index:pack:feed')).toBeUndefined();
    const { matcher } = await getMatcher(db, () => testBundle());
    expect(matcher.size).toBe(2);
  });

  it('matches a claim in another language only with text in that language', async () => {
    const db = await fresh('job-5');
    const de = 'Die Hafengebühren in Beispielstadt sind um neunzig Prozent gestiegen, sagte der Bürgermeister.';
    const text = [line(1), line(2, { claimReviewed: de, inLanguage: 'de' })].join('\n');
    expect(await runImport(db, { fileName: 'mixed.jsonl', text }, env())).toMatchObject({ ok: true });
    const { matcher } = await getMatcher(db, () => testBundle());
    await matcher.prepareText(de);
    expect(matcher.matchText(de, { top: 1 })[0]).toMatchObject({ claimId: 'mixed-2', quote: de });
    // An article in that language: the quote itself, then a paraphrase of it (a single sentence under the
    // strong-match level does not make an article on topic by itself).
    const sentence = 'Laut dem Bürgermeister sind die Hafengebühren in Beispielstadt um neunzig Prozent gestiegen.';
    const article = [{ text: de, start: 0, end: de.length }, { text: sentence, start: de.length + 1, end: de.length + 1 + sentence.length }];
    await matcher.prepareSentences(article);
    expect(matcher.matchSentences(article).matches.map((m) => [m.sentence, m.claims[0].claimId])).toEqual([[de, 'mixed-2'], [sentence, 'mixed-2']]);
    const russian = 'Портовые сборы в Бейшпильштадте выросли на девяносто процентов, заявил мэр.';
    await matcher.prepareText(russian);
    expect(matcher.matchText(russian)).toEqual([]);
  });

  it('a damaged pack (corrupt index segment, claims missing from storage) cannot stop matching', async () => {
    const db = await fresh('job-7');
    await runImport(db, { fileName: 'feed.jsonl', text: feed(200) }, env());
    await db.meta.put({ key: 'index:pack:feed', value: { format: 4, segment: { terms: 'x', ids: '', postingStart: [], postings: [], forwardStart: [], forward: [], versions: [] } } });
    // Claims missing from the pack's row (lib/db/claim-rows.ts): the rebuilt segment numbers what is left.
    const row = (await db.claimRows.get(['feed', 0]))!;
    await db.claimRows.put({ ...row, claims: row.claims.filter((json) => !/"id":"feed-[56]"/.test(json)) });
    invalidateMatcher();
    const { matcher } = await getMatcher(db, () => testBundle());
    const bundledQuote = testBundle().claims[0].quote;
    await matcher.prepareText(bundledQuote);
    expect(matcher.matchText(bundledQuote, { top: 1 })[0]?.claimId).toBe(testBundle().claims[0].id);
    const quote = JSON.parse(line(7)).claimReviewed as string;
    await matcher.prepareText(quote);
    expect(matcher.matchText(quote, { top: 1 })[0]?.claimId).toBe('feed-7');
    const gone = JSON.parse(line(5)).claimReviewed as string;
    await matcher.prepareText(gone);
    expect(matcher.matchText(gone, { top: 1 })[0]?.claimId).not.toBe('feed-5');
  });

  it('rejects a structurally broken file whole and changes nothing', async () => {
    const db = await fresh('job-6');
    const result = await runImport(db, { fileName: 'feed.json', text: '{"@type": "DataFeed", "dataFeedElement": [' }, env());
    expect(result.ok ? '' : result.error).toMatch(/^The file was not imported: Not valid JSON: .*Nothing was changed\.$/);
    expect(await db.claims.count()).toBe(2);
  });
});
