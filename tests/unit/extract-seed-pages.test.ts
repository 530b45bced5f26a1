// Golden tests on the outlet pages rebuilt around the five seed articles
// (tests/fixtures/pages, described in index.json): every article sentence is
// in the text, no boilerplate string is, the dates and dateline are right
// (the RIA page's header date disagrees with its dateline), and every
// sentence maps back to a Range in the page for highlighting.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, sentenceRanges, type ExtractedArticle, type ExtractResult } from '../../lib/extract';
import { ArticleSchema } from '../../lib/protocol';
import { loadPage, norm, SEED_PAGES, seedPages } from './extract-helpers';

const PAGES = seedPages();

it('covers the five seeds and two non-article pages', () => {
  expect(PAGES.filter((p) => p.seed).map((p) => p.seed!.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003', '004']);
  expect(PAGES.filter((p) => p.expect === 'not-article')).toHaveLength(2);
});

for (const page of PAGES) {
  describe(page.file, () => {
    let doc: Document;
    let result: ExtractResult;
    beforeAll(() => {
      doc = loadPage(path.join(SEED_PAGES, page.file), page.url);
      result = extractArticle(doc, new URL(page.url));
    });

    if (page.expect === 'not-article') {
      it('is not an article', () => {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toBe('not-article');
      });
      it('explains why in a sentence', () => {
        if (!result.ok) expect(result.detail.length).toBeGreaterThan(20);
      });
      return;
    }

    const article = (): ExtractedArticle => {
      if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
      return result.article;
    };
    it('is extracted', () => expect(result.ok).toBe(true));
    it('outlet', () => expect(article().outletId).toBe(page.outlet ?? undefined));
    it('title', () => expect(article().title).toBe(page.title));
    it('published day', () => expect(article().published?.iso.slice(0, 10)).toBe(page.published));
    it('published source', () => expect(article().published?.source).toBe(page.publishedSource));
    it('dateline', () => expect(article().dateline).toEqual(page.dateline ?? undefined));
    it('datesDisagree', () => expect(article().datesDisagree).toBe(page.datesDisagree));
    it('lang', () => expect(article().lang).toBe(page.lang));
    it('has every article sentence', () => {
      const text = norm(article().text);
      expect(page.mustContain!.filter((s) => !text.includes(norm(s)))).toEqual([]);
    });
    it('has no boilerplate string', () => {
      const text = article().text;
      expect(page.mustNotContain!.filter((s) => text.includes(s))).toEqual([]);
    });
    it('fits the content → background message schema', () => {
      expect(ArticleSchema.safeParse(article()).success).toBe(true);
    });
    it('sentence offsets index the text', () => {
      const a = article();
      for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    });
    it('maps at least 95% of sentences to a live-DOM Range with the same text', () => {
      const a = article();
      const ranges = sentenceRanges(doc, a);
      expect(ranges).toHaveLength(a.sentences.length);
      const found = ranges.filter((r): r is Range => r !== null);
      expect(found.length / ranges.length).toBeGreaterThanOrEqual(0.95);
      ranges.forEach((r, i) => {
        if (r) expect(norm(r.toString())).toBe(norm(a.sentences[i].text));
      });
    });
    it('leaves the live document untouched', () => {
      const before = doc.documentElement.outerHTML;
      extractArticle(doc, new URL(page.url));
      sentenceRanges(doc, article());
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });
}

describe('the RIA page shows both dates', () => {
  it('header date 03.03.2020, dateline 9 October, flagged as disagreeing', () => {
    const page = PAGES.find((p) => p.outlet === 'ria' && p.seed)!;
    const r = extractArticle(loadPage(path.join(SEED_PAGES, page.file), page.url), new URL(page.url));
    if (!r.ok) throw new Error(r.detail);
    expect(r.article.published?.iso.slice(0, 10)).toBe('2020-03-03');
    expect(r.article.dateline).toMatchObject({ day: 9, month: 10 });
    expect(r.article.datesDisagree).toBe(true);
  });
});

describe('limits', () => {
  const page = PAGES.find((p) => p.outlet === 'tass' && p.seed)!;
  it('returns too-large instead of parsing a page over the element budget', () => {
    const r = extractArticle(loadPage(path.join(SEED_PAGES, page.file), page.url), new URL(page.url), { maxHtmlChars: 2_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('too-large');
  });
  it('returns too-large when the article text is over maxTextChars', () => {
    const r = extractArticle(loadPage(path.join(SEED_PAGES, page.file), page.url), new URL(page.url), { maxTextChars: 500 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('too-large');
  });
});
