// Issue 11: a JSON fact-check file is read through JSON.parse per element
// (lib/claims/json-fast.ts) and through the streaming parser only where the
// fast path cannot vouch for the result. Both readers must give the same
// items, in the same order with the same numbers, and the same error for a
// broken file — also when the fast path gives up after its first items.
// Fictional people and example.org addresses only.
import { describe, expect, it } from 'vitest';
import { ANCESTOR_READS, streamClaimReviews } from '../../lib/claims/formats';
import { fastJson, NotFast } from '../../lib/claims/json-fast';
import { parsePack } from '../../lib/claims/import';
import { testBundle } from '../fixtures/packs/test-bundle';
import { dataFeed, QUOTES, review } from '../fixtures/packs/feed-fixture';

const feed = dataFeed;

/**
 * Items or the error, as one reader gives them. Of a broken file, the
 * readers may hand out a different number of items before the error (the
 * stream in slices, the fast path per element); the import drops them all.
 */
function read(text: string, reader: 'fast' | 'stream', chunkChars?: number): unknown {
  const items: unknown[] = [];
  try {
    for (const item of streamClaimReviews(text, () => {}, 97, { reader, chunkChars })) items.push(item);
    return { items };
  } catch (e) {
    return { items, error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}

type Read = { items: unknown[]; error?: string };

/** The same items, or for a broken file the same error and the same items as far as both readers went. */
function sameRead(fast: Read, stream: Read, name: string): void {
  if (!stream.error) return void expect(fast, name).toEqual(stream);
  expect(fast.error, name).toBe(stream.error);
  const both = Math.min(fast.items.length, stream.items.length);
  expect(fast.items.slice(0, both), name).toEqual(stream.items.slice(0, both));
}

/** Whether the fast path alone reads `text` (no NotFast). */
function fastAlone(text: string, chunkChars?: number): boolean {
  try {
    for (const _ of fastJson(text, () => false, ANCESTOR_READS, undefined, chunkChars));
    return true;
  } catch (e) {
    if (e instanceof NotFast) return false;
    throw e;
  }
}

const graph = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { ...review(1, QUOTES[0]), itemReviewed: { '@type': 'Claim', author: { '@id': '#ivan' }, datePublished: '2020-02-01' } },
    review(2, QUOTES[1]),
    { '@id': '#ivan', '@type': 'Person', name: 'Іван Вигаданий' },
  ],
});
const VALID: [string, string][] = [
  ['a DataFeed', feed()],
  ['a DataFeed on one line', JSON.stringify(JSON.parse(feed()))],
  ['an @graph with a forward @id reference', graph],
  ['an array of reviews', JSON.stringify(QUOTES.map((q, i) => review(i, q)))],
  ['an API response with untyped reviews', JSON.stringify({ data: QUOTES.map((q, i) => { const { '@type': _t, claimReviewed, ...r } = review(i, q); return { claimReviewed, ...r }; }), next: null })],
  ['untyped reviews with claimReviewed after nested values', JSON.stringify({ data: QUOTES.map((q, i) => { const { '@type': _t, ...r } = review(i, q); return r; }) })],
  ['claimReviewed before @type, after nested values', JSON.stringify({ data: [{ author: { name: 'X' }, claimReviewed: QUOTES[0], '@type': 'ClaimReview', url: 'https://e.example.org/1' }] })],
  ['a review inside a review whose @type comes last', JSON.stringify([{ itemReviewed: review(1, QUOTES[0]), claimReviewed: QUOTES[1], '@type': 'ClaimReview' }])],
  ['@id after nested values of a DataFeedItem', feed([{ '@type': 'DataFeedItem', item: review(1, QUOTES[0]), '@id': '#a' }, { '@type': 'DataFeedItem', item: review(2, QUOTES[1]) }])],
  ['a DataFeed whose third element the fast path hands over', feed([
    { '@type': 'DataFeedItem', item: [review(1, QUOTES[0])] }, { '@type': 'DataFeedItem', item: [review(2, QUOTES[1])] },
    { '@type': 'DataFeedItem', item: [{ itemReviewed: review(3, QUOTES[2]), claimReviewed: QUOTES[3], '@type': 'ClaimReview' }] }, { '@type': 'DataFeedItem', item: [review(4, QUOTES[3])] },
  ])],
  ['@type as a list', JSON.stringify([{ ...review(1, QUOTES[0]), '@type': ['ClaimReview', 'Review'] }])],
  ['a duplicate key holding a review', `{"data": {"x": ${JSON.stringify(review(1, QUOTES[0]))}, "x": 1}, "more": [${JSON.stringify(review(2, QUOTES[1]))}]}`],
  ['a duplicate @type', `[{"@type": "Thing", "inner": ${JSON.stringify(review(1, QUOTES[0]))}, "@type": "ClaimReview", "claimReviewed": "Outer claim text"}]`],
  ['keys starting with digits', JSON.stringify({ data: { 2: review(2, QUOTES[1]), 1: review(1, QUOTES[0]), a: review(3, QUOTES[2]) } })],
  ['a __proto__ key', `{"__proto__": ${JSON.stringify(review(1, QUOTES[0]))}, "b": [${JSON.stringify(review(2, QUOTES[1]))}]}`],
  ['escaped surrogate pairs and lone escaped surrogates', JSON.stringify([review(1, QUOTES[0])]).replace('😀', '\\ud83d\\ude00 \\ud800')],
  ['a raw lone surrogate', JSON.stringify([review(1, `${QUOTES[0]} \ud800`)]).replace('\\ud800', '\ud800')],
  ['empty arrays and objects, numbers and literals', JSON.stringify({ a: [], b: {}, c: [1, -0.5e3, true, false, null], data: [review(1, QUOTES[0], { extra: { deep: [[[]]] } })] })],
  ['a review inside 3,000 nested arrays', `${'['.repeat(3000)}${JSON.stringify(review(1, QUOTES[0]))}${']'.repeat(3000)}`],
  ['no fact-check at all', JSON.stringify({ data: [{ name: 'x' }] })],
];

