// Export → import → export loses nothing and changes nothing, for arbitrary
// annotations: any Unicode (astral characters, lone surrogates, control
// characters, RTL marks) in quotes, notes, tags and titles, with and without
// positions, stances, links and outlet data, and with ids from other tools.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonLd, toJsonLd } from '../../lib/annotations/export';
import { byCreated } from '../../lib/annotations/filter';
import { normalizeTags, pageKey } from '../../lib/annotations/normalize';
import { AnnotationSchema } from '../../lib/annotations/protocol';
import { STANCES, type Annotation } from '../../lib/annotations/types';
import { W3CCollection } from '../fixtures/annotations/w3c-model';

/** Any UTF-16 unit, lone surrogates included, mixed with whole code points. */
const anyText = (maxLength: number, minLength = 0) =>
  fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), minLength, maxLength });
const slug = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/);
const isoTime = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

const annotation: fc.Arbitrary<Annotation> = fc.record({
  id: fc.oneof(fc.uuid().map((u) => u.toLowerCase()), fc.webUrl({ withQueryParameters: true })),
  url: fc.webUrl({ withQueryParameters: true, withFragments: true }).map(pageKey),
  title: anyText(80),
  outletId: fc.option(slug, { nil: undefined }),
  published: fc.option(anyText(64), { nil: undefined }),
  exact: anyText(300, 1),
  prefix: anyText(32),
  suffix: anyText(32),
  position: fc.option(fc.tuple(fc.nat(1_000_000), fc.nat(5_000)), { nil: undefined }),
  note: anyText(500),
  tags: fc.array(anyText(30), { maxLength: 6 }).map(normalizeTags),
  stance: fc.option(fc.constantFrom(...STANCES), { nil: undefined }),
  claimIds: fc.uniqueArray(slug, { maxLength: 5 }),
  events: fc.uniqueArray(slug, { maxLength: 3 }),
  times: fc.tuple(isoTime, isoTime).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
}).map(({ position, times, outletId, published, stance, ...rest }) => {
  const a: Annotation = { ...rest, created: times[0], modified: times[1] };
  if (position) {
    a.start = position[0];
    a.end = position[0] + position[1];
  }
  if (outletId !== undefined) a.outletId = outletId;
  if (published !== undefined) a.published = published;
  if (stance !== undefined) a.stance = stance;
  return a;
});

const annotations = fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 8 });

describe('JSON-LD round trip', () => {
  it('generates only valid stored annotations (the property below is about real data)', () => {
    fc.assert(fc.property(annotation, (a) => AnnotationSchema.safeParse(a).success));
  });

  it('export → import gives back the same annotations, and export again the same file', () => {
    fc.assert(
      fc.property(annotations, (list) => {
        const file = toJsonLd(list);
        const parsed = parseJsonLd('roundtrip.jsonld', file, () => new Date(0));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.value).toEqual([...list].sort(byCreated));
        expect(toJsonLd(parsed.value)).toBe(file);
        expect(W3CCollection.safeParse(JSON.parse(file)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
