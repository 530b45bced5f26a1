// The panel: follows the active tab (or the pinned one), asks the background
// for that tab's state and re-asks whenever the background says it changed.
// Every state the reader can meet has its own clear message.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { setUiLang, t, type UiLang } from '../lib/i18n';
import { highlightsEnabled, uiLanguage } from '../lib/settings';
import { activeTabId, browserHostAccess, lastLookup, onActiveTabChanged, onDatabaseChanged, onFocusCard, onLastLookupChanged, onTabStateChanged, pendingFocus, request, setAnnotationDraft } from './api';
import { AnnotationsSection } from './AnnotationsSection';
import { ArticleHeader } from './ArticleHeader';
import { HostAccessNotice, type HostAccess } from './HostAccessNotice';
import { outletHostPatterns } from '../lib/outlets';
import { articleDate } from '../lib/match/article-date';
import { Findings, type SentenceRef } from './Findings';
import { LookupResults, SearchBox } from './SearchBox';
import { StatementSection, type StatementApi } from './statements/StatementSection';
import type { StatementDraft } from './statements/draft';
import { AddStatementContext } from './statements/context';
import type { PanelMessage } from '../lib/protocol';
import { Settings, type LangChoice } from './Settings';
import { SyncPanelSettings } from './sync/SyncPanelSettings';
import type { TabState } from '../lib/service/tab-state';
import type { DatabaseInfo, QuoteLookup } from '../lib/service/handlers';

type View = { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'error'; error: string } | { kind: 'tab'; state: TabState };

export interface AppProps {
  pinnedTabId?: number;
  /** The browser's UI language, used while the reader's choice is "auto". */
  browserLang?: UiLang;
  /** The stored choice, read before the first render so the panel never flashes another language. */
  initialLang?: LangChoice;
  /** Host permissions for the outlet registry (browser.permissions unless a test passes a fake). */
  hostAccess?: HostAccess;
}

const defaultHostAccess = (): HostAccess => browserHostAccess(outletHostPatterns());

