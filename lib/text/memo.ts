// A bounded memo for pure word-level functions (stemming, normalising,
// number-word lookup). News repeats its vocabulary, so most words are seen
// before; the bound keeps a long-lived service worker from growing without limit.

/** Wraps `fn(key)` with a cache of at most `max` entries (cleared when full). */
export function memo<T>(fn: (key: string) => T, max = 200_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}
