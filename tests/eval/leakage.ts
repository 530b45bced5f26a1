// Leakage between a labelled query and its claim (issue 10): a "paraphrase"
// or "cross-language" query that repeats most of the claim's own wording in
// that language measures copying, not matching. Overlap is the share of the
// query's distinct normalised words (tokenize(): NFC, ё→е, apostrophes and
// look-alikes folded, lower case; no stemming, so inflection counts as a
// change) found in the claim's text in the query's language, or its quote
// when the quote is in that language. The highest over the expected claims counts.
import type { Claim } from '../../lib/claims/schema';
import { tokenize } from '../../lib/text/tokenize';
import type { Query } from './data';

/** Above this share a non-verbatim query is a near-copy of its claim. */
export const MAX_SHARED_WORDS = 0.6;

/** Kinds that are copies on purpose: verbatim fragments and the same fragments with typos. */
export const COPY_KINDS = new Set(['verbatim', 'typo']);

const words = (s: string) => new Set(tokenize(s).filter((t) => t.kind === 'word').map((t) => t.norm));

/** Highest share of the query's words found in one expected claim's wording in the query's language. */
export function sharedWords(q: Query, claims: Map<string, Claim>): number {
  const qw = words(q.q);
  if (!qw.size) return 0;
  let best = 0;
  for (const id of q.expect) {
    const c = claims.get(id);
    if (!c) continue;
    const texts = [c.text[q.lang], c.quoteLang === q.lang ? c.quote : ''].filter(Boolean);
    for (const t of texts) {
      const cw = words(t);
      best = Math.max(best, [...qw].filter((w) => cw.has(w)).length / qw.size);
    }
  }
  return best;
}

/** Labelled non-copy queries that share more than MAX_SHARED_WORDS with their claim. */
export function leakyQueries(queries: Query[], claims: Map<string, Claim>): { line: number; q: Query; shared: number }[] {
  return queries
    .map((q, i) => ({ line: i + 1, q, shared: q.expect.length && !COPY_KINDS.has(q.kind) ? sharedWords(q, claims) : 0 }))
    .filter((x) => x.shared > MAX_SHARED_WORDS);
}
