// Headline, byline and site name, read from the live document's metadata
// (read-only) and from Readability's result. Outlets disagree with themselves:
// kommersant's JSON-LD WebPage name is the newspaper's name, AP's og:title is
// not its <title>, Readability's byline on mk.ru is a photo credit.
import { outletForUrl } from '../outlets';
import { ldArticle, ldString, type LdNode } from './json-ld';
import { pickTitle } from './title';
import { normalizeSpace } from './whitespace';

/** What Readability's parse() returned that metadata reading uses. */
export interface ParsedMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
}

/** Headline, byline, site name and every name the site goes by (for stripping title suffixes). */
export interface PageMeta {
  title: string;
  byline?: string;
  siteName?: string;
  siteNames: string[];
}

function meta(doc: Document, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim() || undefined;
}

const MAX_TITLE_CHARS = 1_000;
const MAX_NAME_CHARS = 200;

// Readability's byline heuristics pick up photo credits and timestamps.
const NOT_A_BYLINE = /^(?:фото|photo|©|\d|иллюстр)|minute read|updated|\d{1,2}:\d{2}/i;

function cleanByline(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const text = normalizeSpace(raw).replace(/^(?:by|автор|автори|авторы)\s*:?\s+/i, '');
  if (!text || text.length > MAX_NAME_CHARS || NOT_A_BYLINE.test(text)) return undefined;
  return text;
}

/** Reads headline, byline and site name, preferring what the CMS declared over what Readability guessed. */
export function readMeta(doc: Document, url: URL, ld: LdNode[], parsed: ParsedMeta): PageMeta {
  const article = ldArticle(ld);
  const outlet = outletForUrl(url);
  const host = url.hostname.replace(/^www\./, '');
  const siteName = meta(doc, 'og:site_name') ?? ldString(article, 'publisher') ?? parsed.siteName ?? outlet?.name.en;
  const siteNames = [siteName, parsed.siteName, ldString(article, 'publisher'), host, host.split('.')[0],
    ...(outlet ? [outlet.name.ru, outlet.name.uk, outlet.name.en] : [])].filter((x): x is string => !!x);
  const h1 = doc.querySelector('h1')?.textContent ?? undefined;
  const title = pickTitle(
    [ldString(article, 'headline'), parsed.title, meta(doc, 'og:title'), meta(doc, 'twitter:title'), h1, doc.title],
    siteNames,
  );
  const byline = cleanByline(ldString(article, 'author')) ?? cleanByline(meta(doc, 'author')) ?? cleanByline(parsed.byline);
  // Caps keep the message to the background within lib/protocol.ts's ShortText bound.
  return {
    title: title.slice(0, MAX_TITLE_CHARS),
    ...(byline ? { byline } : {}),
    ...(siteName ? { siteName: normalizeSpace(siteName).slice(0, MAX_NAME_CHARS) } : {}),
    siteNames,
  };
}
