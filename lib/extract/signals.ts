// Cheap questions asked before the expensive parse: is the page too big to
// parse without freezing the tab, and does its metadata say it is an article?
// Metadata matters because Readability's own readerability check rejects
// short real articles (ap-2, reuters-3) and lets some home pages through.
import { ldArticle, type LdNode } from './json-ld';

/** Default cap on page size; the element count is checked against maxHtmlChars / 50 (60,000 elements). */
export const DEFAULT_MAX_HTML_CHARS = 3_000_000;
/** Default cap on the text Readability returns for one article. */
export const DEFAULT_MAX_TEXT_CHARS = 500_000;
/** Elements per character of HTML, a typical ratio on news pages (see the real-page fixtures). */
const CHARS_PER_ELEMENT = 50;

/** A reason the page is too large, or undefined. Counts elements only: no serialising, no layout. */
export function tooLarge(doc: Document, maxHtmlChars: number): string | undefined {
  const elements = doc.getElementsByTagName('*').length;
  const limit = Math.floor(maxHtmlChars / CHARS_PER_ELEMENT);
  if (elements > limit) return `The page has ${elements} elements; Sverka reads pages of up to ${limit}.`;
  return undefined;
}

function meta(doc: Document, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim() || undefined;
}

/** The article signals the page carries (empty when none): JSON-LD article, og:type=article, published time. */
export function articleSignals(doc: Document, ld: LdNode[]): string[] {
  const found: string[] = [];
  if (ldArticle(ld)) found.push('json-ld');
  if (meta(doc, 'og:type')?.toLowerCase() === 'article') found.push('og:type');
  if (meta(doc, 'article:published_time') || doc.querySelector('[itemprop="articleBody"]')) found.push('article-meta');
  return found;
}

/** True for a site's front page or section index ("/", "/ru/", "/news/"), where no article lives. */
export function isIndexPath(url: URL): boolean {
  const parts = url.pathname.split('/').filter(Boolean);
  return parts.length === 0 || (parts.length === 1 && /^(?:ru|uk|ua|en|rus|ukr|eng|news|novosti|novini|index\.html?)$/i.test(parts[0]));
}
