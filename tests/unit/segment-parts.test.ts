// The stored segment layout (lib/match/segment.ts): written as one part per
// array; a row written before, with its arrays cut in several parts, still
// loads to the same segment. Made-up terms only.
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
});
