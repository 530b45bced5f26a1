// The in-page path: lib/extract on the live document. Since issue 14 only the
// fallback script (entrypoints/extract-in-page.ts, injected when no extension
// context with a DOM exists), the unit tests and golden comparisons use it;
// the content script itself never bundles Readability.
import { extractArticle } from '../extract/extract-article';
import { asOutcome } from '../extract/outcome';
import type { ExtractOutcome } from '../protocol';

export function runExtraction(doc: Document, url: URL): ExtractOutcome {
  return asOutcome(() => extractArticle(doc, url));
}