export function App({ pinnedTabId, browserLang = 'en', initialLang = 'auto', hostAccess }: AppProps) {
  const [access] = useState<HostAccess>(() => hostAccess ?? defaultHostAccess());
  const [choice, setChoice] = useState<LangChoice>(initialLang);
  const lang = choice === 'auto' ? browserLang : choice;
  // Every t() below reads the current language, so it is set before the tree renders.
  setUiLang(lang);
  const [highlights, setHighlights] = useState(true);
  const [focus, setFocus] = useState<{ start: number; seq: number }>();
  const [tabId, setTabId] = useState<number | undefined>(pinnedTabId);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [db, setDb] = useState<DatabaseInfo>();
  const [lookup, setLookup] = useState<{ result?: QuoteLookup; pending: boolean; error?: string }>({ pending: false });
  const [analyseError, setAnalyseError] = useState<string>();
  // False while the browser withholds host access: then a hidden tab URL may be an outlet's, so "unknown site" is worded differently.
  const [hasAccess, setHasAccess] = useState(true);

  const refresh = useCallback(async (id: number | undefined) => {
    if (id === undefined) return setView({ kind: 'no-tab' });
    const answer = await request('getTabState', { tabId: id });
    if (answer.ok) setView({ kind: 'tab', state: answer.value });
    else setView({ kind: 'error', error: answer.error === 'tab-gone' ? t('tabGone') : answer.error });
  }, []);

  useEffect(() => {
    if (pinnedTabId === undefined) {
      activeTabId().then(setTabId);
      return onActiveTabChanged((id) => {
        setTabId(id);
        setAnalyseError(undefined);
        refresh(id);
      });
    }
    return undefined;
  }, [pinnedTabId, refresh]);

  useEffect(() => {
    refresh(tabId);
    return onTabStateChanged((changed) => {
      if (changed === tabId) refresh(tabId);
    });
  }, [tabId, refresh]);

  useEffect(() => {
    request('getDatabaseInfo', {}).then((a) => a.ok && setDb(a.value));
    // A lookup started from the page (button or context menu) before the panel was open…
    lastLookup().then((l) => l && Date.now() - l.at < 60_000 && setLookup({ result: l, pending: false }));
    // …or while it is open.
    const stopLookups = onLastLookupChanged((l) => setLookup({ result: l, pending: false }));
    highlightsEnabled.getValue().then(setHighlights, () => {});
    const stopHighlights = highlightsEnabled.watch((v) => setHighlights(v));
    const stopLang = uiLanguage.watch((v) => setChoice(v));
    const stopDb = onDatabaseChanged(() => void request('getDatabaseInfo', {}).then((a) => a.ok && setDb(a.value)));
    return () => {
      stopDb();
      stopLookups();
      stopHighlights();
      stopLang();
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    if (tabId === undefined) return undefined;
    setFocus(undefined);
    const focusOn = (start: number) => setFocus((f) => ({ start, seq: (f?.seq ?? 0) + 1 }));
    // A highlight clicked before this panel was listening (the click opened it)…
    pendingFocus(tabId).then((p) => p && focusOn(p.start));
    // …or while it is open (the stored copy is taken too, so it does not fire again on the next opening).
    return onFocusCard(tabId, (start) => {
      focusOn(start);
      void pendingFocus(tabId);
    });
  }, [tabId]);

  const chooseLang = (next: LangChoice) => {
    setChoice(next);
    uiLanguage.setValue(next).catch(() => {});
  };

  const toggleHighlights = (enabled: boolean) => {
    setHighlights(enabled);
    request('setHighlights', { enabled });
  };

  const showSentence = (s: SentenceRef) => {
    if (tabId !== undefined) request('focusSentence', { tabId, start: s.start, end: s.end });
  };

  const annotate = (state: TabState) => (claimId: string, sentence: string) => {
    if (tabId !== undefined) void setAnnotationDraft(tabId, { target: { url: state.url, title: state.article?.title ?? '', exact: sentence }, claimIds: [claimId] });
  };

  // "Add as a statement" (issue 12): from a lookup (the reader's selection), a statement card, or an annotation.
  const [statementDraft, setStatementDraft] = useState<StatementDraft>();
  const draftFrom = (quote: string, relatedTo?: string): StatementDraft => {
    const state = view.kind === 'tab' ? view.state : undefined;
    return { quote, url: state?.url ?? '', outletId: state?.outletId, article: state?.article, relatedTo };
  };
  const statementApi: StatementApi = {
    choices: async () => {
      const r = await request('getDatabase', {});
      return r.ok ? { ok: true, value: r.value.data } : r;
    },
    // The payload is typed as the schema's output; the background parses the input form again.
    save: (statement, claimId) => request('saveStatement', { statement: statement as PanelMessage['saveStatement']['statement'], claimId }),
  };

  const lookUp = async (text: string) => {
    setLookup({ pending: true });
    // The open article's day: role phrases in the selection resolve to whoever held the office then.
    const article = view.kind === 'tab' ? view.state.article : undefined;
    const date = article ? articleDate(article) : undefined;
    const answer = await request('lookUpQuote', { text, ...(date ? { date } : {}) });
    setLookup(answer.ok ? { result: answer.value, pending: false } : { pending: false, error: answer.error });
  };

  // Access just granted: an outlet page opened before it was never read (no content script ran), so read it now.
  const afterGrant = async () => {
    if (tabId === undefined) return;
    const answer = await request('getTabState', { tabId });
    if (answer.ok && answer.value.outletId && answer.value.status === 'working') await request('analyseTab', { tabId });
    refresh(tabId);
  };

  const analyse = async () => {
    if (tabId === undefined) return;
    setAnalyseError(undefined);
    const answer = await request('analyseTab', { tabId });
    if (!answer.ok) setAnalyseError(`${t('analyseNeedsClick')} (${answer.error})`);
  };

  return (
    <main class="panel">
      <header class="app-head">
        <span class="logo" aria-hidden="true">⇄</span> <span class="app-name">{t('appName')}</span>
      </header>
      <HostAccessNotice access={access} onGranted={afterGrant} onStatus={setHasAccess} />
      <Settings lang={choice} onLang={chooseLang} highlights={highlights} onHighlights={toggleHighlights} />
      <SyncPanelSettings />
      <SearchBox onLookUp={lookUp} />
      <LookupResults lookup={lookup.result} pending={lookup.pending} error={lookup.error} onAddStatement={(text) => setStatementDraft(draftFrom(text))} />
      {statementDraft && <StatementSection key={`${statementDraft.quote}|${statementDraft.relatedTo}`} draft={statementDraft} api={statementApi} onClose={() => setStatementDraft(undefined)} />}
      <TabBody view={view} hasAccess={hasAccess} onAnalyse={analyse} analyseError={analyseError} onRetry={() => refresh(tabId)} onShowSentence={showSentence} focus={focus} onAnnotate={annotate} onAddStatement={(claimId, sentence) => setStatementDraft(draftFrom(sentence, claimId))} />
      {view.kind === 'tab' && /^https?:/.test(view.state.url) && (
        <AddStatementContext.Provider value={(a) => setStatementDraft({ ...draftFrom(a.exact, a.claimIds[0]), url: a.url })}>
          <AnnotationsSection key={view.state.tabId} tabId={view.state.tabId} state={view.state} />
        </AddStatementContext.Provider>
      )}
      <footer class="app-foot">
        {db && (
          <span>
            {t('database')}: {db.claims} {t('claimsCount')} · v{db.version.slice(0, 8)}
          </span>
        )}
        {view.kind === 'tab' && view.state.extractor && (
          // Diagnostics (issue 14): which context read the article; "the page itself" means the fallback ran.
          <span data-extractor={view.state.extractor}>
            {t('extractedIn')} {t(view.state.extractor === 'offscreen' ? 'extractorOffscreen' : view.state.extractor === 'background' ? 'extractorBackground' : 'extractorPage')}
          </span>
        )}
        <span>{t('privacy')}</span>
      </footer>
    </main>
  );
}

interface TabBodyProps {
  view: View;
  hasAccess: boolean;
  onAnalyse: () => void;
  analyseError?: string;
  onRetry: () => void;
  onShowSentence: (s: SentenceRef) => void;
  focus?: { start: number; seq: number };
  onAnnotate: (state: TabState) => (claimId: string, sentence: string) => void;
  onAddStatement?: (claimId: string, sentence: string) => void;
}

function TabBody({ view, hasAccess, onAnalyse, analyseError, onRetry, onShowSentence, focus, onAnnotate, onAddStatement }: TabBodyProps) {
  if (view.kind === 'loading') return <p class="notice" role="status">{t('working')}</p>;
  if (view.kind === 'no-tab') return <p class="notice">{t('noTab')}</p>;
  if (view.kind === 'error')
    return (
      <div class="error" role="alert">
        {t('errorPrefix')} {view.error} <button onClick={onRetry}>{t('retry')}</button>
      </div>
    );
  const { state } = view;
  return (
    <div class="tab" data-status={state.status}>
      <ArticleHeader state={state} />
      {state.status === 'working' && (
        <p class="notice working" role="status" aria-busy="true">
          {t('working')}
        </p>
      )}
      {state.status === 'unknown-site' && (
        <div class="notice" role="status">
          <p>{hasAccess || state.url ? t('unknownSite') : t('unknownSiteNoAccess')}</p>
          <button onClick={onAnalyse}>{t('analyseAnyway')}</button>
          {analyseError && <p class="hint">{analyseError}</p>}
        </div>
      )}
      {state.status === 'not-article' && <p class="notice" role="status">{t('notArticle')}</p>}
      {state.status === 'too-large' && <p class="notice" role="status">{t('tooLarge')}</p>}
      {state.status === 'error' && (
        <div class="error" role="alert">
          {t('errorPrefix')} {state.detail} <button onClick={onRetry}>{t('retry')}</button>
        </div>
      )}
      {state.status === 'done' && <Findings state={state} onShowSentence={onShowSentence} focus={focus} onAnnotate={onAnnotate(state)} onAddStatement={onAddStatement} />}
    </div>
  );
}
