// Normalisation and tokenising: every spelling variant a news page uses must
// reach the matcher as one form, with offsets still pointing into the page text.
import { describe, expect, it } from 'vitest';
import { foldLookalikes, normalizeText } from '../../lib/text/normalize';
import { tokenize } from '../../lib/text/tokenize';
import { splitSentences } from '../../lib/text/sentences';
import { detectLang } from '../../lib/text/lang';

describe('normalizeText', () => {
  it('folds ё into е', () => expect(normalizeText('совершённых Ёлки')).toBe('совершенных Елки'));
  it('unifies Ukrainian apostrophes', () => {
    for (const a of ['’', 'ʼ', "'", '‘', '`']) expect(normalizeText(`об${a}єкт`)).toBe("об'єкт");
  });
  it('unifies quotes and dashes', () => expect(normalizeText('«Так» — “да” – „ja“')).toBe('"Так" - "да" - "ja"'));
  it('drops soft hyphens and zero-width characters', () => expect(normalizeText('кибер\u00ADбезопас\u200Bность\uFEFF')).toBe('кибербезопасность'));
  it('replaces Latin look-alikes inside Cyrillic words', () => {
    expect(foldLookalikes('Підписуйтеcь')).toBe('Підписуйтесь');
    expect(foldLookalikes('Пyтин')).toBe('Путин');
  });
  it('leaves Latin words and mixed brand names alone', () => expect(foldLookalikes('Lenta.UA Telegram')).toBe('Lenta.UA Telegram'));
});

describe('tokenize', () => {
  it('gives lower-case normalised words with offsets into the original text', () => {
    const text = 'Підписуйтеcь на «Телеграм», 80 запитів';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['підписуйтесь', 'на', 'телеграм', '80', 'запитів']);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(text.slice(tokens[4].start, tokens[4].end)).toBe('запитів');
  });
  it('keeps Ukrainian apostrophe words whole and splits hyphenated ones', () => {
    expect(tokenize("зв’язок прес-служба").map((t) => t.norm)).toEqual(["зв'язок", 'прес', 'служба']);
  });
  it('keeps offsets across soft hyphens', () => {
    const text = 'за\u00ADпросы США';
    const [first] = tokenize(text);
    expect(first.norm).toBe('запросы');
    expect(text.slice(first.start, first.end)).toBe('за\u00ADпросы');
  });
});

describe('splitSentences', () => {
  it('does not split after initials and "г."', () => {
    const s = splitSentences('В. Путин заявил 16 июня 2021 г. о запросах. Потом U.S. officials said no.');
    expect(s.map((x) => x.text)).toEqual(['В. Путин заявил 16 июня 2021 г. о запросах.', 'Потом U.S. officials said no.']);
  });
  it('returns offsets into the text', () => {
    const text = 'Первое предложение.  Второе предложение!';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('detectLang', () => {
  it('tells the three languages apart per sentence', () => {
    expect(detectLang('Путин заявил, что Россия готова к консультациям')).toBe('ru');
    expect(detectLang('Путін заявив, що Росія готова до консультацій')).toBe('uk');
    expect(detectLang('Putin said Russia was ready for consultations')).toBe('en');
    expect(detectLang('12345')).toBe('other');
  });
});
