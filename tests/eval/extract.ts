// Article sentences for the eval and the benchmark, through lib/extract's
// extractArticle: the extension's own extraction, so what is measured is
// what a reader gets.
import { extractArticle } from '../../lib/extract';
import { documentOf } from './data';

export interface PageText {
  ok: boolean;
  title: string;
  text: string;
  sentences: { text: string; start: number; end: number }[];
  via: 'lib/extract';
  reason?: string;
}

/** Extracts a page's article sentences the way the extension would. */
export async function pageText(html: string, url: string): Promise<PageText> {
  const r = extractArticle(documentOf(html, url), new URL(url));
  if (!r.ok) return { ok: false, title: '', text: '', sentences: [], via: 'lib/extract', reason: `${r.reason}: ${r.detail}` };
  return { ok: true, title: r.article.title, text: r.article.text, sentences: r.article.sentences, via: 'lib/extract' };
}
