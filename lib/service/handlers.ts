// What the background does with each message. Pure of browser globals: the
// entrypoint passes the APIs in, so unit tests drive these with fakes.
import { outletForUrl } from '../outlets';
import { gt } from '../i18n/background-strings';
import { articleMeta, readTabState, writeTabState, type KeyValueArea, type TabState } from './tab-state';
import { getMatcher, readClaims } from './matcher-cache';
import { claimView, eventTitles } from './claim-view';
import type { ClaimDatabase } from '../claims/schema';
import type { SverkaDatabase } from '../db/database';
import type { ContentMessage, ExtractOutcome, Extractor, PanelMessage, Result } from '../protocol';
import { extractInExtension, NO_EXTENSION_CONTEXT, type ExtractionContexts } from './extraction';
import type { SnapshotInput } from '../extract/snapshot';
import { articleDate, type Match } from '../match';

export interface ServiceDeps {
  db: SverkaDatabase;
  session: KeyValueArea;
  bundled: () => ClaimDatabase;
  /** Tell open panels that a tab's state changed. */
  notify(tabId: number): void;
  /** Reflect the tab's findings on the toolbar badge. */
  showBadge(state: TabState): void;
  /** Inject the content script into a tab the user asked us to read. */
  injectContentScript(tabId: number): Promise<void>;
  /** Keep the last lookup where a panel opened later finds it (session storage). */
  storeLookup?(lookup: QuoteLookup): Promise<void>;
  now(): number;
  /** A fresh id per start of the service worker (MV3 stops it whenever it likes). */
  workerId?: string;
}

export interface QuoteLookup {
  text: string;
  matches: Match[];
  /** "Possibly related" (issue 10): weaker candidates, shown apart; absent in lookups stored before it existed. */
  related?: Match[];
  at: number;
}

export interface DatabaseInfo {
  version: string;
  claims: number;
  events: number;
  actors: number;
  relations: number;
}


/** Errors as the reader should read them: storage problems say what happened and that nothing was lost. */
const fail = (error: unknown): { ok: false; error: string } => {
  const name = error instanceof Error ? (error as Error & { inner?: Error }).inner?.name ?? error.name : '';
  if (name === 'QuotaExceededError') {
    return { ok: false, error: gt('storageFull') };
  }
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
};

/** An own content script's message that failed validation (e.g. a URL over the protocol's bounds): the tab gets a final state. */
export async function articleRejected(deps: ServiceDeps, tabId: number, url: string, error: string): Promise<Result<TabState>> {
  const state: TabState = { tabId, url: url.slice(0, 8_192), status: 'error', detail: gt('couldNotRead', { reason: error.slice(0, 300) }), updatedAt: deps.now() };
  await save(deps, state);
  return { ok: false, error };
}

export async function articleExtracted(deps: ServiceDeps, tabId: number, msg: ContentMessage['articleExtracted']): Promise<Result<TabState>> {
  const base = { tabId, url: msg.url, outletId: outletForUrl(msg.url)?.id, extractor: msg.extractor ?? 'page', updatedAt: deps.now() };
  const { outcome } = msg;
  if (!outcome.ok) {
    const state: TabState = { ...base, status: outcome.reason === 'too-large' ? 'too-large' : outcome.reason === 'error' ? 'error' : 'not-article', detail: outcome.detail };
    await save(deps, state);
    return { ok: true, value: state };
  }
  await save(deps, { ...base, status: 'working', article: articleMeta(outcome), worker: deps.workerId });
  try {
    const { matcher, data } = await getMatcher(deps.db, deps.bundled);
    // Role phrases ("глава МИД России") resolve to whoever held the office on the article's date.
    const opts = { headline: outcome.article.title, date: articleDate(outcome.article) };
    await matcher.prepareSentences(outcome.article.sentences, opts);
    const findings = matcher.matchSentences(outcome.article.sentences, opts);
    // The opposing claims are not among the matched ones: read them for the panel.
    const against = { ...data, claims: await readClaims(deps.db, [...new Set(findings.contradictions.map((c) => c.against))]) };
    const opposing = Object.fromEntries(
      findings.contradictions.flatMap((c) => {
        const view = claimView(against, c.against);
        return view ? [[c.against, view]] : [];
      }),
    );
    const state: TabState = {
      ...base, status: 'done', article: articleMeta(outcome), findings, opposing, events: eventTitles(data, findings.events), updatedAt: deps.now(),
    };
    await save(deps, state);
    return { ok: true, value: state };
  } catch (e) {
    const state: TabState = { ...base, status: 'error', article: articleMeta(outcome), detail: fail(e).error, updatedAt: deps.now() };
    await save(deps, state);
    return fail(e);
  }
}

