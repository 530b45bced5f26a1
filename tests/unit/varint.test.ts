// The postings' byte coding (lib/match/varint.ts): lists come back as they
// went in, at every size a number can take, and damaged bytes give fewer
// numbers, never a wrong-sized allocation or a read past the list.
import { describe, expect, it } from 'vitest';
import { codedLength, decodeList, encodeList, readCount } from '../../lib/match/varint';

function coded(lists: number[][]): { bytes: Uint8Array; starts: number[] } {
  const numbers = Uint32Array.from(lists.flat());
  const starts = [0];
  let from = 0;
  for (const l of lists) {
    starts.push(starts[starts.length - 1] + codedLength(numbers, from, from + l.length));
    from += l.length;
  }
  const bytes = new Uint8Array(starts[starts.length - 1]);
  from = 0;
  lists.forEach((l, i) => {
    expect(encodeList(numbers, from, from + l.length, bytes, starts[i])).toBe(starts[i + 1]);
    from += l.length;
  });
  return { bytes, starts };
}

describe('delta-coded postings', () => {
  it('decodes every list as written: empty, dense, sparse, and numbers of every byte length', () => {
    const lists = [[], [0], [0, 1, 2, 3], [127, 128, 16383, 16384, 2097151, 2097152, 268435455, 268435456, 4294967295], Array.from({ length: 300 }, (_, i) => i * 7 + 5)];
    const { bytes, starts } = coded(lists);
    lists.forEach((l, i) => {
      expect(readCount(bytes, starts[i])).toBe(l.length);
      expect(Array.from(decodeList(bytes, starts[i], starts[i + 1]))).toEqual(l);
    });
    // A dense list takes a byte a number (plus its length): what makes the coding pay.
    expect(starts[3] - starts[2]).toBe(5);
  });

  it('a damaged list gives fewer numbers, bounded by its bytes', () => {
    const { bytes } = coded([[10, 20, 30, 40]]);
    expect(Array.from(decodeList(bytes, 0, 3))).toEqual([10, 20]); // cut short
    const huge = Uint8Array.from([0xff, 0xff, 0xff, 0x7f, 1, 2]); // a length of 268 million in front of two bytes
    expect(Array.from(decodeList(huge, 0, huge.length))).toEqual([1, 4]);
    expect(Array.from(decodeList(Uint8Array.from([0x80, 0x80]), 0, 2))).toEqual([]); // an unfinished number
  });
});
