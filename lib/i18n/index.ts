// UI strings in Russian, Ukrainian and English. The language follows the
// browser's UI language (browser.i18n.getUILanguage, passed in by the
// entrypoint) unless the reader picked one in settings.
import { en, type Messages } from './en';
import { ru } from './ru';
import { uk } from './uk';

export type UiLang = 'ru' | 'uk' | 'en';
export type MessageKey = keyof Messages;

const DICTIONARIES: Record<UiLang, Messages> = { en, ru, uk };
let current: UiLang = 'en';

/** Maps a BCP 47 locale ("uk-UA", "ru", "en-GB") to a UI language, English otherwise. */
export function uiLangFromLocale(locale: string | undefined): UiLang {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'uk' ? base : 'en';
}

export function setUiLang(lang: UiLang): void {
  current = lang;
}

export function getUiLang(): UiLang {
  return current;
}

export function t(key: MessageKey, lang: UiLang = current): string {
  return DICTIONARIES[lang][key];
}
