// Issue 7, item 2 at unit level: broken and extreme pages in jsdom (the
// engine the command line uses, and a much slower one than Chromium).
// Extraction gives a clear final state on every page, and whatever it
// returns is a message the background accepts — a message the background
// refused would leave the panel "working" forever. How long it takes is
// measured by `npm run bench` (scripts/bench-extreme.ts), never asserted here:
// the machine is shared (issue 14).
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { runExtraction } from '../../lib/page/run-extraction';
import { ExtractOutcomeSchema } from '../../lib/protocol';
import { GUARDED_METHOD_COUNT, guardReadability, startBudget } from '../../lib/extract/budget';
import { MAX_SENTENCE_CHARS } from '../../lib/extract/sentences';
import { nestingDepth } from '../../lib/extract/signals';
import { decodeHtml } from '../../cli/annotate';
import { Readability } from '@mozilla/readability';
import { articleHtml, cp1251Page, extremePages, hugeArticlePage, TASS_PARAGRAPHS } from '../fixtures/extreme/generate';

function load(html: string | Buffer, url: string): Document {
  const text = typeof html === 'string' ? html : decodeHtml(html, url);
  return new JSDOM(text, { url, virtualConsole: new VirtualConsole() }).window.document;
}

describe.each(extremePages())('extreme page "$name" in jsdom', (page) => {
  it('ends in an expected final state, as a message the background accepts', () => {
    const doc = load(page.body, page.url);
    const outcome = runExtraction(doc, new URL(page.url));
    const status = outcome.ok ? 'done' : outcome.reason;
    expect(page.expect).toContain(status === 'empty' ? 'not-article' : status);
    const check = ExtractOutcomeSchema.safeParse(outcome);
    expect(check.success, check.success ? '' : check.error.message).toBe(true);
  });
});

describe('size caps', () => {
  it('a 5 MB article is refused before Readability runs, from its text size, without parsing it', () => {
    const url = 'https://tass.ru/extreme/5mb';
    const doc = load(hugeArticlePage(url), url);
    const value = extractArticle(doc, new URL(url));
    expect(value).toMatchObject({ ok: false, reason: 'too-large' });
    if (!value.ok) expect(value.detail).toMatch(/characters of text/);
  });

  it('nesting deeper than the cap (3,000 levels) is refused before Readability, instead of costing Readability quadratic time', () => {
    const url = 'https://tass.ru/extreme/deep';
    const doc = load(articleHtml({ url, title: 'Лавров: глубокая вложенность', rawBody: `${'<div>'.repeat(3_000)}<p>${TASS_PARAGRAPHS[0]}</p>${'</div>'.repeat(3_000)}` }), url);
    const value = extractArticle(doc, new URL(url));
    expect(value).toMatchObject({ ok: false, reason: 'too-large' });
    if (!value.ok) expect(value.detail).toMatch(/nested over 1500 levels/);
    // Counted without recursion (a script-built DOM can be far deeper than any parser makes; see hostile.e2e.ts).
    expect(nestingDepth(doc.documentElement, 10_000)).toBeGreaterThan(3_000);
  });

  it('windows-1251 bytes with a wrong or missing charset decode to replacement characters and never throw', () => {
    for (const declared of ['utf-8', null, 'windows-1251', 'no-such-charset']) {
      const url = 'https://tass.ru/extreme/cp1251';
      const bytes = cp1251Page(url, declared);
      expect(() => extractArticle(load(bytes, url), new URL(url)), String(declared)).not.toThrow();
    }
    const right = extractArticle(load(cp1251Page('https://tass.ru/a/b', 'windows-1251'), 'https://tass.ru/a/b'), new URL('https://tass.ru/a/b'));
    expect(right.ok && right.article.title).toContain('Лавров');
  });

  it(`no sentence is longer than ${MAX_SENTENCE_CHARS} characters, and the cut pieces still index the text`, () => {
    const page = extremePages().find((p) => p.name === '60k-char-sentence')!;
    const r = extractArticle(load(page.body, page.url), new URL(page.url));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Math.max(...r.article.sentences.map((s) => s.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const s of r.article.sentences) expect(r.article.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('time budget', () => {
  it('a fake clock past the budget stops extraction with "too-large" and says why', () => {
    const url = 'https://tass.ru/politika/budget';
    const doc = load(articleHtml({ url, title: 'Лавров: бюджет времени', paragraphs: TASS_PARAGRAPHS }), url);
    let t = 0;
    const r = extractArticle(doc, new URL(url), { maxMillis: 100, now: () => (t += 1) });
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    if (!r.ok) expect(r.detail).toMatch(/took over/);
    // The same page with time to spare is read normally.
    expect(extractArticle(doc, new URL(url)).ok).toBe(true);
  });

  it('the guard reaches Readability 0.6.0\'s hot helpers (an upgrade that renames them fails here)', () => {
    const doc = load('<html><body><p>x</p></body></html>', 'https://tass.ru/a');
    const reader = new Readability(doc);
    expect(guardReadability(reader, startBudget(1_000))).toBe(GUARDED_METHOD_COUNT);
  });

  it('20,000 sibling <div>s (15 s of Readability in jsdom) are stopped by a 1 s budget', () => {
    const url = 'https://tass.ru/extreme/siblings';
    const widgets = '<div class="w"><span>1</span></div>'.repeat(20_000);
    const doc = load(articleHtml({ url, title: 'Лавров: много элементов', paragraphs: TASS_PARAGRAPHS, after: `<section>${widgets}</section>` }), url);
    const value = extractArticle(doc, new URL(url), { maxMillis: 1_000 });
    expect(value).toMatchObject({ ok: false, reason: 'too-large' });
    if (!value.ok) expect(value.detail).toMatch(/took over 1 s/);
  });
});
