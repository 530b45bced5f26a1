// Issue 11, item 1–2: every format fact-checkers publish is recognised by its
// content, items are validated one by one, duplicates merged, and nothing is
// invented. Fictional people and example.org addresses only.
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../lib/claims/import';
import { parseColumnOption } from '../../lib/claims/csv-columns';
import { testBundle } from '../fixtures/packs/test-bundle';

const review = (n: number, extra: Record<string, unknown> = {}) => ({
  '@type': 'ClaimReview',
  url: `https://factcheck.example.org/check/${n}`,
  datePublished: '2020-03-0' + ((n % 9) + 1),
  author: { '@type': 'Organization', name: 'Example Fact-Check' },
  claimReviewed: `Example statement number ${n} about imaginary harbour tariffs.`,
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: `Example Person ${n % 3}` }, datePublished: '2020-02-01' },
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
  ...extra,
});
const parse = (name: string, text: string, columns?: Record<string, string>) => parsePack(name, text, testBundle(), { columns });
const quotes = (r: ReturnType<typeof parse>) => (r.ok ? r.pack.claims.map((c) => c.quote) : r.errors);

describe('fact-check formats, detected from content', () => {
  it('reads a schema.org DataFeed of DataFeedItems', () => {
    const feed = {
      '@context': 'https://schema.org', '@type': 'DataFeed', name: 'Example feed',
      dataFeedElement: [1, 2].map((n) => ({ '@type': 'DataFeedItem', dateCreated: '2020-03-10', item: [review(n)] })),
    };
    const r = parse('feed.txt', JSON.stringify(feed));
    expect(r.ok && r.fileFormat).toBe('claimreview-json');
    expect(quotes(r)).toEqual([review(1).claimReviewed, review(2).claimReviewed]);
  });

  it('reads a lone DataFeedItem and ClaimReviews without @context or @type inside an API response', () => {
    expect(quotes(parse('a.json', JSON.stringify({ '@type': 'DataFeedItem', item: review(1) })))).toEqual([review(1).claimReviewed]);
    const { '@type': _t, ...untyped } = review(2);
    const api = { status: 'ok', data: [untyped, { something: 'else' }], meta: { page: 1 } };
    expect(quotes(parse('api.json', JSON.stringify(api)))).toEqual([review(2).claimReviewed]);
  });

  it('reads JSON Lines whatever the file is called, skipping a broken line by its number', () => {
    const text = [JSON.stringify(review(1)), '{"claimReviewed": broken', JSON.stringify(review(2)), '{"hello": 1}'].join('\n');
    const r = parse('export.csv', text);
    expect(r.ok && r.fileFormat).toBe('jsonl');
    expect(quotes(r)).toEqual([review(1).claimReviewed, review(2).claimReviewed]);
    expect(r.ok && r.report?.firstSkipped).toEqual([{ where: 'line 2', reason: 'not valid JSON' }, { where: 'line 4', reason: 'not a ClaimReview' }]);
  });

  it('reads CSV with comma, semicolon or tab and plain header names', () => {
    const rows = (sep: string) => [
      ['claim', 'claimant', 'date', 'rating', 'url', 'publisher', 'language'].join(sep),
      ['"Harbour tariffs rose, by ninety percent."', 'Example Person', '2020-01-05', 'False', 'https://factcheck.example.org/a', 'Example Fact-Check', 'en'].join(sep),
    ].join('\n');
    for (const [sep, format] of [[',', 'csv'], [';', 'csv'], ['\t', 'tsv']] as const) {
      const r = parse('table', rows(sep));
      expect(r.ok && r.fileFormat).toBe(format);
      expect(r.ok && r.pack.claims[0]).toMatchObject({
        quote: 'Harbour tariffs rose, by ninety percent.', date: '2020-01-05', topics: ['untranslated', 'claimreview', 'rating:False'],
        sources: [{ outlet: 'Example Fact-Check', url: 'https://factcheck.example.org/a', date: '2020-01-05' }],
      });
    }
  });

  it('maps ClaimsKG-style flattened schema.org columns', () => {
    const text = [
      'claimReview_claimReviewed,creativeWork_author_name,claimReview_url,rating_alternateName,claimReview_datePublished,claimReview_source',
      'Example claim about imaginary bridges collapsing,Example Person,https://factcheck.example.org/b,FALSE,2019-07-01,examplecheck',
    ].join('\n');
    const r = parse('claimskg.csv', text);
    expect(r.ok && r.pack.claims[0]).toMatchObject({
      quote: 'Example claim about imaginary bridges collapsing', date: '2019-07-01',
      sources: [{ outlet: 'examplecheck', url: 'https://factcheck.example.org/b', date: '2019-07-01' }],
      topics: ['untranslated', 'claimreview', 'dated-by-review', 'rating:FALSE'],
    });
  });

  it('uses a column mapping for other headers and rejects a mapping naming a missing column', () => {
    const text = 'Statement,Who,When,Link,Checker\nExample claim about imaginary ports,Example Person,2019-07-01,https://factcheck.example.org/c,Example Check';
    expect(parse('x.csv', text).ok).toBe(false);
    const mapping = parseColumnOption('claim=Statement,claimant=Who,date=When,url=Link,publisher=Checker');
    expect(mapping.ok).toBe(true);
    if (!mapping.ok) return;
    expect(quotes(parse('x.csv', text, mapping.mapping))).toEqual(['Example claim about imaginary ports']);
    const wrong = parse('x.csv', text, { ...mapping.mapping, url: 'Address' });
    expect(wrong.ok ? '' : wrong.errors[0]).toMatch(/names "Address" for url, but the header row has no such column/);
    expect(parseColumnOption('claim=A,colour=B')).toMatchObject({ ok: false });
  });

  it('rejects a structurally broken file whole, with a clear message', () => {
    const r = parse('feed.json', '{"@type": "DataFeed", "dataFeedElement": [');
    expect(r.ok ? '' : r.errors[0]).toMatch(/^Not valid JSON: .* at the end of the file/);
    expect(parse('x.json', '{"hello": "world"}')).toMatchObject({ ok: false, errors: [expect.stringContaining('holds no fact-check')] });
    expect(parse('x.txt', 'just some words')).toMatchObject({ ok: false });
  });
});

