// Texts that sit in a score tier, for tests of what a tier does (the
// "possibly related" section, the in-context rule, a brief below the
// strong-match level). Every refit of the weights and every lexicon entry
// moves single texts across a tier's edges — the scores are steep — so a
// test names a few plausible texts and takes the first one in the tier. The
// behaviour is still checked on a real text, and the test fails, listing every
// score, when none of them is in the tier any more.
import type { Matcher } from '../../lib/match';

/**
 * The first of `texts` whose score is in [lo, hi): the best candidate's, or `claimId`'s when given.
 * Throws with the scores when none is.
 */
export function inTier(matcher: Matcher, texts: readonly string[], lo: number, hi: number, claimId?: string): string {
  const scores = texts.map((text) => {
    const cs = matcher.candidates(text);
    const c = claimId ? cs.find((x) => x.claimId === claimId) : cs[0];
    return { text, score: c?.score ?? 0, claimId: c?.claimId };
  });
  const hit = scores.find((s) => s.score >= lo && s.score < hi);
  if (!hit) throw new Error(`no text in the tier [${lo}, ${hi}):\n${scores.map((s) => `  ${s.score.toFixed(3)} ${s.claimId ?? '-'} ${s.text}`).join('\n')}`);
  return hit.text;
}
