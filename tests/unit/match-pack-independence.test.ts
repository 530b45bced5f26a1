// Importing a large pack never changes how the bundled claims score: a
// claim is re-ranked with its own segment's term statistics (search-index.ts
// idfWithin). Found by `npm run bench` at 200k items: a generated feed made
// common English words look rare and lifted a bundled claim over the
// threshold on an off-topic AP page.
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../lib/match';
import { buildSegment, SearchIndex } from '../../lib/match/search-index';
import { TINY_DB } from '../eval/tiny-db';
import type { Claim } from '../../lib/claims/schema';

/** A pack of statements about other things, in English words that the tiny database also uses. */
function otherPack(n: number): Claim[] {
  const base = TINY_DB.claims[0];
  const words = ['harvest', 'river', 'stadium', 'orchestra', 'bridge', 'festival', 'railway', 'museum', 'garden', 'library'];
  return Array.from({ length: n }, (_, i) => {
    const text = `The ${words[i % 10]} council discussed ${words[(i * 3) % 10]} plans number ${i} with ${words[(i * 7) % 10]} volunteers`;
    return { ...base, id: `other-${i}`, quote: text, quoteLang: 'en', text: { ru: text, uk: text, en: text }, sources: base.sources };
  });
}

describe('scores do not depend on other packs', () => {
  const query = 'Putin said Russian requests about cybercrime got no answer';
  const alone = Matcher.build(TINY_DB).matchText(query, { top: 5 });

  it('a bundled claim keeps its score when a pack of 2,000 other statements is beside it', () => {
    const pack = otherPack(2000);
    const index = new SearchIndex([buildSegment(TINY_DB.claims), buildSegment(pack)]);
    const byNumber = new Map([...TINY_DB.claims, ...pack].map((c) => [c.id, c]));
    const both = Matcher.withStoredClaims(TINY_DB, index, async (ids) => ids.map((id) => byNumber.get(id)));
    return both.prepareText(query).then(() => {
      const found = both.matchText(query, { top: 5 });
      expect(alone.length).toBeGreaterThan(0);
      expect(found.map((m) => [m.claimId, m.score])).toEqual(alone.map((m) => [m.claimId, m.score]));
    });
  });
});
