// Sentence → live-DOM Range, for drawing highlights with the CSS Custom
// Highlight API. Sentences are searched in reading order (each search starts
// after the previous hit, so a phrase repeated in a teaser above the article
// does not steal the highlight), with a whole-page search as the fallback.
import { buildTextMap, rangeFor, type TextMap } from './dom-text';
import type { ExtractedArticle } from './types';
import { squeeze } from './whitespace';

/**
 * One Range per sentence of `article` in the live `doc` (null where the
 * sentence cannot be found, e.g. the page changed since extraction). Ranges
 * may span several text nodes (links, bold text inside a sentence). The page
 * is only read; nothing is inserted or wrapped.
 */
export function sentenceRanges(doc: Document, article: ExtractedArticle): (Range | null)[] {
  return sentenceRangesIn(doc, buildTextMap(doc), article);
}

/** sentenceRanges on a text map built beforehand (the page builds it in idle slices, lib/page/anchor.ts). */
export function sentenceRangesIn(doc: Document, map: TextMap, article: Pick<ExtractedArticle, 'sentences'>): (Range | null)[] {
  let cursor = 0;
  return article.sentences.map((s) => {
    const key = squeeze(s.text);
    if (!key) return null;
    let at = map.chars.indexOf(key, cursor);
    if (at < 0) at = map.chars.indexOf(key);
    if (at < 0) return null;
    cursor = at + key.length;
    return rangeFor(doc, map, at, at + key.length);
  });
}
