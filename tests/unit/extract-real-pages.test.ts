// Golden tests on real outlet pages (tests/fixtures/real-pages, gold from
// fundus, scrapinghub's benchmark, trafilatura, htmldate, mediacloud and
// readability2). One `it` per field with gold, so a failure names the page and
// the field. Known disagreements live in known-failures.json and are asserted
// exactly: fixing one, or regressing further, fails the test.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, sentenceRanges, type ExtractedArticle } from '../../lib/extract';
import { loadPage, norm, readGold, REAL_PAGES, realPageUrls, sameDay, tokenOverlap } from './extract-helpers';

interface KnownFailure {
  field: 'body';
  missingParagraphs: string[];
  reason: string;
}
const KNOWN: Record<string, KnownFailure> = JSON.parse(fs.readFileSync(path.join(REAL_PAGES, 'known-failures.json'), 'utf8'));
const URLS = realPageUrls();
const PAGES = fs.readdirSync(REAL_PAGES).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort();

it('has a gold file and an original URL for every real page', () => {
  expect(PAGES.length).toBeGreaterThanOrEqual(24);
  for (const name of PAGES) {
    expect(URLS[name], `${name}: original URL in SOURCES.md`).toMatch(/^https?:\/\//);
    expect(readGold(name), `${name}: expected file`).toBeDefined();
  }
});

// Each page is parsed and extracted once for all its tests.
const cache = new Map<string, { doc: Document; article: ExtractedArticle }>();
function load(name: string): { doc: Document; article: ExtractedArticle } {
  let hit = cache.get(name);
  if (!hit) {
    const doc = loadPage(path.join(REAL_PAGES, `${name}.html`), URLS[name]);
    const result = extractArticle(doc, new URL(URLS[name]));
    if (!result.ok) throw new Error(`${name}: ${result.reason}: ${result.detail}`);
    cache.set(name, (hit = { doc, article: result.article }));
  }
  return hit;
}
const extract = (name: string) => load(name).article;

for (const name of PAGES) {
  const gold = readGold(name);
  if (!gold) continue;
  describe(name, () => {
    let article: ExtractedArticle;
    beforeAll(() => {
      article = extract(name);
    });

    it('maps every sentence to a live-DOM Range', () => {
      const ranges = sentenceRanges(load(name).doc, article);
      expect(ranges.filter((r) => r === null)).toHaveLength(0);
    });

    it('text offsets index the text', () => {
      for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
      for (const p of article.paragraphs) expect(article.text.slice(p.start, p.end)).toBe(article.text.slice(p.start, p.end).trim());
    });

    if (gold.title) {
      it('title', () => expect(article.title).toBe(gold.title));
    }
    if (gold.titleStartsWith) {
      it('title (prefix)', () => expect(article.title.startsWith(gold.titleStartsWith!)).toBe(true));
    }
    if (gold.date) {
      it('published date (day)', () => {
        expect(article.published, 'a published date').toBeDefined();
        expect(sameDay(article.published!.iso, gold.date!), `${article.published!.iso} vs ${gold.date}`).toBe(true);
      });
    }
    if (gold.paragraphs) {
      const known = KNOWN[name];
      it(known ? `body: fundus paragraphs (known gap: ${known.missingParagraphs.length} left out on purpose)` : 'body: every fundus paragraph', () => {
        const text = norm(article.text);
        const missing = gold.paragraphs!.filter((p) => !text.includes(norm(p)));
        expect(missing).toEqual(known?.missingParagraphs ?? []);
        expect(1 - missing.length / gold.paragraphs!.length).toBeGreaterThanOrEqual(0.9);
      });
    }
    if (gold.articleBody) {
      it('body: token recall >= 0.9 against the benchmark', () => {
        expect(tokenOverlap(gold.articleBody!, article.text).recall).toBeGreaterThanOrEqual(0.9);
      });
      it('body: token precision >= 0.8 against the benchmark', () => {
        expect(tokenOverlap(gold.articleBody!, article.text).precision).toBeGreaterThanOrEqual(0.8);
      });
    }
    if (gold.with) {
      it('body: has every trafilatura "with" snippet', () => {
        const text = norm(article.text);
        expect(gold.with!.filter((w) => !text.includes(norm(w)))).toEqual([]);
      });
    }
    if (gold.without) {
      it('body: has no trafilatura "without" snippet', () => {
        const text = norm(article.text);
        expect(gold.without!.filter((w) => text.includes(norm(w)))).toEqual([]);
      });
    }
    if (gold.bodyParagraphs) {
      it('body: the readability2 paragraphs, in order', () => {
        expect(article.text.split('\n\n').map(norm)).toEqual(gold.bodyParagraphs!.map(norm));
      });
    }
  });
}

describe('regressions named in SOURCES.md', () => {
  it('kommersant-1: the headline, not the site name Readability returns', () => {
    expect(extract('kommersant-1').title).not.toBe('Газета «Коммерсантъ»');
  });
  it('reuters-2: the text starts with the dateline, not the CCPA opt-out block', () => {
    expect(extract('reuters-2').text.startsWith('KATHMANDU, April 25 (Reuters)')).toBe(true);
  });
  it('ap-2 and reuters-3: not readerable, still extracted through their article metadata', () => {
    for (const name of ['ap-2', 'reuters-3']) {
      const a = extract(name);
      expect(a.readerable).toBe(false);
      expect(a.sentences.length).toBeGreaterThan(2);
    }
  });
  it('tass-1: decoded as UTF-8 without a meta charset, the dateline reads МОСКВА, 29 июня', () => {
    expect(extract('tass-1').dateline).toEqual({ text: 'МОСКВА, 29 июня', day: 29, month: 6 });
  });
  it('reuters-1: screen-reader-only ", opens new tab" does not cut the paragraph around its link', () => {
    const text = extract('reuters-1').text;
    expect(text).not.toContain('opens new tab');
    expect(text).toContain('The report by the Netherlands Organisation for Applied Scientific Research (TNO)');
  });
});
