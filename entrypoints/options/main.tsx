// Options page (opens in a tab): the database browser and pack import.
// Wiring only: the UI language, the background requests it needs, and the import port.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type BrowserApi } from '../../components/browser/OptionsApp';
import { request } from '../../components/api';
import { importFileOverPort } from '../../components/import-client';
import { setUiLang, uiLangFromLocale } from '../../lib/i18n';
import { bt } from '../../lib/i18n/browser-strings';
import '../../components/panel.css';
import '../../components/browser.css';

const lang = uiLangFromLocale(browser.i18n.getUILanguage());
setUiLang(lang);
document.documentElement.lang = lang;
document.title = bt('pageTitle');

const api: BrowserApi = {
  getDatabase: () => request('getDatabase', {}),
  importFile: importFileOverPort,
  removePack: (packId) => request('removePack', { packId }),
};

render(<OptionsApp api={api} />, document.getElementById('app')!);
