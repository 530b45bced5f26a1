// The panel's settings: interface language (the browser's by default) and
// whether Sverka highlights sentences in pages. Both are stored through
// lib/settings.ts; the highlight switch goes through the background, which
// applies it to every open tab.
import { t, type UiLang } from '../lib/i18n';

export type LangChoice = UiLang | 'auto';

export interface SettingsProps {
  lang: LangChoice;
  onLang(lang: LangChoice): void;
  highlights: boolean;
  onHighlights(enabled: boolean): void;
}

export function Settings({ lang, onLang, highlights, onHighlights }: SettingsProps) {
  return (
    <details class="settings">
      <summary>{t('settings')}</summary>
      <div class="settings-body">
        <label for="sverka-ui-lang">{t('uiLanguage')}</label>
        <select id="sverka-ui-lang" value={lang} onChange={(e) => onLang((e.target as HTMLSelectElement).value as LangChoice)}>
          <option value="auto">{t('langAuto')}</option>
          <option value="ru" lang="ru">{t('langNative_ru')}</option>
          <option value="uk" lang="uk">{t('langNative_uk')}</option>
          <option value="en" lang="en">{t('langNative_en')}</option>
        </select>
        <label class="switch">
          <input type="checkbox" role="switch" checked={highlights} onChange={(e) => onHighlights((e.target as HTMLInputElement).checked)} />{' '}
          {t('highlightsToggle')}
        </label>
        <p class="hint">{t('shortcutHint')}</p>
      </div>
    </details>
  );
}
