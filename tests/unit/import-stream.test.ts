// Issue 11: a large JSON fact-check file is read as a stream
// (lib/claims/json-stream.ts): items come out as their closing brace is
// read, whatever the slice boundaries (inside strings, inside multi-byte
// characters and surrogate pairs), with the same results as reading the
// whole document; a broken file is rejected whole, with a line and column.
// Fictional people and example.org addresses only.
import { describe, expect, it } from 'vitest';
import { claimReviewsIn, FileRejected, readFactCheckFile, streamClaimReviews } from '../../lib/claims/formats';
import { streamJson } from '../../lib/claims/json-stream';
import { parsePack } from '../../lib/claims/import';
import { testBundle } from '../fixtures/packs/test-bundle';
import { dataFeed, QUOTES, review } from '../fixtures/packs/feed-fixture';

const feed = dataFeed();

// The streaming parser itself (the fast path's fallback; tests/unit/import-fast-path.test.ts compares the two).
const all = (text: string, slice?: number) => [...streamClaimReviews(text, () => {}, slice, { reader: 'stream' })];

describe('streamed JSON', () => {
  it('gives the same items as reading the whole document, whatever the slice size', () => {
    const whole = claimReviewsIn(JSON.parse(feed));
    expect(whole.map((r) => r.claim)).toEqual(QUOTES);
    // Odd sizes put slice boundaries inside strings, escapes, multi-byte letters and emoji surrogate pairs.
    for (const slice of [1, 2, 3, 5, 7, 13, 64, 1 << 18]) expect(all(feed, slice)).toEqual(whole);
  });

  it('yields each item before the rest of the file is read, and reports the characters read', () => {
    const reads: number[] = [];
    const items = streamClaimReviews(feed, (n) => reads.push(n), 64, { reader: 'stream' });
    const first = items.next();
    expect(first.value?.claim).toBe(QUOTES[0]);
    expect(reads[reads.length - 1]).toBeLessThan(feed.length / 2);
    [...items];
    expect(reads[reads.length - 1]).toBe(feed.length);
    const file = readFactCheckFile(feed);
    expect(file.ok && file.format).toBe('claimreview-json');
  });

  it('drops finished reviews and DataFeed items from the tree as it goes', () => {
    let root: unknown;
    const gen = streamJson(feed, ({ value, parent }) => {
      if (!parent) root = value;
      return (value as { '@type'?: string })['@type'] === 'DataFeedItem';
    }, 50);
    [...gen];
    expect((root as { dataFeedElement: unknown[] }).dataFeedElement).toEqual([]);
  });

  it('resolves an @id reference to a node later in the file', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { ...review(1, QUOTES[0]), itemReviewed: { '@type': 'Claim', author: { '@id': '#ivan' }, datePublished: '2020-02-01' } },
        review(2, QUOTES[1]),
        { '@id': '#ivan', '@type': 'Person', name: 'Іван Вигаданий' },
      ],
    };
    const items = all(JSON.stringify(graph), 16);
    expect(items.map((i) => [i.where, i.claimant])).toEqual([['item 1', 'Іван Вигаданий'], ['item 2', 'Іван Вигаданий']]);
  });

  it('rejects a file broken after its first items whole, with the line and column', () => {
    const broken = feed.replace('"item": [', '"item": [}').replace(/\n/g, '\n');
    const brokenLine = broken.slice(0, broken.indexOf('[}')).split('\n').length;
    expect(() => all(broken, 32)).toThrow(FileRejected);
    expect(() => all(broken, 32)).toThrow(new RegExp(`^Not valid JSON: Unexpected token "}" at line ${brokenLine}, column \\d+\\.$`));
    const cut = feed.slice(0, Math.floor(feed.length * 0.8));
    expect(() => all(cut, 100)).toThrow(/^Not valid JSON: Unexpected end of JSON input at the end of the file \(line \d+, column \d+\)\.$/);
    expect(() => all(`${feed} {}`)).toThrow(/after JSON at line \d+, column \d+/);
    // Through the import: the whole file is refused, none of its good items kept.
    const result = parsePack('broken.json', broken, testBundle());
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^Not valid JSON: .* at line \d+, column \d+\.$/)] });
  });

  it('counts columns in characters, not UTF-8 bytes', () => {
    expect(() => all('{"a": "ёёёё", x}')).toThrow('Not valid JSON: Unexpected token "x" at line 1, column 15.');
  });
});
