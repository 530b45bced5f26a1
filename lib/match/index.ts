// Public API of matching (issue 4). The background builds a Matcher from the
// claim database (or loads a serialized one from IndexedDB, keyed by data
// version), then calls matchSentences() per article and matchText() per
// selection. Everything returned is plain data.
export type { MatchWhy, Match, SentenceMatch, Contradiction, ArticleFindings } from './types';
export { MATCH_THRESHOLD, STRONG_MATCH } from './score';
export { MIN_SENTENCES_PER_EVENT } from './article';
export { Matcher, RELATED, type MatcherOptions, type ArticleOptions } from './matcher';
export { articleDate } from './article-date';
