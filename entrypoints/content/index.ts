// Content script: a guest in the page. It snapshots the document in idle
// slices and hands it to the background, which extracts the article in an
// extension context (issue 14); it draws highlights of what the background
// found and of the reader's annotations, and offers "Look up" and "Annotate"
// buttons for selections. It never touches
// IndexedDB or matching. Registered only on the outlet registry's hosts;
// elsewhere the background injects this same file when the reader asks
// (activeTab + scripting). A second injection replaces the first: WXT
// invalidates the older script's context, which removes its listeners.
import { browser, type Browser } from 'wxt/browser';
import { analyse, IN_PAGE_EXTRACTOR, type Extract } from '../../lib/page/analyse';
import { SNAPSHOT_PORT } from '../../lib/page/snapshot';
import { envelope } from '../../lib/messaging';
import { parseCommand } from '../../lib/page/commands';
import type { ContentMessage, Result } from '../../lib/protocol';
import { PageSession } from '../../lib/page/session';
import { Highlighter, pageHighlightEnv } from '../../lib/page/highlights';
import { adoptedSheet, HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from '../../lib/page/styles';
import { SelectionButton } from '../../lib/page/selection-button';
import { LOOKUP_UI_NAME } from '../../lib/page/lookup-button';
import { PageAnnotations } from '../../lib/page/annotations';
import { selectionPayload } from '../../lib/annotations/content';
import { highlightsEnabled, uiLanguage } from '../../lib/settings';
import { t, uiLangFromLocale } from '../../lib/i18n';
import { markTask, timed } from '../../lib/page/task-log';
import { isOtherPage } from '../../lib/page/navigation';
import { ctxScheduler } from './scheduler';
import { lookupButtonHost } from './lookup-ui';
import type { Annotation } from '../../lib/annotations/types';
import type { GroupAnnotation } from '../../lib/sync/convert';

// A page can dispatch WXT's "content script started" event itself (the
// extension id is public) and so invalidate this script in its tab. Count real
// starts in the isolated world, which the page cannot reach, before WXT builds
// the context that announces this copy; accept the event only when a newer
// copy really started (docs/security.md, gap 2).
const STARTS = Symbol.for('sverka.content.starts');
const starts = globalThis as unknown as Record<symbol, number>;
starts[STARTS] = (starts[STARTS] ?? 0) + 1;

export default defineContentScript({
  // The registry's patterns, put in by the build (wxt.config.ts `define`), not imported: the registry's
  // ownership texts would otherwise ship in every page this script runs on (~23 kB of 105).
  matches: __OUTLET_MATCHES__,
  runAt: 'document_idle',
  // The page's own message listeners are none of our business.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const mine = starts[STARTS];
    const verify = ctx.verifyScriptStartedEvent.bind(ctx);
    ctx.verifyScriptStartedEvent = (e: CustomEvent) => verify(e) && starts[STARTS] !== mine;
    // The script's own start (evaluation up to the first await) is one task of ours, logged for the long-task suite.
    const booted = performance.now();
    const sched = ctxScheduler(ctx);
    const env = pageHighlightEnv();
    markTask('boot', booted, performance.now() - booted);
    const [enabled, lang] = await Promise.all([highlightsEnabled.getValue().catch(() => true), uiLanguage.getValue().catch(() => 'auto' as const)]);
    if (ctx.isInvalid) return;

    const sheet = adoptedSheet(document, HIGHLIGHT_CSS);
    const send = <K extends keyof ContentMessage>(type: K, payload: ContentMessage[K]) => browser.runtime.sendMessage(envelope(type, payload)) as Promise<Result<unknown>>;
    const annotations = new PageAnnotations({
      doc: document,
      win: window,
      sched,
      env,
      sheet,
      fetch: (url) => send('getPageAnnotations', { url }) as Promise<Result<Annotation[]>>,
      report: (url, results) => void send('annotationsAnchored', { url, results }).catch(() => {}),
      highlightsEnabled: enabled,
    });
    // The group's annotations (Hypothesis sync): the background answers with an empty list while sync is off.
    const colleagues = new PageAnnotations({
      doc: document,
      win: window,
      sched,
      env,
      sheet,
      fetch: (url) => send('getPageGroupAnnotations', { url }) as Promise<Result<GroupAnnotation[]>>,
      // Reported too, so the panel lists those not found here instead of dropping them silently.
      report: (url, results) => void send('groupAnnotationsAnchored', { url, results }).catch(() => {}),
      highlightsEnabled: enabled,
      highlightName: HIGHLIGHT_NAMES.colleague,
      priority: 0,
    });
    const session = new PageSession({
      doc: document,
      win: window,
      sched,
      highlighter: env && new Highlighter(env),
      sheet,
      // Extraction runs in an extension context (issue 14); the in-page extractor is injected only as a fallback.
      analyse: (url, cancelled) =>
        analyse({
          doc: document,
          sched,
          send: (type, payload) => browser.runtime.sendMessage(envelope(type, payload)),
          connect: () => browser.runtime.connect({ name: SNAPSHOT_PORT }),
          inPageExtractor: () => (globalThis as unknown as Record<symbol, Extract | undefined>)[IN_PAGE_EXTRACTOR],
        }, url, cancelled),
      clicked: (start) => void browser.runtime.sendMessage(envelope('highlightClicked', { start })).catch(() => {}),
      isOurs: (node) => node.nodeName.toLowerCase() === LOOKUP_UI_NAME,
      settled: () => {
        annotations.recheck();
        colleagues.recheck();
      },
      highlightsEnabled: enabled,
    });
    // On reload or replacement by a newer copy: our highlights and their stylesheet leave the page.
    ctx.onInvalidated(() => {
      session.stop();
      annotations.clear();
      colleagues.clear();
      sheet.remove();
    });
    const setEnabled = async (on: boolean) => {
      annotations.setEnabled(on);
      colleagues.setEnabled(on);
      await session.setEnabled(on);
    };

    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      // Only our own background may command the page script; a page cannot reach this listener, other extensions can.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const command = parseCommand(raw);
      if (command?.type === 'focusSentence') return Promise.resolve({ ok: true, value: session.focus(command.payload.start) });
      if (command?.type === 'setHighlights') return setEnabled(command.payload.enabled).then(() => ({ ok: true, value: null }));
      if (command?.type === 'annotationsChanged') {
        void annotations.refresh().then(() => colleagues.refresh());
        return Promise.resolve({ ok: true, value: null });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    // The keyboard shortcut and other tabs' panels change the setting; follow it.
    ctx.onInvalidated(highlightsEnabled.watch((value) => void setEnabled(value)));

    ctx.addEventListener(document, 'click', (e: MouseEvent) => {
      if (e.isTrusted && e.button === 0) session.clickedAt(e.clientX, e.clientY);
    }, { capture: true, passive: true });
    ctx.addEventListener(window, 'wxt:locationchange', (e: { newUrl: URL; oldUrl: URL }) => {
      if (!isOtherPage(e.newUrl, e.oldUrl)) return;
      annotations.clear();
      colleagues.clear();
      void session.navigated().then(() => annotations.refresh()).then(() => colleagues.refresh());
    });

    const uiLang = lang === 'auto' ? uiLangFromLocale(browser.i18n.getUILanguage()) : lang;
    const host = await lookupButtonHost(ctx, { lookUp: t('menuLookUp', uiLang), annotate: t('menuAnnotate', uiLang) });
    const button = new SelectionButton({
      doc: document,
      win: window,
      sched,
      host,
      lookUp: (text) => void send('quoteSelected', { text }).catch(() => {}),
      // Taken when the buttons show: the selectors of the page text as it is now (null: nothing to annotate).
      describe: () => timed('describe-selection', () => selectionPayload(document, getSelection(), location.href)),
      annotate: (selection) => void send('selectionAnnotated', selection).catch(() => {}),
    });
    ctx.addEventListener(document, 'selectionchange', () => button.selectionChanged());
    ctx.addEventListener(document, 'selectstart', () => button.selectStarted(), { passive: true });
    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => button.keyDown(e), { capture: true });

    await session.read();
    // Annotations are per page address, whatever Sverka made of the article.
    if (!ctx.isInvalid) await annotations.refresh();
    if (!ctx.isInvalid) await colleagues.refresh();
  },
});
