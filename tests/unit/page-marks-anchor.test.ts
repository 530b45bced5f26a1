// @vitest-environment jsdom
// Which sentences get marked and how they are found again in the live page.
import { beforeEach, describe, expect, it } from 'vitest';
import { marksFromFindings } from '../../lib/page/marks';
import { anchorMarks, commonContainer, stillAnchored } from '../../lib/page/anchor';
import { runExtraction } from '../../lib/page/run-extraction';
import { ARTICLE_HEAD, ARTICLE_HTML } from './page-helpers';
import type { ExtractedArticle } from '../../lib/extract';
import type { ArticleFindings } from '../../lib/match';

const squash = (s: string) => s.replace(/\s+/g, '');

function article(): ExtractedArticle {
  document.head.innerHTML = ARTICLE_HEAD;
  document.body.innerHTML = ARTICLE_HTML;
  const outcome = runExtraction(document, new URL('https://tass.ru/politika/1'));
  if (!outcome.ok) throw new Error(outcome.detail);
  return outcome.article as ExtractedArticle;
}

describe('marksFromFindings', () => {
  it('gives one mark per sentence in reading order, a contradiction winning over a plain match', () => {
    const findings = {
      onTopic: true,
      events: [],
      matches: [
        { sentence: 'b', start: 50, end: 80, claims: [{ claimId: 'x' }] },
        { sentence: 'a', start: 0, end: 20, claims: [{ claimId: 'y' }] },
        { sentence: 'c', start: 90, end: 99, claims: [] },
      ],
      contradictions: [{ sentence: 'b', start: 50, end: 80, claimId: 'x', against: 'z', kind: 'curated', explanation: { ru: '', uk: '', en: '' } }],
    } as unknown as ArticleFindings;
    expect(marksFromFindings(findings)).toEqual([
      { start: 0, end: 20, kind: 'source' },
      { start: 50, end: 80, kind: 'contradiction' },
    ]);
  });
  it('marks a matching headline too, at HEADLINE_START (issue 10)', () => {
    const findings = {
      onTopic: true, events: [], contradictions: [],
      matches: [{ sentence: 'h', start: -1, end: -1, claims: [{ claimId: 'x' }], headline: true }, { sentence: 'a', start: 0, end: 20, claims: [{ claimId: 'y' }] }],
    } as unknown as ArticleFindings;
    expect(marksFromFindings(findings)).toEqual([{ start: -1, end: -1, kind: 'source' }, { start: 0, end: 20, kind: 'source' }]);
  });
  it('marks nothing on an off-topic page or without findings', () => {
    expect(marksFromFindings(undefined)).toEqual([]);
    expect(marksFromFindings({ onTopic: false, events: [], matches: [], contradictions: [] })).toEqual([]);
  });
});

describe('anchorMarks', () => {
  let a: ExtractedArticle;
  beforeEach(() => {
    a = article();
  });

  it('finds the headline mark on the page: the <h1> showing the title, outside the article text', () => {
    const [s0] = a.sentences;
    // The title the matcher saw is the page's headline (here <title> differs from <h1>, so take the <h1> one).
    a = { ...a, title: 'Lavrov says Trump confirmed interest in cyber cooperation' };
    const anchored = anchorMarks(document, a, [{ start: -1, end: -1, kind: 'source' }, { start: s0.start, end: s0.end, kind: 'source' }]);
    expect(anchored.map((m) => m.start)).toEqual([-1, s0.start]);
    expect(anchored[0].range.toString()).toBe('Lavrov says Trump confirmed interest in cyber cooperation');
    expect(anchored[0].range.commonAncestorContainer).toBe(document.querySelector('h1'));
    // The watcher observes the article body, not the page around the headline.
    expect(commonContainer(anchored)?.contains(document.querySelector('#p1'))).toBe(true);
    expect(anchorMarks(document, a, [{ start: -1, end: -1, kind: 'source' }])).toHaveLength(1);
  });

  it('finds each marked sentence as a live Range, across inline markup, without changing the page', () => {
    const html = document.body.innerHTML;
    const [s0, , s2, s3] = a.sentences;
    const anchored = anchorMarks(document, a, [
      { start: s0.start, end: s0.end, kind: 'source' },
      { start: s2.start, end: s2.end, kind: 'contradiction' },
      { start: s3.start, end: s3.end, kind: 'source' },
    ]);
    expect(anchored.map((m) => squash(m.range.toString()))).toEqual([squash(s0.text), squash(s2.text), squash(s3.text)]);
    expect(anchored[1].kind).toBe('contradiction');
    expect(document.body.innerHTML).toBe(html);
    expect(stillAnchored(anchored)).toBe(true);
    expect(commonContainer(anchored)?.className).toBe('body');
  });

  it('leaves out marks whose start is not a sentence of the article', () => {
    expect(anchorMarks(document, a, [{ start: 999_999, end: 1_000_000, kind: 'source' }])).toEqual([]);
  });

  it('notices when the page re-rendered the text under a range', () => {
    const s = a.sentences.find((x) => x.text.includes('specific'))!;
    const anchored = anchorMarks(document, a, [{ start: s.start, end: s.end, kind: 'source' }]);
    const body = document.querySelector('.body')!;
    body.innerHTML = body.innerHTML;
    expect(stillAnchored(anchored)).toBe(false);
    const again = anchorMarks(document, a, [{ start: s.start, end: s.end, kind: 'source' }]);
    expect(stillAnchored(again)).toBe(true);
  });
});
