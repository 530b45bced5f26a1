// How the page gets its article read (issue 14). The content script takes a
// snapshot of the document in idle slices and hands it to the background,
// which has it extracted in an extension context that owns a DOM (Chrome's
// offscreen document, Firefox's background page) and matched; the answer
// carries the sentences with their text positions, which the page anchors
// to its live DOM. Only where no such context exists does the page extract
// in itself, with a script the background injects on request: the content
// script's own bundle never contains Readability.
import { MAX_SNAPSHOT_CHARS, serializeInSlices } from './snapshot';
import { markTask, timed } from './task-log';
import { nextIdle, SLICE_MS } from './schedule';
import { structureTooLarge } from '../extract/signals';
import type { Scheduler } from './schedule';
import type { ExtractOutcome, Extractor, Result } from '../protocol';
import type { TabState } from '../types/tab-state';
import type { PortLike } from '../types/snapshot';

/** Where the injected in-page extractor (entrypoints/extract-in-page.ts) leaves its function, in the isolated world. */
export const IN_PAGE_EXTRACTOR = Symbol.for('sverka.extractInPage');
/** The background's answer when no extension context can extract (lib/service/extraction.ts). */
const NO_EXTENSION_CONTEXT = 'no-extension-context';

/** What reading the page gave: the extraction, which path ran, and the background's findings (undefined: no answer). */
export interface Analysis {
  outcome: ExtractOutcome;
  extractor: Extractor;
  reply: Result<TabState> | undefined;
}

export type Extract = (doc: Document, url: URL) => ExtractOutcome;

/** Sends an envelope to the background (runtime.sendMessage); rejects when the background is unreachable. */
export type Send = (type: 'inPageExtractorWanted' | 'articleExtracted', payload: unknown) => Promise<unknown>;

/** The piece size for the snapshot port: well under a millisecond to a few of serialisation each (lib/service/snapshot-port.ts). */
export const SNAPSHOT_PIECE_CHARS = 32 * 1024;

export interface AnalyseDeps {
  doc: Document;
  sched: Scheduler;
  send: Send;
  /** runtime.connect({name: SNAPSHOT_PORT}): the snapshot goes to the background in pieces over this port. */
  connect(): PortLike;
  /** The in-page extractor, once the background injected it (undefined before). */
  inPageExtractor(): Extract | undefined;
}

/** The in-page path: extract here, report the article, take the findings. Also what unit tests run. */
export async function analyseInPage(doc: Document, url: URL, extract: Extract, send: Send): Promise<Analysis> {
  const outcome = timed('extract', () => extract(doc, url));
  const reply = (await send('articleExtracted', { url: url.href, outcome, extractor: 'page' }).catch(() => undefined)) as Result<TabState> | undefined;
  return { outcome, extractor: 'page', reply };
}

/**
 * Reads the page through the extension: snapshot in slices, extraction and
 * matching in the background's contexts. Resolves to undefined when
 * `cancelled()` turned true (the page navigated meanwhile).
 */
export async function analyse(deps: AnalyseDeps, url: URL, cancelled: () => boolean): Promise<Analysis | undefined> {
  // Element count and nesting are checked on the live DOM, as before: a parsed snapshot would not show a
  // script-built nesting deeper than the HTML parser's 512 levels. Cheap (a count, a walk); the text-size cap is
  // checked in the extension context, on the snapshot, which has the same text.
  const big = timed('size-check', () => structureTooLarge(deps.doc));
  if (big) return refuse(deps, url, big);
  const html = await serializeInSlices(deps.doc, deps.sched, cancelled);
  if (html === undefined) return undefined;
  if (html.length > MAX_SNAPSHOT_CHARS) return refuse(deps, url, `The page's HTML has ${html.length} characters; Sverka reads pages of up to ${MAX_SNAPSHOT_CHARS}.`);
  type Answer = Result<{ outcome: ExtractOutcome; extractor: Extractor; state: TabState }> | undefined;
  const snapshot = { url: url.href, baseUrl: deps.doc.baseURI, html };
  let answer = (await sendInPieces(deps, snapshot, cancelled)) as Answer;
  // The port closed without an answer: the worker was stopped mid-transfer or mid-extraction. Once more, from a fresh one.
  if (!answer && !cancelled()) answer = (await sendInPieces(deps, snapshot, cancelled)) as Answer;
  if (cancelled()) return undefined;
  if (answer?.ok) return { outcome: answer.value.outcome, extractor: answer.value.extractor, reply: { ok: true, value: answer.value.state } };
  if (answer && answer.error !== NO_EXTENSION_CONTEXT) {
    return { outcome: { ok: false, reason: 'error', detail: answer.error.slice(0, 2_000) }, extractor: 'page', reply: answer };
  }
  if (!answer) return undefined;
  // No extension context with a DOM in this browser: the fallback, in the page.
  await deps.send('inPageExtractorWanted', {}).catch(() => undefined);
  const extract = deps.inPageExtractor();
  if (!extract || cancelled()) return undefined;
  return analyseInPage(deps.doc, url, extract, deps.send);
}

/** A page too large to read: decided in the page, reported like any extraction outcome. */
async function refuse(deps: AnalyseDeps, url: URL, detail: string): Promise<Analysis> {
  const outcome: ExtractOutcome = { ok: false, reason: 'too-large', detail };
  const reply = (await deps.send('articleExtracted', { url: url.href, outcome, extractor: 'page' }).catch(() => undefined)) as Result<TabState> | undefined;
  return { outcome, extractor: 'page', reply };
}

/**
 * Posts the snapshot over a port in pieces, as many per idle slice as fit in
 * SLICE_MS, and resolves with the background's answer (undefined when the
 * port closed without one: the worker stopped, or the page navigated).
 */
function sendInPieces(deps: AnalyseDeps, snapshot: { url: string; baseUrl: string; html: string }, cancelled: () => boolean): Promise<unknown> {
  return new Promise((resolve) => {
    let port: PortLike;
    try {
      port = deps.connect();
    } catch {
      resolve(undefined);
      return;
    }
    let settled = false;
    const finish = (value: unknown) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    port.onMessage.addListener((reply) => finish(reply));
    port.onDisconnect.addListener(() => finish(undefined));
    void (async () => {
      const { html } = snapshot;
      for (let at = 0; at < html.length && !settled;) {
        const deadline = await nextIdle(deps.sched);
        if (cancelled()) {
          port.disconnect();
          return finish(undefined);
        }
        const started = deps.sched.now();
        const budget = Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
        do {
          port.postMessage({ piece: html.slice(at, at + SNAPSHOT_PIECE_CHARS) });
          at += SNAPSHOT_PIECE_CHARS;
        } while (at < html.length && deps.sched.now() - started < budget);
        markTask('send-snapshot', started, deps.sched.now() - started);
      }
      if (!settled) timed('send-snapshot', () => port.postMessage({ done: { url: snapshot.url, baseUrl: snapshot.baseUrl } }));
    })().catch(() => finish(undefined));
  });
}
