// The date of an article for matching, in its own file with no imports: the
// panel uses it too (a quote looked up on a page resolves roles on that page's
// date) and must not pull in the matcher.

/**
 * The day an article's role phrases resolve on (issue 10, class 5): its
 * dateline when the dateline gives a year, else the published day with the
 * dateline's day and month when there is one (the event's day on a
 * republished page), else the published day. ISO; undefined when the page
 * says nothing.
 */
export function articleDate(a: { published?: { iso: string }; dateline?: { day: number; month: number; year?: number } }): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  const published = a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published.iso) ? a.published.iso.slice(0, 10) : undefined;
  const d = a.dateline;
  const year = d?.year ?? (published ? Number(published.slice(0, 4)) : undefined);
  if (d && year !== undefined) return `${year}-${pad(d.month)}-${pad(d.day)}`;
  return published;
}
