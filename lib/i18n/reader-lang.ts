// The reader's UI language, followed everywhere: the panel, the options page,
// the background (exports, badge titles, context-menu titles, messages it
// words). The choice is one storage item (lib/settings.ts uiLanguage); 'auto'
// follows the browser's UI language. Each context applies it with
// followReaderLang, which also re-applies it whenever the reader changes it.
import { setUiLang, uiLangFromLocale, type UiLang } from './index';

export type LangChoice = UiLang | 'auto';

/** The language a choice means in a browser whose UI speaks `browserLocale`. */
export function resolveUiLang(choice: LangChoice | undefined | null, browserLocale: string | undefined): UiLang {
  return choice === 'ru' || choice === 'uk' || choice === 'en' ? choice : uiLangFromLocale(browserLocale);
}

/** The slice of a WXT storage item this needs (a fake in tests). */
export interface LangSetting {
  getValue(): Promise<LangChoice>;
  watch(cb: (value: LangChoice | null) => void): () => void;
}

/**
 * Sets lib/i18n's current language from the reader's choice now and on every
 * change, calling `changed` after each (e.g. to re-title the context menu).
 * The promise settles once the stored choice is applied; a storage failure
 * leaves the browser's language, never an error.
 */
export function followReaderLang(setting: LangSetting, browserLocale: string | undefined, changed: (lang: UiLang) => void = () => {}): { ready: Promise<UiLang>; stop: () => void } {
  const apply = (choice: LangChoice | null | undefined) => {
    const lang = resolveUiLang(choice, browserLocale);
    setUiLang(lang);
    changed(lang);
    return lang;
  };
  setUiLang(resolveUiLang('auto', browserLocale));
  let stored = false;
  const stop = setting.watch((v) => {
    stored = true;
    apply(v);
  });
  const ready = setting.getValue().then(
    // A change that arrived while reading is newer than what was read.
    (v) => (stored ? resolveUiLang(v, browserLocale) : apply(v)),
    () => apply('auto'),
  );
  return { ready, stop };
}
