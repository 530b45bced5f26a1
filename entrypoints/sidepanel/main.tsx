// Side panel (Chrome) / sidebar (Firefox): wiring only. `?tabId=N` pins the
// panel to one tab (tests, or a panel opened as a page); otherwise it follows
// the active tab of its window.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { setUiLang, uiLangFromLocale } from '../../lib/i18n';
import '../../components/panel.css';

const pinned = new URLSearchParams(location.search).get('tabId');
const lang = uiLangFromLocale(browser.i18n.getUILanguage());
setUiLang(lang);
document.documentElement.lang = lang;

render(<App pinnedTabId={pinned !== null && /^\d+$/.test(pinned) ? Number(pinned) : undefined} />, document.getElementById('app')!);
