// The lexicon's stems as the extension reads them (assets/lexicon/stems.json,
// `npm run lexicon`): what stemming the committed lexicon gives today, so a
// worker wake-up can skip the stemming without matching differently. Fails
// after an edit of assets/lexicon/concepts.json or of the lemma tables until
// `npm run lexicon` is run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import stemsData from '../../assets/lexicon/stems.json';
import { LEXICON, LEXICON_SEATS, Lexicon, LexiconFile, lexiconStems, Seats } from '../../lib/text/lexicon';

const file = LexiconFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/lexicon/concepts.json'), 'utf8')));

describe('precomputed lexicon stems', () => {
  it('assets/lexicon/stems.json is what stemming the committed lexicon gives (else: npm run lexicon)', () => {
    expect(stemsData).toEqual(lexiconStems(file));
  });

  it('the shipped lexicon and seats answer as ones stemmed from the file', () => {
    const fromFile = new Lexicon(file);
    const seats = new Seats(file);
    const stems = new Set(lexiconStems(file).concepts.flatMap(([, s]) => s));
    expect(stems.size).toBeGreaterThan(500);
    for (const s of [...stems, 'nothing-of-the-lexicon']) expect(LEXICON.concepts(s), s).toEqual(fromFile.concepts(s));
    for (const [, seatStems, actors] of lexiconStems(file).seats) {
      for (const a of actors) expect(LEXICON_SEATS.standsFor(seatStems, a)).toBe(seats.standsFor(seatStems, a));
    }
  });
});
