// Chrome's offscreen document as the place where articles are extracted
// (issue 14): the MV3 service worker has no DOM, the offscreen document does.
// Chrome allows one offscreen document per extension, and it outlives the
// worker, so this module never trusts worker memory: before each request it
// asks Chrome whether the document exists, and two requests racing to create
// it share one creation (a second createDocument would fail). When a
// request finds no listener (the document was closed or is still loading),
// the document is made again once and the request repeated.
import { envelope } from '../messaging';
import { ExtractOutcomeSchema, type ExtractOutcome } from '../protocol';
import type { SnapshotInput } from '../extract/snapshot';

/** The slice of chrome.offscreen / chrome.runtime this module needs (fakes in unit tests). */
export interface OffscreenApi {
  exists(): Promise<boolean>;
  create(): Promise<void>;
  close(): Promise<void>;
  /** runtime.sendMessage: the offscreen document answers, every other extension page ignores it. */
  send(message: unknown): Promise<unknown>;
}

/** The offscreen page WXT builds from entrypoints/offscreen/index.html. */
export const OFFSCREEN_PATH = '/offscreen.html';

/** chrome.offscreen and chrome.runtime as OffscreenApi; undefined where the browser has no offscreen documents. */
export function chromeOffscreenApi(chromeApi: typeof chrome | undefined): OffscreenApi | undefined {
  const offscreen = chromeApi?.offscreen;
  const runtime = chromeApi?.runtime;
  if (!offscreen?.createDocument || !runtime) return undefined;
  const url = runtime.getURL(OFFSCREEN_PATH);
  return {
    async exists() {
      if (runtime.getContexts) {
        const contexts = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
        return contexts.length > 0;
      }
      return (await (offscreen as unknown as { hasDocument?: () => Promise<boolean> }).hasDocument?.()) ?? false;
    },
    create: () =>
      offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER' as chrome.offscreen.Reason],
        justification: 'Read news articles with Readability on DOMParser, off the page main thread.',
      }),
    close: () => offscreen.closeDocument(),
    send: (message) => runtime.sendMessage(message),
  };
}

const ALREADY = /single offscreen|only one|already/i;
const NO_LISTENER = /receiving end does not exist|could not establish connection|message port closed/i;

/** An extractor that hands snapshots to the offscreen document, creating it once and recreating it when it is gone. */
export function offscreenExtractor(api: OffscreenApi): (snapshot: SnapshotInput) => Promise<ExtractOutcome> {
  let creating: Promise<void> | undefined;
  const ensure = async () => {
    if (creating) return creating;
    if (await api.exists()) return;
    // Checked again: another request may have started creating while we asked.
    creating ??= api.create().catch((e: unknown) => {
      if (!(e instanceof Error && ALREADY.test(e.message))) throw e;
    }).finally(() => {
      creating = undefined;
    });
    return creating;
  };
  const ask = async (snapshot: SnapshotInput): Promise<ExtractOutcome | undefined> => {
    await ensure();
    const reply = (await api.send(envelope('extractSnapshot', snapshot)).catch((e: unknown) => {
      if (e instanceof Error && NO_LISTENER.test(e.message)) return undefined;
      throw e;
    })) as { ok?: unknown; value?: unknown } | undefined;
    if (!reply || reply.ok !== true) return undefined;
    const parsed = ExtractOutcomeSchema.safeParse(reply.value);
    return parsed.success ? parsed.data : { ok: false, reason: 'error', detail: 'The extraction result could not be read.' };
  };
  return async (snapshot) => {
    const first = await ask(snapshot);
    if (first) return first;
    // No answer: the document is gone or was not listening yet. Make it again, once.
    await api.close().catch(() => {});
    const second = await ask(snapshot);
    if (second) return second;
    throw new Error('The offscreen document did not answer.');
  };
}
