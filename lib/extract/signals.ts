// Cheap questions asked before the expensive parse: is the page too big to
// parse without freezing the tab, and does its metadata say it is an article?
// Metadata matters because Readability's own readerability check rejects
// short real articles (ap-2, reuters-3) and lets some home pages through.
import { ldArticle, type LdNode } from './json-ld';

/** Default cap on page size; the element count is checked against maxHtmlChars / 50 (60,000 elements). */
export const DEFAULT_MAX_HTML_CHARS = 3_000_000;
/** Default cap on the text Readability returns for one article. */
export const DEFAULT_MAX_TEXT_CHARS = 500_000;
/**
 * Default cap on element nesting. Chromium's HTML parser never nests deeper
 * than 512, so only a DOM built by script (or a page read in jsdom) gets here;
 * Readability's cost grows with the square of the depth.
 */
export const DEFAULT_MAX_DEPTH = 1_500;
/** Default time budget for one extraction (real pages take 10–300 ms in Chromium, under 1 s in jsdom). */
export const DEFAULT_MAX_MILLIS = 5_000;
/** Elements per character of HTML, a typical ratio on news pages (see the real-page fixtures). */
const CHARS_PER_ELEMENT = 50;
/** The page's own text may be this many times the article cap before Readability is not even tried. */
const PAGE_TEXT_FACTOR = 2;

/**
 * A reason the page is too large, or undefined. Cheap checks only, in order
 * of cost: element count, nesting depth, then the amount of text outside
 * scripts and styles. No serialising, no layout.
 */
export function tooLarge(doc: Document, maxHtmlChars: number, maxTextChars = DEFAULT_MAX_TEXT_CHARS, maxDepth = DEFAULT_MAX_DEPTH): string | undefined {
  const structure = structureTooLarge(doc, maxHtmlChars, maxDepth);
  if (structure) return structure;
  const text = pageTextLength(doc);
  const textLimit = maxTextChars * PAGE_TEXT_FACTOR;
  if (text > textLimit) return `The page has ${text} characters of text; Sverka reads pages of up to ${textLimit}.`;
  return undefined;
}

/**
 * The element-count and nesting part of tooLarge, without the text count.
 * The content script asks this of the live DOM before taking a snapshot
 * (issue 14): a script-built nesting deeper than the HTML parser's 512
 * levels would not survive the snapshot. The text count (which makes strings
 * of every script's text) is left to the extension context.
 */
export function structureTooLarge(doc: Document, maxHtmlChars = DEFAULT_MAX_HTML_CHARS, maxDepth = DEFAULT_MAX_DEPTH): string | undefined {
  const elements = doc.getElementsByTagName('*').length;
  const limit = Math.floor(maxHtmlChars / CHARS_PER_ELEMENT);
  if (elements > limit) return `The page has ${elements} elements; Sverka reads pages of up to ${limit}.`;
  const depth = nestingDepth(doc.documentElement, maxDepth);
  if (depth > maxDepth) return `The page's elements are nested over ${maxDepth} levels deep; Sverka reads pages of up to ${maxDepth}.`;
  return undefined;
}

/** Depth of the deepest element under `root` (root = 1), counting no further than `stopAbove` + 1. Iterative: no stack overflow. */
export function nestingDepth(root: Element | null, stopAbove: number): number {
  if (!root) return 0;
  let max = 1;
  let depth = 1;
  let node: Element = root;
  for (;;) {
    const child = node.firstElementChild;
    if (child && depth <= stopAbove) {
      node = child;
      depth++;
      if (depth > max) max = depth;
      continue;
    }
    // No (visited) child: the next sibling, or climb until an ancestor has one.
    let next: Element | null = node;
    while (next && next !== root && !next.nextElementSibling) {
      next = next.parentElement;
      depth--;
    }
    if (!next || next === root) return max;
    node = next.nextElementSibling!;
  }
}

/** Characters of text in the page outside <script>, <style>, <noscript> and <template>. */
export function pageTextLength(doc: Document): number {
  const root = doc.body ?? doc.documentElement;
  if (!root) return 0;
  let total = root.textContent?.length ?? 0;
  for (const el of Array.from(root.querySelectorAll('script, style, noscript, template'))) {
    // Nested ones (a <script> inside <noscript>) are subtracted once, through their outermost ancestor.
    if (el.parentElement?.closest('script, style, noscript, template')) continue;
    total -= el.textContent?.length ?? 0;
  }
  return total;
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
