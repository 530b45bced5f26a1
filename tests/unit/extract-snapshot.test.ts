// @vitest-environment jsdom
// Issue 14 at unit level: the snapshot the content script takes (sliced
// serialisation, scripts and styles emptied) and the document the extension
// context rebuilds from it (DOMParser, the page's base URL, <noscript> as
// text) give the same extraction as the live document, on every real page
// and seed page. Real Chromium checks the same in extension-context.e2e.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { documentFromSnapshot, extractFromSnapshot } from '../../lib/extract/snapshot';
import { serializeInSlices, WHOLE_SUBTREE_ELEMENTS } from '../../lib/page/snapshot';
import { benchPages } from '../e2e/pages';
import { manualScheduler } from './page-helpers';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function live(html: Buffer | string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

describe.each(benchPages())('$name', (p) => {
  it('gives the same article, dates and sentences from its snapshot as from the live document', async () => {
    const doc = live(p.body, p.url);
    const html = await serializeInSlices(doc, manualScheduler());
    expect(html).toBeDefined();
    const fromSnapshot = extractFromSnapshot({ url: p.url, baseUrl: doc.baseURI, html: html! }, parse);
    const fromLive = extractArticle(doc, new URL(p.url));
    expect(fromSnapshot.ok).toBe(fromLive.ok);
    if (fromSnapshot.ok && fromLive.ok) {
      const { article: a } = fromSnapshot;
      const { article: b } = fromLive;
      expect(a.title).toBe(b.title);
      expect(a.published).toEqual(b.published);
      expect(a.dateline).toEqual(b.dateline);
      expect(a.datesDisagree).toBe(b.datesDisagree);
      expect(a.readerable).toBe(b.readerable);
      expect(a.lang).toBe(b.lang);
      expect(a.outletId).toBe(b.outletId);
      expect(a.text).toBe(b.text);
      expect(a.sentences).toEqual(b.sentences);
    } else if (!fromSnapshot.ok && !fromLive.ok) {
      expect(fromSnapshot.reason).toBe(fromLive.reason);
    }
  });
});

describe('the snapshot', () => {
  it('is the outerHTML of the page with script and style text left out, whatever size its subtrees have', async () => {
    const many = Array.from({ length: WHOLE_SUBTREE_ELEMENTS * 2 }, (_, i) => `<p class="p${i}">a &amp; b &lt;${i}&gt;\u00a0</p>`).join('<!--c-->');
    const doc = live(`<!DOCTYPE html><html lang="ru"><head><script>var secret = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head><body class="b"><div id="w"><div>${many}</div></div>text &amp; more</body></html>`, 'https://tass.ru/a');
    const html = (await serializeInSlices(doc, manualScheduler()))!;
    expect(html).not.toContain('secret');
    expect(html).not.toContain('p{}');
    expect(html).toContain('{"@type":"NewsArticle"}');
    for (const s of doc.querySelectorAll('script:not([type]), style')) s.textContent = '';
    expect(html).toBe(`<!DOCTYPE html>${doc.documentElement.outerHTML}`);
  });

  it('stops when the page navigates away meanwhile', async () => {
    const doc = live(`<html><body>${'<div><p>x</p></div>'.repeat(2_000)}</body></html>`, 'https://tass.ru/a');
    // A clock that jumps 10 ms per reading: every slice takes one step and then yields.
    let t = 0;
    const sched = { ...manualScheduler(), now: () => (t += 10) };
    let slices = 0;
    expect(await serializeInSlices(doc, sched, () => ++slices > 3)).toBeUndefined();
    expect(slices).toBe(4);
  });

  it('rebuilt in the extension: the page\'s base URL, and <noscript> as the text the live page had', () => {
    const doc = documentFromSnapshot(
      { url: 'https://tass.ru/politika/1', baseUrl: 'https://tass.ru/politika/', html: '<html><head><base href="/elsewhere/"></head><body><noscript><p>Включите <time datetime="2001-01-01">JS</time></p></noscript><a href="2">next</a></body></html>' },
      parse,
    );
    expect(doc.querySelectorAll('base')).toHaveLength(1);
    expect((doc.querySelector('a') as HTMLAnchorElement).href).toBe('https://tass.ru/politika/2');
    expect(doc.querySelector('noscript time')).toBeNull();
    expect(doc.querySelector('noscript')!.textContent).toContain('<time datetime="2001-01-01">');
  });
});
