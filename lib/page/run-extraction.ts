// Runs lib/extract on a live document and turns every outcome, including an
// exception from a hostile page, into a message-safe value.
import { extractArticle } from '../extract';
import type { ExtractOutcome } from '../protocol';

export function runExtraction(doc: Document, url: URL): ExtractOutcome {
  try {
    const result = extractArticle(doc, url);
    if (result.ok) return { ok: true, article: result.article };
    return { ok: false, reason: result.reason, detail: result.detail };
  } catch (e) {
    return { ok: false, reason: 'error', detail: e instanceof Error ? e.message : String(e) };
  }
}
