// @vitest-environment happy-dom
// Issue 12, item 8: XPath and Range selectors. Simple child-step paths are
// parsed and walked by hand (never document.evaluate); hostile or odd ones are
// refused with a reason; imports keep them as an XPath range that the content
// script anchors once, and the quote and position it found are stored.
import { afterEach, describe, expect, it } from 'vitest';
import { nodeAtXPath, parseXPath, xpathRangeIn, xpathRangeProblem } from '../../lib/annotations/xpath';
import { anchorPage } from '../../lib/annotations/content';
import { readJsonLd, toW3C } from '../../lib/annotations/export';
import { importAnnotations, listAnnotations, storeDerivedSelectors } from '../../lib/service/annotations';
import { openV2 } from '../fixtures/annotations/db';

afterEach(() => {
  document.body.innerHTML = '';
});

const PAGE = '<div><p>Intro.</p></div><div><p>First.</p><p>Second paragraph, with <b>bold</b> words.</p><p>Third one.</p></div>';
const now = () => new Date('2026-03-01T12:00:00.000Z');

describe('parseXPath', () => {
  it('reads child steps by name and index (no index: the first)', () => {
    expect(parseXPath('/html[1]/body[1]/div[2]/p[3]')).toEqual({ ok: true, steps: [
      { name: 'html', index: 1 }, { name: 'body', index: 1 }, { name: 'div', index: 2 }, { name: 'p', index: 3 },
    ] });
    expect(parseXPath('/html/body/P[2]/text()[1]')).toMatchObject({ ok: true, steps: [{ name: 'html' }, { name: 'body' }, { name: 'p', index: 2 }, { name: 'text()', index: 1 }] });
  });

  it.each([
    ['//p[1]', /descendant axis/],
    ['/html/body//p', /descendant axis/],
    ['/html/descendant::p', /axis \(descendant::\)/],
    ['/html/body/p[@class="x"]', /expression|predicate/],
    ['/html/body/p[last()]', /predicate other than a position/],
    ['/html/body/p[position()>1]', /expression|predicate/],
    ['/html/body/..', /steps to/],
    ['/html/body/@id', /attribute/],
    ['/html/body/*', /wildcard/],
    ['/html/body/count(p)', /calls a function/],
    ['/html/body/p[0]', /index \(0\) out of range/],
    ['/html/body/p[999999]', /index \(999999\) out of range/],
    ['/html/body/svg:svg', /namespace prefix/],
    ['/html/text()[1]/p', /text\(\) before its last step/],
    ['p[1]', /not an absolute path/],
    ['/a | /b', /expression/],
    [`/${'div/'.repeat(70)}p`, /more than 64 steps/],
    [`/html/body/${'x'.repeat(1_200)}`, /longer than 1000 characters/],
  ])('refuses %s with a reason', (path, reason) => {
    const r = parseXPath(path);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });
});

describe('walking the live page', () => {
  it('finds nodes from /html or, as Hypothesis writes them, from <body>', () => {
    document.body.innerHTML = PAGE;
    expect(nodeAtXPath(document, '/html[1]/body[1]/div[2]/p[2]')?.textContent).toBe('Second paragraph, with bold words.');
    expect(nodeAtXPath(document, '/div[2]/p[3]')?.textContent).toBe('Third one.');
    expect(nodeAtXPath(document, '/div[2]/p[2]/text()[2]')?.textContent).toBe(' words.');
    expect(nodeAtXPath(document, '/div[2]/p[9]')).toBeNull();
  });

  it('turns element + offsets into a Range, across child elements', () => {
    document.body.innerHTML = PAGE;
    expect(xpathRangeIn(document, { start: '/div[2]/p[2]', startOffset: 0, end: '/div[2]/p[2]' })?.toString()).toBe('Second paragraph, with bold words.');
    expect(xpathRangeIn(document, { start: '/div[2]/p[2]', startOffset: 18, end: '/div[2]/p[2]', endOffset: 27 })?.toString()).toBe('with bold');
    // W3C RangeSelector: from the start of p[1] to the start of p[3] (exclusive).
    expect(xpathRangeIn(document, { start: '/div[2]/p[1]', startOffset: 0, end: '/div[2]/p[3]', endOffset: 0 })?.toString()).toBe('First.Second paragraph, with bold words.');
    expect(xpathRangeIn(document, { start: '/div[2]/p[2]', startOffset: 500, end: '/div[2]/p[2]', endOffset: 900 })).toBeNull();
    expect(xpathRangeIn(document, { start: '//p', startOffset: 0, end: '//p' })).toBeNull();
  });

  it('anchors an XPath-only annotation and reports the quote and position it found', () => {
    document.body.innerHTML = PAGE;
    const { anchored, report } = anchorPage(document, [
      { id: 'x', exact: '', prefix: '', suffix: '', xrange: { start: '/html[1]/body[1]/div[2]/p[2]', startOffset: 18, end: '/html[1]/body[1]/div[2]/p[2]', endOffset: 27 } },
      { id: 'gone', exact: '', prefix: '', suffix: '', xrange: { start: '/div[7]', startOffset: 0, end: '/div[7]' } },
    ]);
    expect(anchored[0].range?.toString()).toBe('with bold');
    expect(report[0]).toMatchObject({ id: 'x', status: 'exact', derived: { exact: 'with bold', prefix: expect.stringMatching(/Second paragraph,$/), suffix: 'words. Third one.' } });
    expect(report[1]).toEqual({ id: 'gone', status: 'orphan' });
  });
});

