// The offscreen document's manager (lib/service/offscreen.ts) with a fake
// chrome.offscreen: created once for requests that arrive together, found
// again after the worker restarted (no memory of it needed), made again when
// it stopped answering, and its answer validated.
import { describe, expect, it } from 'vitest';
import { offscreenExtractor, type OffscreenApi } from '../../lib/service/offscreen';
import { extractInExtension } from '../../lib/service/extraction';
import type { ExtractOutcome } from '../../lib/protocol';

const snapshot = { url: 'https://tass.ru/a', baseUrl: 'https://tass.ru/a', html: '<p>x</p>' };
const notArticle: ExtractOutcome = { ok: false, reason: 'not-article', detail: 'no' };

function fakeChrome(opts: { answer?: (n: number) => unknown; existing?: boolean } = {}) {
  const calls = { create: 0, close: 0, send: 0 };
  let exists = opts.existing ?? false;
  const api: OffscreenApi = {
    exists: async () => exists,
    async create() {
      calls.create++;
      await new Promise((r) => setTimeout(r, 5));
      if (exists) throw new Error('Only a single offscreen document may be created.');
      exists = true;
    },
    async close() {
      calls.close++;
      exists = false;
    },
    async send() {
      calls.send++;
      if (!exists) throw new Error('Could not establish connection. Receiving end does not exist.');
      return opts.answer ? opts.answer(calls.send) : { ok: true, value: notArticle };
    },
  };
  return { api, calls };
}

describe('offscreenExtractor', () => {
  it('creates one document for requests that arrive together', async () => {
    const { api, calls } = fakeChrome();
    const extract = offscreenExtractor(api);
    const outcomes = await Promise.all([extract(snapshot), extract(snapshot), extract(snapshot)]);
    expect(outcomes).toEqual([notArticle, notArticle, notArticle]);
    expect(calls.create).toBe(1);
  });

  it('uses a document that outlived the worker (a fresh extractor has no memory of it)', async () => {
    const { api, calls } = fakeChrome({ existing: true });
    expect(await offscreenExtractor(api)(snapshot)).toEqual(notArticle);
    expect(calls.create).toBe(0);
  });

  it('makes the document again, once, when it did not answer', async () => {
    const { api, calls } = fakeChrome({ existing: true, answer: (n) => (n === 1 ? undefined : { ok: true, value: notArticle }) });
    expect(await offscreenExtractor(api)(snapshot)).toEqual(notArticle);
    expect(calls).toMatchObject({ close: 1, create: 1, send: 2 });
  });

  it('gives up (the page falls back to itself) when the document never answers', async () => {
    const { api } = fakeChrome({ answer: () => undefined });
    await expect(offscreenExtractor(api)(snapshot)).rejects.toThrow(/did not answer/);
    expect(await extractInExtension({ offscreen: offscreenExtractor(api) }, snapshot)).toBeUndefined();
  });

  it('turns a malformed answer into an error outcome instead of passing it on', async () => {
    const { api } = fakeChrome({ answer: () => ({ ok: true, value: { ok: true, article: { title: 5 } } }) });
    expect(await offscreenExtractor(api)(snapshot)).toMatchObject({ ok: false, reason: 'error' });
  });
});

describe('extractInExtension', () => {
  it('says which path ran, and none when there is no context', async () => {
    const parsed: string[] = [];
    // Firefox's background page parses itself; a parse that throws becomes an error outcome, not a throw.
    const here = await extractInExtension({ parseHere: (html) => {
      parsed.push(html);
      throw new Error('no DOM here');
    } }, snapshot);
    expect(here).toMatchObject({ extractor: 'background', outcome: { ok: false, reason: 'error', detail: 'no DOM here' } });
    expect(parsed).toEqual([snapshot.html]);
    const { api } = fakeChrome();
    expect((await extractInExtension({ offscreen: offscreenExtractor(api) }, snapshot))?.extractor).toBe('offscreen');
    expect(await extractInExtension({}, snapshot)).toBeUndefined();
  });
});

