// Candidate bodies for the matcher (Matcher.withStoredClaims), read from
// wherever they are stored: the claim records (bundled data, Sverka packs,
// "My statements", packs stored before schema v4) by id, and the rows of an
// imported ClaimReview pack (lib/db/claim-rows.ts) by the claim's position in
// its index segment — only the rows holding a candidate are read.
import type { Claim } from '../claims/schema';
import type { BodyWithTerms, ReadClaims } from '../match/claim-bodies';
import type { SearchIndex } from '../match/search-index';
import type { Segment } from '../match/segment';
import { withoutOrigin, type Pack, type SverkaDatabase } from './database';
import { bodiesAt } from './claim-rows';

/** A ReadClaims over `db` for the claims of `index`, whose pack segments are `packOf`. */
export function storedClaimReader(db: SverkaDatabase, index: SearchIndex, packOf: ReadonlyMap<Segment, Pack>): ReadClaims {
  return async (ids, numbers) => {
    const out: (Claim | BodyWithTerms | undefined)[] = ids.map(() => undefined);
    const records: number[] = [];
    const inRows = new Map<Pack, { k: number; position: number; segment: Segment }[]>();
    ids.forEach((_, k) => {
      const [segment, position] = index.locate(numbers[k]);
      const pack = packOf.get(segment);
      if (!pack?.rowSize) return void records.push(k);
      const list = inRows.get(pack) ?? [];
      list.push({ k, position, segment });
      inRows.set(pack, list);
    });
    const found = await db.claims.bulkGet(records.map((k) => ids[k]));
    records.forEach((k, j) => {
      const c = found[j];
      if (c) out[k] = withoutOrigin(c);
    });
    for (const [pack, wanted] of inRows) {
      const bodies = await bodiesAt(db, pack, wanted.map((w) => w.position));
      // A row whose claim is not the one the segment names, or whose terms do not fit the segment (a damaged
      // pack), gives nothing, not a wrong body.
      wanted.forEach(({ k, position, segment }, j) => {
        const b = bodies[j];
        if (b?.claim.id !== ids[k]) return;
        if (!segment.termsInRows) return void (out[k] = b.claim);
        const terms = segment.termsFromRow(position, b.first, b.count, b.forward);
        if (terms) out[k] = { claim: b.claim, terms };
      });
    }
    return out;
  };
}