/** What the page gets back for its snapshot: the extraction (to anchor the sentences) and the tab's findings. */
export interface SnapshotReply {
  outcome: ExtractOutcome;
  extractor: Extractor;
  state: TabState;
}

/**
 * A page's snapshot (issue 14): extracted in an extension context that owns a
 * DOM, then matched like any extracted article. The error
 * 'no-extension-context' tells the page to extract in itself instead.
 */
export async function snapshotTaken(deps: ServiceDeps, contexts: ExtractionContexts, tabId: number, snapshot: SnapshotInput): Promise<Result<SnapshotReply>> {
  const ran = await extractInExtension(contexts, snapshot);
  if (!ran) return { ok: false, error: NO_EXTENSION_CONTEXT };
  const state = await articleExtracted(deps, tabId, { url: snapshot.url, outcome: ran.outcome, extractor: ran.extractor });
  if (!state.ok) return state;
  return { ok: true, value: { outcome: ran.outcome, extractor: ran.extractor, state: state.value } };
}

async function save(deps: ServiceDeps, state: TabState): Promise<void> {
  await writeTabState(deps.session, state);
  deps.showBadge(state);
  deps.notify(state.tabId);
}

export async function getTabState(deps: ServiceDeps, msg: PanelMessage['getTabState'], tabUrl: string | undefined): Promise<Result<TabState>> {
  const stored = await readTabState(deps.session, msg.tabId);
  // A state for another URL is stale (the tab navigated away before the content script reported);
  // a #fragment change is the same page.
  if (stored && (!tabUrl || withoutFragment(stored.url) === withoutFragment(tabUrl))) {
    // "working" written by an earlier start of the worker: that start was stopped mid-matching and nothing will finish it.
    if (stored.status === 'working' && stored.worker && deps.workerId && stored.worker !== deps.workerId) {
      return { ok: true, value: { ...stored, status: 'error', detail: gt('interrupted') } };
    }
    return { ok: true, value: stored };
  }
  const outlet = tabUrl ? outletForUrl(tabUrl) : undefined;
  return {
    ok: true,
    value: { tabId: msg.tabId, url: tabUrl ?? '', status: outlet ? 'working' : 'unknown-site', outletId: outlet?.id, updatedAt: deps.now() },
  };
}

export async function lookUpQuote(deps: ServiceDeps, msg: { text: string; date?: string }): Promise<Result<QuoteLookup>> {
  try {
    const { matcher } = await getMatcher(deps.db, deps.bundled);
    await matcher.prepareText(msg.text);
    const { matches, related } = matcher.lookUp(msg.text, { top: 10, date: msg.date });
    const lookup = { text: msg.text, matches, related, at: deps.now() };
    await deps.storeLookup?.(lookup);
    return { ok: true, value: lookup };
  } catch (e) {
    return fail(e);
  }
}

export async function analyseTab(deps: ServiceDeps, msg: PanelMessage['analyseTab']): Promise<Result<null>> {
  try {
    await deps.injectContentScript(msg.tabId);
    return { ok: true, value: null };
  } catch (e) {
    return fail(e);
  }
}

export async function getDatabaseInfo(deps: ServiceDeps): Promise<Result<DatabaseInfo>> {
  try {
    const { matcher, data } = await getMatcher(deps.db, deps.bundled);
    return {
      ok: true,
      value: { version: data.version, claims: matcher.size, events: data.events.length, actors: data.actors.length, relations: data.relations.length },
    };
  } catch (e) {
    return fail(e);
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
