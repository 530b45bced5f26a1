// ClaimReview JSON-LD → Sverka claims: one object, an array, an @graph with
// @id references; speaker matched or created, no invented translation or URL.
import { describe, expect, it } from 'vitest';
import { parsePack, parseJson } from '../../lib/claims/import';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { importPack } from '../../lib/db/packs';
import { packFixture, testBundle } from '../fixtures/packs/test-bundle';

const sample = () => JSON.parse(packFixture('claimreview-sample.jsonld'));
const parse = (fileName: string, json: unknown) => parsePack(fileName, JSON.stringify(json), testBundle());

describe('ClaimReview import', () => {
  it('maps a single ClaimReview to a claim, a new speaker and the pack event', () => {
    const result = parsePack('claimreview-sample.jsonld', packFixture('claimreview-sample.jsonld'), testBundle());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { pack } = result;
    expect(pack).toMatchObject({ id: 'claimreview-sample', name: 'claimreview-sample', format: 'claimreview', relations: [] });
    expect(pack.actors).toEqual([{
      id: 'example-speaker', kind: 'person',
      names: { ru: ['Example Speaker'], uk: ['Example Speaker'], en: ['Example Speaker'] },
      role: expect.objectContaining({ en: expect.stringContaining('ClaimReview') }),
    }]);
    const quote = 'Ninety percent of ransomware attacks last year came from a single country.';
    expect(pack.claims).toEqual([{
      id: 'claimreview-sample-1', speaker: 'example-speaker', date: '2021-06-15', event: 'example-talks-2021',
      kind: 'reported-statement', quote, quoteLang: 'en', text: { ru: quote, uk: quote, en: quote },
      sources: [
        {
          outlet: 'Example Fact-Check', title: 'Did most ransomware attacks last year come from a single country?', date: '2021-06-18',
          url: 'https://factcheck.example.org/2021/06/example-speaker-ransomware-share',
        },
        {
          outlet: 'Example News', title: 'Evening show: interview with Example Speaker', date: '2021-06-15',
          url: 'https://news.example.com/2021/06/15/evening-show-interview',
        },
      ],
      numbers: [], dates: [], topics: ['untranslated', 'claimreview', 'rating:Mostly false'],
    }]);
    // 2021-06-15 falls inside the bundled event's dates, so no catch-all event is needed.
    expect(pack.events).toEqual([]);
  });

  it('accepts an array, matches a speaker by a stored name form and creates one event for the rest', () => {
    const first = sample();
    const second = sample();
    second.claimReviewed = 'The talks produced no agreement at all.';
    second.itemReviewed.author = { '@type': 'Person', name: 'official' };
    second.itemReviewed.datePublished = '2018-04-02';
    second.itemReviewed.appearance = [];
    delete second.url;
    second.headline = undefined;
    const result = parse('Example checks 2018–2021.json', [first, second]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a, b] = result.pack.claims;
    expect(a.speaker).toBe('example-speaker');
    expect(b.speaker).toBe('example-official');
    expect(result.pack.actors.map((x) => x.id)).toEqual(['example-speaker']);
    expect(b.sources).toEqual([{ outlet: 'Example Fact-Check', title: 'ClaimReview by Example Fact-Check', date: '2021-06-18' }]);
    expect(b.event).toBe('imported-example-checks-2018-2021');
    expect(result.pack.events).toEqual([expect.objectContaining({
      id: 'imported-example-checks-2018-2021', dates: ['2018-04-02'],
      title: { ru: 'Импорт: Example checks 2018–2021', uk: 'Імпорт: Example checks 2018–2021', en: 'Imported: Example checks 2018–2021' },
    })]);
  });

  it('reads an @graph with @id references, detects Russian and drops a non-https URL', () => {
    const result = parsePack('claimreview-graph.jsonld', packFixture('claimreview-graph.jsonld'), testBundle());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [claim] = result.pack.claims;
    expect(claim).toMatchObject({ quoteLang: 'ru', date: '2019-11-12', speaker: 'primer-deputatov', topics: ['untranslated', 'claimreview', 'rating:Неправда'] });
    expect(result.pack.actors[0].names.ru).toEqual(['Пример Депутатов']);
    expect(claim.sources).toEqual([
      { outlet: 'Example Fact-Check', title: 'Проверка: сколько запросов получили ведомства', date: '2019-11-20', url: 'https://factcheck.example.org/ru/2019/11/zaprosy/' },
      { outlet: 'radio.example.net', title: 'Эфир 12 ноября', date: '2019-11-12' },
    ]);
  });

  it('skips a review that lacks the speaker or any date, keeps the rest and says which and why', () => {
    const ok = sample();
    const bad = sample();
    bad.claimReviewed = 'Another statement entirely.';
    delete bad.itemReviewed.author;
    const undated = sample();
    undated.claimReviewed = 'A third statement.';
    undated.datePublished = '18 June 2021';
    delete undated.itemReviewed.datePublished;
    undated.itemReviewed.appearance = [];
    const result = parse('mixed.jsonld', { '@context': 'https://schema.org', '@graph': [ok, bad, undated] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.claims.map((c) => c.quote)).toEqual([ok.claimReviewed]);
    expect(result.report).toEqual({
      read: 3, accepted: 1, merged: 0, skipped: { 'no claimant': 1, 'no date': 1 },
      firstSkipped: [
        { where: 'item 2 ("Another statement entirely.")', reason: 'no claimant', detail: 'who made the statement' },
        { where: 'item 3 ("A third statement.")', reason: 'no date', detail: 'expected a date like 2021-06-16, got "18 June 2021"' },
      ],
    });
  });

  it('stores an imported ClaimReview file and reports a re-import of the same reviews as duplicates', async () => {
    const db = new SverkaDatabase('claimreview-db');
    await syncBundled(db, testBundle());
    const now = () => new Date('2026-02-01T00:00:00Z');
    const first = await importPack(db, 'claimreview-sample.jsonld', packFixture('claimreview-sample.jsonld'), now);
    expect(first).toMatchObject({ ok: true, value: { packId: 'claimreview-sample', format: 'claimreview', added: { claims: 1, actors: 1, events: 0 } } });
    expect((await db.claims.get('claimreview-sample-1'))?.origin).toBe('pack:claimreview-sample');
    const copy = await importPack(db, 'copy.jsonld', packFixture('claimreview-sample.jsonld'), now);
    expect(copy.ok).toBe(false);
    if (!copy.ok) expect(copy.error).toMatch(/^Nothing new to import/);
    expect((await readDatabase(db)).claims).toHaveLength(3);
  });
});

describe('parseJson', () => {
  it('gives the end of the file for truncated input', () => {
    expect(parseJson('{"a":\n  [1, 2],\n  "b": ')).toEqual({ ok: false, error: 'Not valid JSON: Unexpected end of JSON input at the end of the file (line 3, column 8).' });
  });

  it('accepts a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
