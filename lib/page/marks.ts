// Which sentences of the article get a highlight, and which colour: the
// findings list matched sentences and contradiction sentences separately; the
// page shows one mark per sentence, "possible contradiction" winning over
// "has a known source" because it is the one a reader must not miss.
import type { ArticleFindings } from '../match';

export type MarkKind = 'source' | 'contradiction';

/** One sentence to highlight; offsets index the extracted article text (-1: the headline). */
export interface SentenceMark {
  start: number;
  end: number;
  kind: MarkKind;
}

export function marksFromFindings(findings: ArticleFindings | undefined): SentenceMark[] {
  if (!findings?.onTopic) return [];
  const byStart = new Map<number, SentenceMark>();
  for (const m of findings.matches) {
    // The headline (offsets -1, HEADLINE_START) is not in the article text: lib/page/anchor finds it on the page by itself.
    if (m.claims.length) byStart.set(m.start, { start: m.start, end: m.end, kind: 'source' });
  }
  for (const c of findings.contradictions) byStart.set(c.start, { start: c.start, end: c.end, kind: 'contradiction' });
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
