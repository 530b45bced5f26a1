// Options page (opens in a tab): the database browser, pack import, export and
// subscriptions, and the reader's own statements. Wiring only: the reader's UI
// language (re-rendered on change), and the background requests it needs, and the import's hand-over.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type BrowserApi } from '../../components/browser/OptionsApp';
import { onDatabaseChanged, request } from '../../components/api';
import { handOverFile } from '../../lib/uploads/hand-over';
import { uploadStore } from '../../lib/uploads/store';
import { IMPORT_PORT } from '../../lib/types/import';
import { followReaderLang } from '../../lib/i18n/reader-lang';
import { bt } from '../../lib/i18n/browser-strings';
import { uiLanguage } from '../../lib/settings';
import type { PanelMessage } from '../../lib/protocol';
import '../../components/panel.css';
import '../../components/statements/statements.css';
import '../../components/browser.css';

const api: BrowserApi = {
  getDatabase: () => request('getDatabase', {}),
  // The file goes to the background through the uploads database, named in one port message (issue 11).
  importFile: (file, opts) => handOverFile(file, opts, {
    connect: () => browser.runtime.connect({ name: IMPORT_PORT }),
    uploads: uploadStore(indexedDB),
  }),
  removePack: (packId) => request('removePack', { packId }),
  browsePack: (packId, after, limit) => request('browsePack', after === undefined ? { packId, limit } : { packId, after, limit }),
  onDatabaseChanged,
  exportPack: (packId, format) => request('exportPack', { packId, format }),
  statements: {
    list: () => request('listMyStatements', {}),
    remove: (claimId) => request('removeStatement', { claimId }),
    choices: async () => {
      const r = await request('getDatabase', {});
      return r.ok ? { ok: true, value: r.value.data } : r;
    },
    // Typed as the schema's output; the background parses the input form again.
    save: (statement, claimId) => request('saveStatement', { statement: statement as PanelMessage['saveStatement']['statement'], claimId }),
  },
  subscriptions: {
    list: () => request('listSubscriptions', {}),
    // Called first thing in the Subscribe click: the browser asks the reader about this one origin.
    requestPermission: (origin) => browser.permissions.request({ origins: [origin] }),
    subscribe: (url) => request('subscribePack', { url }),
    refresh: (url) => request('refreshSubscriptions', url === undefined ? {} : { url }),
    unsubscribe: (url) => request('unsubscribePack', { url }),
  },
};

function show(lang: string): void {
  document.documentElement.lang = lang;
  document.title = bt('pageTitle');
  // A language change re-renders the page from scratch in the new language (keyed by it).
  render(<OptionsApp key={lang} api={api} />, document.getElementById('app')!);
}

const { ready } = followReaderLang(uiLanguage, browser.i18n.getUILanguage(), (lang) => show(lang));
ready.catch(() => {});
