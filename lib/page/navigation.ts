// In-page navigations (history.pushState on single-page news sites): which
// ones bring a new article for Sverka to read.

/**
 * True when a URL change means another page: a different path or query.
 * A change of the #fragment only (a table of contents, a footnote link)
 * keeps the same article, so Sverka keeps its highlights.
 */
export function isOtherPage(next: URL | string, previous: URL | string): boolean {
  const a = new URL(String(next));
  const b = new URL(String(previous));
  return a.origin !== b.origin || a.pathname !== b.pathname || a.search !== b.search;
}
