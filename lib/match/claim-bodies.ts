// Claim bodies read from storage for the candidates only. With 200,000
// imported claims the texts, sources and ids of every claim would be most of
// a service worker's heap; the index (search-index.ts) holds just enough to
// find candidates, and the matcher reads the few claims it re-ranks through
// this cache. `claims` is what the matcher indexes as db.claims[i]: a proxy
// over the cache, so the ranking code stays the same whether the database is
// in memory (command line, tests) or in IndexedDB (the extension).
import type { Claim } from '../claims/schema';

/** A body with the claim's analysed terms, from storage that keeps them together (an imported pack's claim rows). */
export interface BodyWithTerms {
  claim: Claim;
  terms: string[][];
}

/**
 * Reads claims by id, in order; a missing id gives undefined. `numbers` are
 * the same claims' numbers in the index, for storage that finds a body by
 * its position (the extension's claim rows, lib/db/claim-reader.ts), which
 * also gives the terms where the index segment does not keep them.
 */
export type ReadClaims = (ids: string[], numbers: number[]) => Promise<(Claim | BodyWithTerms | undefined)[]>;

/** The claim of what a ReadClaims gave. */
export const claimOf = (x: Claim | BodyWithTerms | undefined): Claim | undefined => (x && 'terms' in x && 'claim' in x ? x.claim : (x as Claim | undefined));

export class ClaimBodies {
  private cache = new Map<number, Claim>();
  /** Terms read with the bodies (claim rows), evicted with them. */
  private terms = new Map<number, string[][]>();
  readonly claims: Claim[];

  constructor(
    readonly size: number,
    private idOf: (i: number) => string,
    private read: ReadClaims,
    /** Bodies kept between calls; one article needs at most a few hundred. */
    private max = 5000,
  ) {
    const cache = this.cache;
    this.claims = new Proxy([] as Claim[], {
      get(target, prop, receiver) {
        if (prop === 'length') return size;
        if (typeof prop === 'string' && /^\d+$/.test(prop)) {
          const claim = cache.get(Number(prop));
          if (!claim) throw new Error(`claim ${prop} was not loaded before matching (ClaimBodies.load)`);
          return claim;
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  }

  /** Reads the given claim numbers that are not cached yet. */
  async load(numbers: Iterable<number>): Promise<void> {
    const missing = [...new Set(numbers)].filter((i) => !this.cache.has(i));
    if (!missing.length) return;
    if (this.cache.size + missing.length > this.max) this.cache.clear(), this.terms.clear();
    const bodies = await this.read(missing.map((i) => this.idOf(i)), missing);
    // A claim the index lists but storage lacks (a damaged pack) is left out of matching, not fatal.
    bodies.forEach((body, k) => {
      const claim = claimOf(body);
      if (!claim) return;
      this.cache.set(missing[k], claim);
      if (body !== claim) this.terms.set(missing[k], (body as BodyWithTerms).terms);
    });
  }

  /** Terms of claim number `i` read with its body, if its storage keeps them there. */
  termsOf(i: number): string[][] | undefined {
    return this.terms.get(i);
  }

  /** Whether claim number `i` can be re-ranked now. */
  has(i: number): boolean {
    return this.cache.has(i);
  }
}
