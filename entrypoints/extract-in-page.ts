// The in-page fallback (issue 14): lib/extract on the live document, for a
// browser with no extension context that owns a DOM. The background injects
// this file into the content script's isolated world only when asked, so
// the content script's own bundle stays free of Readability; the content
// script finds the function under a symbol the page cannot reach.
import { runExtraction } from '../lib/page/run-extraction';
import { IN_PAGE_EXTRACTOR } from '../lib/page/analyse';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<symbol, unknown>)[IN_PAGE_EXTRACTOR] = runExtraction;
});
