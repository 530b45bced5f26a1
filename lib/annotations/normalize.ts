// One notion of "the same page" and "the same tag" for saving, filtering,
// de-duplicating imports and the command line, so a colleague's export of the
// same article (opened from a newsletter link with utm_ parameters) lands on
// the same page as ours.
import { INVISIBLE } from '../text/normalize';

const TRACKING_PARAM = /^(?:utm_[a-z_]+|fbclid|gclid|yclid|ysclid|mc_cid|mc_eid|_openstat)$/i;

/** The page an annotation belongs to: the URL without fragment and tracking parameters. Unparseable URLs are kept as given. */
export function pageKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  return parsed.toString();
}

/** Tags trimmed, inner whitespace collapsed, empty ones dropped, duplicates (ignoring case) removed; order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Splits what the reader typed in the tags field ("кибер, Женева; extradition") into tags. */
export function parseTagInput(text: string): string[] {
  return normalizeTags(text.split(/[,;]/));
}

/** Unique, non-empty ids in their first order. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
}

/** Whitespace collapsed for comparing quotes and notes (invisible characters dropped too). */
export function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** The URL when it is an absolute http(s) address, undefined otherwise (javascript:, data:, file:, relative…). */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}
