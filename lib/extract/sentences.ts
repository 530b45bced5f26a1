// Sentence splitting lives in lib/text/sentences.ts: one splitter for the
// article text and for quote lookup (issue 10). Re-exported for the extractor.
export { endsWithAbbreviation, MAX_SENTENCE_CHARS, splitSentences, type TextSpan } from '../text/sentences';