describe('import and export', () => {
  const page = 'https://example.org/news/1';
  const item = (id: string, selector: unknown) => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', target: { source: page, selector } });
  const file = JSON.stringify([
    item('urn:x:xpath', { type: 'XPathSelector', value: '/html[1]/body[1]/div[2]/p[2]' }),
    item('urn:x:xpath-pos', { type: 'XPathSelector', value: '/html/body/div[2]/p[2]', refinedBy: { type: 'TextPositionSelector', start: 18, end: 27 } }),
    item('urn:x:range', { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/div[2]/p[1]' }, endSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/div[2]/p[3]' } }),
    item('urn:x:hypothesis', { type: 'RangeSelector', startContainer: '/div[2]/p[3]', startOffset: 0, endContainer: '/div[2]/p[3]', endOffset: 5 }),
    item('urn:x:quote', { type: 'XPathSelector', value: '//p', refinedBy: { type: 'TextQuoteSelector', exact: 'Third one.' } }),
    item('urn:x:hostile', { type: 'XPathSelector', value: '/html/body/p[count(//*) > 1]' }),
    item('urn:x:css-range', { type: 'RangeSelector', startSelector: { type: 'CssSelector', value: 'p' }, endSelector: { type: 'CssSelector', value: 'p' } }),
  ]);

  it('keeps XPath and Range selectors as an XPath range; hostile and unusable ones are listed with the reason', () => {
    const r = readJsonLd('x.jsonld', file, now);
    if (!r.ok) throw new Error(r.error);
    const byId = Object.fromEntries(r.value.annotations.map((a) => [a.id, a]));
    expect(byId['urn:x:xpath'].xrange).toEqual({ start: '/html[1]/body[1]/div[2]/p[2]', startOffset: 0, end: '/html[1]/body[1]/div[2]/p[2]' });
    expect(byId['urn:x:xpath-pos'].xrange).toEqual({ start: '/html/body/div[2]/p[2]', startOffset: 18, end: '/html/body/div[2]/p[2]', endOffset: 27 });
    expect(byId['urn:x:range'].xrange).toEqual({ start: '/html[1]/body[1]/div[2]/p[1]', startOffset: 0, end: '/html[1]/body[1]/div[2]/p[3]', endOffset: 0 });
    expect(byId['urn:x:hypothesis'].xrange).toEqual({ start: '/div[2]/p[3]', startOffset: 0, end: '/div[2]/p[3]', endOffset: 5 });
    // A quote inside the element wins: no path needed at all.
    expect(byId['urn:x:quote']).toMatchObject({ exact: 'Third one.' });
    expect(byId['urn:x:quote'].xrange).toBeUndefined();
    expect(r.value.notImported).toEqual([
      { index: 6, id: 'urn:x:hostile', reason: expect.stringMatching(/^Its XPath ".+" is an expression, not a path of child steps\.$/) },
      { index: 7, id: 'urn:x:css-range', reason: 'Its RangeSelector runs between CssSelectors.' },
    ]);
  });

  it('an XPath range not yet placed exports as W3C selectors and imports back the same', () => {
    const r = readJsonLd('x.jsonld', file, now);
    if (!r.ok) throw new Error(r.error);
    const some = r.value.annotations.filter((a) => a.xrange);
    const again = readJsonLd('y.jsonld', JSON.stringify(some.map(toW3C)), now);
    expect(again.ok && again.value.annotations.map((a) => a.xrange)).toEqual(some.map((a) => a.xrange));
  });

  it('stores the derived quote once anchored (own page only), so the next visit anchors by quote', async () => {
    const db = openV2('xpath-derived');
    expect(await importAnnotations(db, { fileName: 'x.jsonld', text: file }, now)).toMatchObject({ ok: true, value: { added: 5 } });
    const derived = { exact: 'with bold', prefix: 'Second paragraph,', suffix: 'words.', start: 30, end: 38 };
    expect(await storeDerivedSelectors(db, 'https://evil.example/', [{ id: 'urn:x:xpath-pos', status: 'exact', derived }], now)).toBe(0);
    expect(await storeDerivedSelectors(db, `${page}#top`, [{ id: 'urn:x:xpath-pos', status: 'exact', derived }, { id: 'urn:x:quote', status: 'exact', derived }], now)).toBe(1);
    const stored = await listAnnotations(db, { url: page });
    if (!stored.ok) throw new Error(stored.error);
    const placed = stored.value.find((a) => a.id === 'urn:x:xpath-pos')!;
    expect(placed).toMatchObject(derived);
    expect(placed.xrange).toBeUndefined();
    expect(stored.value.find((a) => a.id === 'urn:x:quote')).toMatchObject({ exact: 'Third one.' });
  });

  it('the stored form is checked too: a hostile path cannot be written to the database by a message', () => {
    expect(xpathRangeProblem({ start: '//script', startOffset: 0, end: '//script' })).toMatch(/descendant axis/);
  });
});
