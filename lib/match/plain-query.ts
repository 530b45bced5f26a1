// A query as the plain tokeniser sees it, in one of the languages of the
// plain-tokenised claims (claim-terms.ts): the same Analysis shape as lib/text
// produces, so re-ranking and "why it matched" treat it like any other query.
import type { Analysis } from '../text/analyze';
import { plainWords, plainWordsIn } from './claim-terms';

/** The plain analysis of `text` in each of `langs`, the text split into words once (claim-terms.ts, plainWordsIn). */
export function plainAnalyses(text: string, langs: readonly string[]): Analysis[] {
  return plainWordsIn(text, langs).map(analysisOf);
}

function analysisOf(words: ReturnType<typeof plainWords>): Analysis {
  return {
    lang: 'en',
    tokens: words.map((w) => ({ norm: w.term, start: w.start, end: w.end, kind: 'word' as const })),
    terms: words.map((w, i) => ({ stem: w.term, token: i, negated: false })),
    numbers: [],
    dates: [],
  };
}
