// Text the background words for the reader (toolbar titles, tab states, errors
// it answers with), in the reader's UI language like everything else.
import { getUiLang, type UiLang } from './index';

const en = {
  badgeIdle: 'Sverka',
  badgeFound: 'Sverka: statements {claims}',
  badgeFoundContradictions: 'Sverka: statements {claims}, possible contradictions {contradictions}',
  interrupted: 'Sverka was interrupted while reading this page. Reload the page to read it again.',
  couldNotRead: 'Sverka could not read this page: {reason}',
  storageFull: "The browser's storage for Sverka is full (QuotaExceededError). Nothing stored was changed; free some disk space and try again.",
  notInTab: 'Sverka is not running in that tab.',
};
type BackgroundKey = keyof typeof en;

const ru: Record<BackgroundKey, string> = {
  badgeIdle: 'Сверка',
  badgeFound: 'Сверка: заявлений {claims}',
  badgeFoundContradictions: 'Сверка: заявлений {claims}, возможных противоречий {contradictions}',
  interrupted: 'Сверка прервалась, читая эту страницу. Перезагрузите страницу, чтобы прочитать её снова.',
  couldNotRead: 'Сверка не смогла прочитать эту страницу: {reason}',
  storageFull: 'Хранилище браузера для Сверки заполнено (QuotaExceededError). Сохранённое не изменено; освободите место на диске и повторите.',
  notInTab: 'В этой вкладке Сверка не запущена.',
};

const uk: Record<BackgroundKey, string> = {
  badgeIdle: 'Сверка',
  badgeFound: 'Сверка: заяв {claims}',
  badgeFoundContradictions: 'Сверка: заяв {claims}, можливих суперечностей {contradictions}',
  interrupted: 'Сверку перервано під час читання цієї сторінки. Перезавантажте сторінку, щоб прочитати її знову.',
  couldNotRead: 'Сверка не змогла прочитати цю сторінку: {reason}',
  storageFull: 'Сховище браузера для Сверки заповнене (QuotaExceededError). Збережене не змінено; звільніть місце на диску й повторіть.',
  notInTab: 'У цій вкладці Сверка не запущена.',
};

export const BACKGROUND_STRINGS: Record<UiLang, Record<BackgroundKey, string>> = { en, ru, uk };

/** A background string in the reader's language, `{name}` filled from `vars`. */
export function gt(key: BackgroundKey, vars: Record<string, string | number> = {}, lang: UiLang = getUiLang()): string {
  return BACKGROUND_STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
