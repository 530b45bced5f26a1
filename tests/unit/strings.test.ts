// The joined string table the index keeps its terms and claim ids in (lib/match/strings.ts).
import { describe, expect, it } from 'vitest';
import { Strings } from '../../lib/match/strings';

describe('Strings', () => {
  it('gives back every string by position, from a list or from its joined text', () => {
    const list = ['a', 'bc', 'def', 'ж', 'bc-2'];
    for (const s of [Strings.of(list), Strings.fromJoined(list.join('\n'))]) {
      expect(s.length).toBe(5);
      expect(Array.from({ length: s.length }, (_, i) => s.at(i))).toEqual(list);
      expect(s.text).toBe(list.join('\n'));
    }
  });

  it('finds a whole string only, never a part of one', () => {
    const s = Strings.of(['claim-10', 'claim-1', 'x-claim-1', 'claim-1b']);
    expect(s.indexOf('claim-1')).toBe(1);
    expect(s.indexOf('claim-10')).toBe(0);
    expect(s.indexOf('claim-1b')).toBe(3);
    expect(s.indexOf('claim')).toBe(-1);
    expect(s.indexOf('')).toBe(-1);
    expect(s.indexOf('claim-1\nx')).toBe(-1);
  });

  it('an empty table is empty', () => {
    expect(Strings.of([]).length).toBe(0);
    expect(Strings.fromJoined('').length).toBe(0);
  });
});

describe('Strings.compareAt', () => {
  it('orders as the string comparison does', () => {
    const words = ['a', 'ab', 'abc', 'b', 'ба', 'бб', 'Z', 'de:wort', 'запит', 'запити'];
    const s = Strings.of(words);
    for (const [i, w] of words.entries()) {
      for (const other of [...words, '', 'aa', 'запи', 'я']) {
        expect(Math.sign(s.compareAt(i, other)), `${w} vs ${other}`).toBe(w < other ? -1 : w > other ? 1 : 0);
      }
    }
  });
});
