// The stored segment layout (lib/match/segment.ts): written as one part per
// array with the postings delta-coded; a row written before, with its arrays
// cut in several parts or its postings as Uint32 claim numbers, still loads
// to the same segment. Made-up terms only.
import { describe, expect, it } from 'vitest';
import { Segment } from '../../lib/match/segment';

const input = { ids: ['a-1', 'a-2', 'a-3'], terms: [[['harbour', 'tariff']], [['tariff', 'bridge'], ['мост'], ['міст'], ['bridge']], [['harbour']]] };

describe('stored segment parts', () => {
  it('writes one part per array and reads rows cut in several parts', () => {
    const stored = Segment.build(input).toStored();
    expect(stored.postings).toHaveLength(1);
    const split = <T extends Uint32Array | Uint8Array>(parts: T[]) => {
      const a = parts[0];
      const cut = Math.ceil(a.length / 2);
      return [a.slice(0, cut), a.slice(cut)] as T[];
    };
    const old = { ...stored, postings: split(stored.postings), forward: split(stored.forward), versions: split(stored.versions) };
    const loaded = Segment.fromStored(old);
    expect(Array.from(loaded.postingsOf('tariff'))).toEqual([0, 1]);
    expect(loaded.claimTerms(1)).toEqual([['tariff', 'bridge'], ['мост'], ['міст'], ['bridge']]);
    expect(loaded.toStored()).toEqual(stored);
  });

  it('reads a row whose postings are Uint32 claim numbers (written before they were coded) as the same segment', () => {
    const built = Segment.build(input);
    const stored = built.toStored();
    expect(stored.postingsCoded).toBe(true);
    expect(stored.postings[0]).toBeInstanceOf(Uint8Array);
    // The old layout: postingStart in entries, the claim numbers one after another.
    const lists = built.terms.text.split('\n').map((t) => Array.from(built.postingsOf(t)));
    expect(lists).toEqual([[1], [0, 2], [0, 1], [1], [1]]); // bridge, harbour, tariff, міст, мост
    const start = Uint32Array.from(lists.reduce((s, l) => [...s, s[s.length - 1] + l.length], [0]));
    const old = { ...stored, postingsCoded: undefined, postingStart: [start], postings: [Uint32Array.from(lists.flat())] };
    const loaded = Segment.fromStored(old);
    expect(loaded.toStored()).toEqual(stored);
    expect(loaded.docFreq('harbour')).toBe(2);
    // Old numbers that do not fit their offsets are a damaged row (rebuilt by the caller), as before.
    expect(() => Segment.fromStored({ ...old, postings: [Uint32Array.from([1, 0, 2])] })).toThrow(/damaged/);
  });
});
