// The score tiers a reader sees, in a module of their own so the panel and
// the export can show scores without loading the matcher: MATCH_THRESHOLD
// (nothing below it is a match) and STRONG_MATCH (one match this strong puts
// a page on an event by itself).

/** Below this calibrated score nothing is shown as a match, anywhere (panel, CLI, eval). */
export const MATCH_THRESHOLD = 0.5;

/** One match this strong puts a page on a tracked event by itself. */
export const STRONG_MATCH = 0.8;

/** `x` rounded to `places` decimals, but never up across a tier's edge (0.4996 is not shown as the threshold). */
function shown(x: number, places: number): number {
  const k = 10 ** places;
  const r = Math.round(x * k) / k;
  for (const edge of [MATCH_THRESHOLD, STRONG_MATCH]) if (x < edge && r >= edge) return Math.round((edge - 1 / k) * k) / k;
  return r;
}

/** A score as matches carry it: three decimals, never rounded up across a tier's edge. */
export const shownScore = (x: number): number => shown(x, 3);

/** A score as the panel and the exports print it ("49%", never "50%" for a weaker match). */
export const shownPercent = (x: number): string => `${Math.round(shown(Math.max(0, Math.min(1, x)), 2) * 100)}%`;
