// The identity of a fact-check across packs (issue 11): the same review URL
// and the same claim text. Within one file such items are merged; an item
// whose key is already installed by another pack is skipped as "already
// installed" instead of being stored twice. Each pack keeps its keys as
// 53-bit hashes in one Float64Array (lib/db/pack-keys.ts), so checking a
// 200,000-item file against 200,000 installed items is a Set lookup each.
import type { Claim } from './schema';
import { normalizeText } from '../text/normalize';

/** The claim text as compared: look-alike letters folded, case, quotes and trailing punctuation ignored. */
export const normaliseForKey = (quote: string) => normalizeText(quote).toLowerCase().replace(/["'`«»]/g, '').replace(/\s+/g, ' ').replace(/[\s.,;:!?…-]+$/g, '').trim();

/** `url|claim`: the review's own https URL (as the import keeps it) and the normalised claim text. */
export const reviewKey = (reviewUrl: string | undefined, quote: string) => `${reviewUrl ?? ''}|${normaliseForKey(quote)}`;

/** The key of a stored ClaimReview claim: its first source is the fact-check itself (lib/claims/claimreview.ts). */
export const claimKey = (claim: Claim) => reviewKey(claim.sources[0]?.url, claim.quote);

/**
 * cyrb53 (public domain): a 53-bit hash, exact in a double. At 200,000 keys
 * on each side the chance of any false "already installed" is about 1 in
 * 200 million, where a 32-bit hash would skip several real items.
 */
export function hashKey(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Installed keys (hash → the name of the pack holding it), or nothing to check against. */
export type InstalledKeys = ReadonlyMap<number, string>;
