// The analysis pipeline: stems that join inflected forms, stop words that
// keep negations, and negation scope for polarity checks.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/text/analyze';
import { isNegation, isStopWord } from '../../lib/text/stopwords';
import { stemWord } from '../../lib/text/stem';

const stems = (text: string, lang?: 'ru' | 'uk' | 'en') => analyze(text, lang).terms.map((t) => (t.negated ? `¬${t.stem}` : t.stem));

describe('stemming', () => {
  it('joins inflected forms of names and words', () => {
    expect(new Set(['Путин', 'Путина', 'Путину', 'Путиным'].map((w) => stemWord(w.toLowerCase(), 'ru'))).size).toBe(1);
    expect(stemWord('путіна', 'uk')).toBe(stemWord('путін', 'uk'));
    expect(stemWord('запитів', 'uk')).toBe(stemWord('запитах', 'uk'));
    expect(stemWord('requests', 'en')).toBe(stemWord('requested', 'en'));
  });
  it('keeps short abbreviations whole', () => expect(stemWord('сша', 'ru')).toBe('сша'));
});

describe('stop words', () => {
  it('drops function words but never negations', () => {
    expect(isStopWord('что', 'ru')).toBe(true);
    expect(isStopWord('не', 'ru')).toBe(false);
    expect(isStopWord('not', 'en')).toBe(false);
    expect(isStopWord('ні', 'uk')).toBe(false);
    expect(isNegation('never')).toBe(true);
    expect(isNegation("didn't")).toBe(true);
  });
});

describe('negation scope', () => {
  it('marks the negated word', () => {
    expect(stems('Кремль не получал официальных обращений')).toEqual(['кремл', '¬получа', 'официальн', 'обращен']);
    expect(stems('США не заинтересованы в этом')).toContain('¬заинтересова');
    expect(stems('the US is not interested', 'en')).toContain('¬interest');
  });
  it('passes "не было" back to the word before', () => expect(stems('Ответа долго не было')).toContain('¬ответ'));
  it('reads "без ответа" as a negated answer', () => expect(stems('запросы остались без ответа')).toContain('¬ответ'));
});
