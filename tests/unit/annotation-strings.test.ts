// The annotation strings exist in all three UI languages, none empty, with the
// same {placeholders}, and follow the UI language chosen with setUiLang().
import { afterEach, describe, expect, it } from 'vitest';
import { ANNOTATION_STRINGS, at } from '../../lib/i18n/annotation-strings';
import { setUiLang } from '../../lib/i18n';

afterEach(() => setUiLang('en'));

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('annotation strings', () => {
  it('have the same keys and placeholders in ru, uk and en, none empty', () => {
    const keys = Object.keys(ANNOTATION_STRINGS.en).sort();
    for (const lang of ['ru', 'uk'] as const) {
      expect(Object.keys(ANNOTATION_STRINGS[lang]).sort(), lang).toEqual(keys);
      for (const key of keys) {
        const k = key as keyof typeof ANNOTATION_STRINGS.en;
        expect(ANNOTATION_STRINGS[lang][k].trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(ANNOTATION_STRINGS[lang][k]), `${lang}.${key}`).toEqual(placeholders(ANNOTATION_STRINGS.en[k]));
      }
    }
  });

  it('follow the UI language and fill placeholders', () => {
    setUiLang('uk');
    expect(at('importDone', { added: 2, duplicates: 1 })).toBe('Імпортовано: 2. Пропущено як дублікати: 1.');
    expect(at('orphan', {}, 'ru')).toBe('Не удалось найти на странице');
    setUiLang('en');
    expect(at('orphan')).toBe('Could not be found on the page');
  });
});