const broken = feed().replace('"item": [', '"item": [}');
const BROKEN: [string, string][] = [
  ['a stray brace after the first items', broken],
  ['cut at 80%', feed().slice(0, Math.floor(feed().length * 0.8))],
  ['content after the document', `${feed()} {}`],
  ['a trailing comma', feed().replace(/\n ]\n}$/, ',\n ]\n}')],
  ['a bad escape', feed().replace('Приклад Фактчек', 'Приклад \\x Фактчек')],
  ['a control character in a string', feed().replace('Приклад Фактчек', 'Приклад \u0001 Фактчек')],
  ['a number with a leading zero', feed().replace('"dateCreated": "2020-03-10"', '"dateCreated": 01')],
  ['an unterminated string', '{"data": [{"claimReviewed": "x'],
  ['a scalar', '42'],
  ['whitespace only', ' \n '],
  ['not JSON', '{"a": tru}'],
];

describe('the fast JSON path', () => {
  it('reads a DataFeed, an @graph and an API response alone, without the streaming parser', () => {
    for (const [name, text] of VALID.slice(0, 5)) expect(fastAlone(text), name).toBe(true);
    // Walking into the outer levels, element by element, whatever the size limit.
    for (const chunkChars of [8, 64, 300]) expect(fastAlone(feed(), chunkChars)).toBe(true);
  });

  it('hands what it cannot vouch for to the streaming parser', () => {
    const byName = new Map(VALID);
    for (const name of ['a DataFeed whose third element the fast path hands over', 'untyped reviews with claimReviewed after nested values', 'claimReviewed before @type, after nested values', 'a review inside a review whose @type comes last', 'a duplicate key holding a review', 'a duplicate @type', 'keys starting with digits', 'a raw lone surrogate']) {
      expect(fastAlone(byName.get(name)!), name).toBe(false);
    }
    for (const [name, text] of BROKEN) expect(fastAlone(text), name).toBe(false);
  });

  it('gives the same items as the streaming parser for valid files, also where it hands over after its first items', () => {
    for (const [name, text] of VALID) {
      const stream = read(text, 'stream');
      for (const chunkChars of [undefined, 16, 200]) expect(read(text, 'fast', chunkChars), `${name}, chunks of ${chunkChars}`).toEqual(stream);
    }
  });

  it('gives the same error for broken files, also after its first items', () => {
    for (const [name, text] of BROKEN) {
      const stream = read(text, 'stream') as Read;
      expect(stream.error, name).toMatch(/^FileRejected: (Not valid JSON: .* at (line \d+, column \d+|the end of the file \(line \d+, column \d+\))|This JSON file holds no fact-check: .*)\.$/);
      for (const chunkChars of [undefined, 16, 200]) sameRead(read(text, 'fast', chunkChars) as Read, stream, `${name}, chunks of ${chunkChars}`);
    }
  });

  it('agrees with the streaming parser on a file broken anywhere', () => {
    // One character deleted, or a stray one inserted, at 60 places spread over the file.
    const text = feed();
    for (let k = 0; k < 60; k++) {
      const at = Math.floor(((k * 7919) % 1000) / 1000 * text.length);
      for (const variant of [text.slice(0, at) + text.slice(at + 1), `${text.slice(0, at)}${'{}[],:"x'[k % 8]}${text.slice(at)}`]) {
        sameRead(read(variant, 'fast', 64) as Read, read(variant, 'stream') as Read, `at ${at}`);
      }
    }
  });

  it('imports the same pack and report either way', () => {
    const text = feed();
    const fast = parsePack('feed.json', text, testBundle());
    expect(fast.ok).toBe(true);
    const items = [...streamClaimReviews(text, () => {}, undefined, { reader: 'stream' })];
    expect(items.length).toBe(QUOTES.length);
    expect(parsePack('feed.json', broken, testBundle())).toEqual({ ok: false, errors: [(read(broken, 'stream') as { error: string }).error.replace(/^FileRejected: /, '')] });
  });
});
