// Side panel (Chrome) / sidebar (Firefox): wiring only. `?tabId=N` pins the
// panel to one tab (tests, or a panel opened as a page); otherwise it follows
// the active tab of its window.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { uiLangFromLocale } from '../../lib/i18n';
import { uiLanguage } from '../../lib/settings';
import '../../components/panel.css';
import '../../components/statements/statements.css';
import '../../components/annotations/annotations.css';

const pinned = new URLSearchParams(location.search).get('tabId');
const browserLang = uiLangFromLocale(browser.i18n.getUILanguage());

uiLanguage.getValue().catch(() => 'auto' as const).then((initialLang) => {
  render(
    <App pinnedTabId={pinned !== null && /^\d+$/.test(pinned) ? Number(pinned) : undefined} browserLang={browserLang} initialLang={initialLang} />,
    document.getElementById('app')!,
  );
});
