// A bounded memo for pure word-level functions (stemming, normalising,
// number-word lookup). News repeats its vocabulary, so most words are seen
// before; the bound keeps a long-lived service worker from growing without limit.

// Stands for a cached `undefined`: most words are no month and no number, and
// telling a cached undefined from a miss with has() doubled their lookups.
const NONE = Symbol('none');

/** Wraps `fn(key)` with a cache of at most `max` entries (cleared when full). */
export function memo<T>(fn: (key: string) => T, max = 200_000): (key: string) => T {
  const cache = new Map<string, T | typeof NONE>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const value = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value === undefined ? NONE : value);
    return value;
  };
}