describe('per-item validation', () => {
  it('skips items without claim text or source, counts by reason and lists the first 20 by number', () => {
    const items = [review(1), ...Array.from({ length: 25 }, (_, i) => review(i + 2, { claimReviewed: '' })), review(30, { author: undefined, url: undefined })];
    const r = parse('feed.json', JSON.stringify(items));
    expect(r.ok).toBe(true);
    if (!r.ok || !r.report) return;
    expect(r.report.skipped).toEqual({ 'no claim text': 25, 'no source': 1 });
    expect(r.report.firstSkipped).toHaveLength(20);
    expect(r.report.firstSkipped[0]).toEqual({ where: 'item 2', reason: 'no claim text' });
    expect(r.report.firstSkipped[19].where).toBe('item 21');
  });

  it('merges duplicates (same review URL and claim text) and keeps both appearances', () => {
    const a = review(1, { itemReviewed: { author: { name: 'Example Person' }, datePublished: '2020-02-01', appearance: { url: 'https://news.example.com/1', headline: 'First', publisher: { name: 'Example News' } } } });
    const b = review(1, { claimReviewed: `  ${review(1).claimReviewed.toUpperCase()} `, itemReviewed: { author: { name: 'Example Person' }, appearance: { url: 'https://news.example.com/2', headline: 'Second', publisher: { name: 'Other News' } } } });
    const r = parse('dupes.json', JSON.stringify([a, b]));
    expect(r.ok && r.report?.merged).toBe(1);
    expect(r.ok && r.pack.claims[0].sources.map((s) => s.url)).toEqual(['https://factcheck.example.org/check/1', 'https://news.example.com/1', 'https://news.example.com/2']);
  });

  it('keeps a claim in another language untranslated, with its language, and invents no URL', () => {
    const de = review(1, { claimReviewed: 'Die Hafengebühren sind um neunzig Prozent gestiegen.', inLanguage: 'de', url: 'http://factcheck.example.org/de' });
    const r = parse('de.json', JSON.stringify(de));
    expect(r.ok && r.pack.claims[0]).toMatchObject({ lang: 'de', text: { ru: de.claimReviewed, uk: de.claimReviewed, en: de.claimReviewed } });
    expect(r.ok && r.pack.claims[0].sources).toEqual([{ outlet: 'Example Fact-Check', title: 'ClaimReview by Example Fact-Check', date: '2020-03-02' }]);
  });
});
