// Reading JSON-LD back: malformed files are rejected whole with a message
// that names the problem, duplicates are skipped and reported, and
// annotations from another W3C tool are taken in as far as they fit.
import { describe, expect, it } from 'vitest';
import { parseJsonLd, toJsonLd, toW3C } from '../../lib/annotations/export';
import { dedupe } from '../../lib/annotations/dedupe';
import { SAMPLES } from '../fixtures/annotations/samples';

const now = () => new Date('2026-03-01T00:00:00.000Z');
const parse = (value: unknown, name = 'f.jsonld') => parseJsonLd(name, typeof value === 'string' ? value : JSON.stringify(value), now);
const error = (value: unknown) => {
  const r = parse(value);
  return r.ok ? 'accepted' : r.error;
};

describe('parseJsonLd rejects malformed files, all or nothing', () => {
  it('says when the file is not JSON', () => {
    expect(error('{"type": "AnnotationCollection",')).toMatch(/^f\.jsonld is not valid JSON \(.+\)\. Nothing was imported\.$/);
  });

  it('says when the JSON is not a Web Annotation document', () => {
    expect(error({ hello: 'world' })).toBe('f.jsonld: The file is not a W3C Web Annotation document: no AnnotationCollection, AnnotationPage or Annotation at its top level. Nothing was imported.');
    expect(error('42')).toContain('expected a JSON object or list');
  });

  it('says when a collection links to its pages instead of including them', () => {
    expect(error({ type: 'AnnotationCollection', total: 2, first: 'https://example.org/page1' })).toContain('is a link, not included in the file');
  });

  it('rejects the whole file when one annotation is broken, naming each problem with its number and id', () => {
    const [good, bad] = SAMPLES.map(toW3C);
    const broken = { ...bad, created: 'yesterday', target: { type: 'SpecificResource', source: (bad.target as { source: string }).source, selector: [{ type: 'TextQuoteSelector' }] } };
    const message = error({ type: 'AnnotationPage', items: [good, broken] });
    expect(message.split('\n')).toEqual([
      'f.jsonld was not imported: it breaks the Web Annotation model in 2 places. Nothing was changed.',
      `annotation 2 (${bad.id}) target[0].selector: TextQuoteSelector needs an "exact" text`,
      'annotation 2 (' + bad.id + ') has "created" that is not one date and time with a time zone',
    ]);
  });

  it('rejects values past the stored limits (a quote of a megabyte, a bad claim id)', () => {
    const [a] = SAMPLES.map(toW3C);
    const huge = { ...a, target: { ...(a.target as object), selector: [{ type: 'TextQuoteSelector', exact: 'x'.repeat(1_000_000) }] } };
    expect(error(huge)).toContain('has exact that is not allowed');
    const badLink = { ...a, body: [{ type: 'SpecificResource', purpose: 'linking', source: 'urn:sverka:claim:Not%20A%20Slug' }] };
    expect(error(badLink)).toContain('has claimIds.0 that is not allowed');
  });

  it('requires an id that is an IRI (a model MUST); a target that is just the page is a page note (issue 12, item 8)', () => {
    const [a] = SAMPLES.map(toW3C);
    const { id: _id, ...noId } = a;
    expect(error(noId)).toContain('annotation 1 has no "id" that is an IRI');
    expect(parse({ ...a, target: 'https://tass.ru/' })).toMatchObject({ ok: true, value: [{ url: 'https://tass.ru/', exact: '' }] });
  });
});

describe('parseJsonLd accepts', () => {
  it('a single annotation, a page, a list, and an empty collection', () => {
    const [a] = SAMPLES.map(toW3C);
    expect(parse(a)).toMatchObject({ ok: true, value: [SAMPLES[0]] });
    expect(parse({ type: 'AnnotationPage', items: [a] })).toMatchObject({ ok: true, value: [SAMPLES[0]] });
    expect(parse([a])).toMatchObject({ ok: true, value: [SAMPLES[0]] });
    expect(parse(toJsonLd([]))).toEqual({ ok: true, value: [] });
  });

  it('an annotation from another tool: time zones to UTC, the outlet from the URL, unknown bodies kept as the note', () => {
    const hypothesis = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/AbC123',
      type: 'Annotation',
      created: '2021-06-17T09:00:00+03:00',
      body: [
        { type: 'TextualBody', value: 'Сравнить с версией RT', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: 'geneva' },
        { type: 'TextualBody', purpose: 'assessing', value: 'misleading' },
      ],
      target: [{ source: 'https://www.tass.ru/politika/example-fixture?utm_source=x#frag', selector: [{ type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 12 }, { type: 'TextQuoteSelector', exact: 'ноль ответов', prefix: 'получили ' }] }],
    };
    expect(parse(hypothesis)).toEqual({
      ok: true,
      value: [{
        id: 'https://hypothes.is/a/AbC123', url: 'https://www.tass.ru/politika/example-fixture', title: '', outletId: 'tass',
        exact: 'ноль ответов', prefix: 'получили ', suffix: '', note: 'Сравнить с версией RT\n\nmisleading', tags: ['geneva'], claimIds: [], events: [],
        created: '2021-06-17T06:00:00.000Z', modified: '2021-06-17T06:00:00.000Z',
      }],
    });
  });
});

describe('dedupe', () => {
  it('skips the same id and the same page + quote + note, and reports where each was first seen', () => {
    const [a, b] = SAMPLES;
    const renamed = { ...a, id: '11111111-2222-4333-8444-555555555555', url: `${a.url}#comments`, exact: `  ${a.exact.replace(/ /g, '\u00a0')} ` };
    const { unique, duplicates } = dedupe([a, b, renamed, b], [a], (i) => (i < 2 ? 'alice.jsonld' : 'bob.jsonld'));
    expect(unique).toEqual([b]);
    expect(duplicates).toEqual([
      { id: a.id, reason: 'the same id is already in the database' },
      { id: renamed.id, reason: `the same page, quote and note as ${a.id} in the database` },
      { id: b.id, reason: 'the same id is already in alice.jsonld' },
    ]);
  });
});
