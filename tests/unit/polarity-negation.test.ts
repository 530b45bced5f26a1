// Polarity and where the negation sits (lib/match/polarity.ts, ninth pass). A concept of the polarity lexicon
// stated with and without negation is a possible contradiction, unless the text whose word is not negated
// negates a neighbour ("received no requests" / "did not receive requests": one fact). Negating any other word
// is not compared: measured on the dev set, it flagged 10 of 558 restatements for 3 more of 48 flips.
import { describe, expect, it } from 'vitest';
import { polarityConflict } from '../../lib/match/polarity';
import { analyze } from '../../lib/text/analyze';

const conflict = (a: string, b: string, lang: 'ru' | 'uk' | 'en') => polarityConflict(analyze(a, lang), analyze(b, lang));

describe('polarity of the lexicon concepts', () => {
  it('a concept stated with and without negation is a conflict, in either order', () => {
    expect(conflict('Russia did not receive requests from the United States', 'Russia received requests from the United States', 'en')).toMatchObject({ concept: 'transfer', a: { sign: -1 }, b: { sign: 1 } });
    expect(conflict('Россия получала запросы из США', 'Россия не получала запросов из США', 'ru')).toMatchObject({ concept: 'transfer', a: { sign: 1 }, b: { sign: -1 } });
  });

  it('is no conflict when the other text negates a neighbouring word (the same negation placed elsewhere)', () => {
    expect(conflict('Russia received no requests from the United States', 'Russia did not receive requests from the United States', 'en')).toBeUndefined();
    expect(conflict('Россия так и не получила запросы от США', 'Россия получила запросы от США', 'ru')).toBeDefined();
    expect(conflict('Россия получила ни одного запроса от США', 'Россия не получала запросов от США', 'ru')).toBeUndefined();
  });

  it('negating a word outside the lexicon is not compared', () => {
    expect(conflict('Peskov did not rule out a new meeting of the presidents', 'Peskov ruled out a new meeting of the presidents', 'en')).toBeUndefined();
  });
});
