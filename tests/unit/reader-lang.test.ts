// The reader's UI language followed outside the panel (issue 12 item 9): the
// background applies the stored choice (not the browser's locale) before it
// answers, re-applies it on every change, and what it words — exports, the
// toolbar title, its error messages — follows.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followReaderLang, resolveUiLang } from '../../lib/i18n/reader-lang';
import { getUiLang, setUiLang } from '../../lib/i18n';
import { uiLanguage } from '../../lib/settings';
import { badgeFor } from '../../lib/service/badge';
import { exportAnnotations } from '../../lib/service/annotations';
import { toTab } from '../../lib/service/tabs';
import { openV2, sample } from '../fixtures/annotations/db';
import { doneState } from './panel-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  setUiLang('en');
});

describe('the reader’s UI language outside the panel', () => {
  it('a choice wins over the browser’s locale; "auto" and nonsense follow the locale', () => {
    expect(resolveUiLang('uk', 'en-US')).toBe('uk');
    expect(resolveUiLang('auto', 'ru-RU')).toBe('ru');
    expect(resolveUiLang(null, 'de-DE')).toBe('en');
    expect(resolveUiLang('fr' as never, 'uk')).toBe('uk');
  });

  it('followReaderLang applies the stored choice, then every change, telling `changed` each time', async () => {
    await uiLanguage.setValue('uk');
    const seen: string[] = [];
    const follow = followReaderLang(uiLanguage, 'en-US', (lang) => seen.push(lang));
    expect(await follow.ready).toBe('uk');
    expect(getUiLang()).toBe('uk');
    await uiLanguage.setValue('ru');
    await new Promise((r) => setTimeout(r, 0));
    expect(getUiLang()).toBe('ru');
    await uiLanguage.setValue('auto');
    await new Promise((r) => setTimeout(r, 0));
    expect(getUiLang()).toBe('en');
    expect(seen).toEqual(['uk', 'ru', 'en']);
    follow.stop();
  });

  it('an export made by the background is in the reader’s language, not the browser’s', async () => {
    const db = openV2('reader-lang-export');
    await db.annotations.add(sample());
    const input = { scope: 'all' as const, format: 'md' as const };
    const inEnglish = await exportAnnotations(db, input, () => new Date('2026-01-01'), 'en');
    const inUkrainian = await exportAnnotations(db, input, () => new Date('2026-01-01'), 'uk');
    await uiLanguage.setValue('uk');
    await followReaderLang(uiLanguage, 'en-US').ready;
    const followed = await exportAnnotations(db, input, () => new Date('2026-01-01'));
    expect(followed).toEqual(inUkrainian);
    expect(followed).not.toEqual(inEnglish);
  });

  it('the toolbar title and the background’s messages follow too', async () => {
    await uiLanguage.setValue('ru');
    await followReaderLang(uiLanguage, 'en-US').ready;
    expect(badgeFor(doneState()).title).toMatch(/^Сверка: заявлений \d+/);
    const noScript = { sendMessage: async () => { throw new Error('no receiver'); }, query: async () => [] };
    expect(await toTab(noScript, 1, {})).toEqual({ ok: false, error: 'В этой вкладке Сверка не запущена.' });
  });
});
