// The JSON-LD export checked against the W3C Web Annotation Data Model (a
// schema written from the specification, tests/fixtures/annotations/w3c-model.ts)
// and against a golden file, so any change to the format shows up in review.
import { describe, expect, it } from 'vitest';
import { toCollection, toJsonLd, toW3C } from '../../lib/annotations/export';
import { W3CAnnotation, W3CCollection, MOTIVATIONS } from '../fixtures/annotations/w3c-model';
import { SAMPLES } from '../fixtures/annotations/samples';
import { golden } from '../fixtures/annotations/golden';

describe('JSON-LD export', () => {
  it('is a valid W3C AnnotationCollection with every annotation valid', () => {
    const collection = JSON.parse(toJsonLd(SAMPLES));
    const checked = W3CCollection.safeParse(collection);
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 3, first: { type: 'AnnotationPage' } });
    for (const a of collection.first.items) expect(W3CAnnotation.safeParse(a).success).toBe(true);
  });

  it('an empty export is a valid collection without a page', () => {
    const collection = toCollection([]);
    expect(W3CCollection.safeParse(collection).success).toBe(true);
    expect(collection.first).toBeUndefined();
  });

  it('uses urn:uuid ids, UTC times, both selectors and the body purposes of the model', () => {
    const [assessed, highlight, commented] = SAMPLES.map(toW3C);
    expect(assessed.id).toBe('urn:uuid:3f1c2b7e-8d4a-4c1e-9b2f-0a6d5e4c3b21');
    expect(assessed.motivation).toBe('assessing');
    expect(highlight.motivation).toBe('highlighting');
    expect(commented.motivation).toBe('assessing');
    expect(toW3C({ ...SAMPLES[2], stance: undefined }).motivation).toBe('commenting');
    expect(assessed.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Сверить с заявлением Минюста США.', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'assessing', value: 'contradicts' },
      { type: 'TextualBody', purpose: 'tagging', value: 'экстрадиция' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Женева' },
      { type: 'SpecificResource', purpose: 'linking', source: 'urn:sverka:claim:bundled-requests' },
      { type: 'SpecificResource', purpose: 'linking', source: 'urn:sverka:claim:bundled-answer' },
    ]);
    expect(assessed.target).toEqual({
      type: 'SpecificResource', source: 'https://tass.ru/politika/example-fixture',
      selector: [
        { type: 'TextQuoteSelector', exact: SAMPLES[0].exact, prefix: SAMPLES[0].prefix, suffix: SAMPLES[0].suffix },
        { type: 'TextPositionSelector', start: 120, end: 171 },
      ],
    });
    // A quote saved from a statement has no position, so no TextPositionSelector.
    expect((commented.target as { selector: unknown }).selector).toEqual([{ type: 'TextQuoteSelector', exact: SAMPLES[2].exact }]);
    for (const a of [assessed, highlight, commented]) {
      expect(MOTIVATIONS).toContain(a.motivation);
      expect(a.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
  });

  it('gives the same file for the same annotations in any order (content-derived collection id)', () => {
    expect(toJsonLd([...SAMPLES].reverse())).toBe(toJsonLd(SAMPLES));
    expect(toCollection(SAMPLES).id).not.toBe(toCollection(SAMPLES.slice(1)).id);
  });

  it('matches the golden file', () => {
    golden('annotations.jsonld', toJsonLd(SAMPLES));
  });
});
