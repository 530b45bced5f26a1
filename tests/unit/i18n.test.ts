import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en';
import { ru } from '../../lib/i18n/ru';
import { uk } from '../../lib/i18n/uk';
import { t, uiLangFromLocale } from '../../lib/i18n';

describe('UI strings', () => {
  it('exist in all three languages with no empty entry', () => {
    for (const dict of [en, ru, uk]) {
      expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
      for (const value of Object.values(dict)) expect(value.trim()).not.toBe('');
    }
  });
  it('follow the browser locale, English otherwise', () => {
    expect(uiLangFromLocale('uk-UA')).toBe('uk');
    expect(uiLangFromLocale('ru')).toBe('ru');
    expect(uiLangFromLocale('de-DE')).toBe('en');
    expect(uiLangFromLocale(undefined)).toBe('en');
    expect(t('contradictions', 'uk')).toBe('Можливі суперечності');
  });
  it('say "possible contradiction", never a verdict', () => {
    expect(en.contradictions.toLowerCase()).toContain('possible');
    expect(ru.contradictions.toLowerCase()).toContain('возможные');
    expect(uk.contradictions.toLowerCase()).toContain('можливі');
  });
});
