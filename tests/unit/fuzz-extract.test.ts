// Issue 7, item 7: extractArticle on arbitrary, broken HTML (unbalanced tags,
// scripts, templates, hidden markup, JSON-LD, hostile Unicode) through jsdom.
// It never throws, always answers with a result the background accepts, and
// a readable result always keeps its offset invariants.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { ExtractOutcomeSchema } from '../../lib/protocol';
import { hostileHtml, hostileText } from '../fixtures/hostile/arbitraries';

const URLS = ['https://tass.ru/politika/123', 'https://ria.ru/', 'https://news.example/a/b', 'file:///tmp/page.html'];
const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const articleHead = fc.constantFrom(
  '',
  '<meta property="og:type" content="article">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Заголовок статьи","datePublished":"2021-06-16T10:00:00+03:00"}</script>',
  '<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":[{"name":"x"}],"headline":{"x":1}}]</script>',
  '<script type="application/ld+json">{broken json</script><meta property="article:published_time" content="not a date">',
);
// Enough running text for Readability to take a real look at the hostile markup around it.
const prose = fc.array(hostileText(40), { minLength: 0, maxLength: 12 }).map((ps) => ps.map((p) => `<p>Президент заявил, что переговоры продолжаются. ${p}</p>`).join(''));

let readable = 0;
function check(html: string, url: string): void {
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const r = extractArticle(doc, new URL(url));
  const outcome = r.ok ? { ok: true as const, article: r.article } : { ok: false as const, reason: r.reason, detail: r.detail };
  const valid = ExtractOutcomeSchema.safeParse(outcome);
  expect(valid.success, valid.success ? '' : valid.error.message).toBe(true);
  if (!r.ok) {
    expect(['not-article', 'too-large', 'empty']).toContain(r.reason);
    expect(r.detail.length).toBeGreaterThan(0);
    return;
  }
  readable++;
  const { text, sentences, paragraphs } = r.article;
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(paragraphs[s.paragraph].start);
    expect(s.end).toBeLessThanOrEqual(paragraphs[s.paragraph].end);
  }
  for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim());
}

describe('extractArticle on arbitrary HTML (jsdom)', () => {
  it('never throws; the result is ok or a failure reason, and always a valid articleExtracted message', () => {
    fc.assert(fc.property(articleHead, hostileHtml, prose, fc.constantFrom(...URLS), (head, body, text, url) => {
      check(page(head, `${body}${text}${body}`), url);
    }), { numRuns: 150 });
    // The generator must reach the readable path often enough for its invariants to be tested.
    expect(readable).toBeGreaterThan(15);
  });
  it('never throws on raw arbitrary strings as the whole document', () => {
    fc.assert(fc.property(fc.oneof(hostileText(200), fc.string({ unit: 'binary', maxLength: 300 })), fc.constantFrom(...URLS), (html, url) => {
      check(html, url);
    }), { numRuns: 150 });
  });
});
