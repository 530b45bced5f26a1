// lib/extract: the article on a page as text with offsets, its dates, and the
// way back from a sentence to the live DOM. The content script calls
// extractArticle() and sentenceRanges(); the background only sees the data.
export type { Dateline, ExtractedArticle, ExtractFailure, ExtractOptions, ExtractResult, PageLang, PublishedDate, Sentence } from './types';
export { extractArticle } from './extract-article';
export { sentenceRanges } from './ranges';
export { splitSentences, type TextSpan } from './sentences';
export { parseDateText, normalizeIsoDate, monthFromWord, type DateParts } from '../text/dates';
export { parseDateline, datesDisagree } from './dateline';
export { cleanTitle } from './title';
