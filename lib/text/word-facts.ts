// Everything the analyser asks about one word, looked up once per token.
// analyze() used to ask five bounded memos per word (normalised form, month,
// number word, stem and lemma) plus the stop-word and negation sets: at
// 200,000 imported claims those lookups — each hashing the word again — were
// half of indexing (issue 11). One entry per raw word holds the answers; the
// functions behind them are unchanged, so every answer is the same.
import type { Lang } from '../types/lang';
import { monthOfWord } from './dates';
import { memo } from './memo';
import { normalizeWord } from './normalize';
import { numberWordOf } from './number-words';
import { stemWord, wordLang } from './stem';
import { isNegation, isStopWord } from './stopwords';

export interface WordFacts {
  /** tokenize()'s normalised, lower-cased form. */
  readonly norm: string;
  /** monthOf(norm). */
  readonly month: number | undefined;
  /** numberWordValue(norm). */
  readonly numberValue: number | undefined;
  /** isNegation(norm). */
  readonly negation: boolean;
  /** isStopWord(norm, lang) as a bit per language (STOP_BIT). */
  readonly stop: number;
  /** stemWord(norm, wordLang(norm, sentence language)) per sentence language, filled on first use. */
  stemRu?: string;
  stemUk?: string;
  stemEn?: string;
}

export const STOP_BIT: Record<Lang, number> = { ru: 1, uk: 2, en: 4 };

/** The facts of a raw word as it stands in the text (bounded like every word memo). */
export const factsOf: (raw: string) => WordFacts = memo((raw): WordFacts => {
  const norm = normalizeWord(raw);
  return {
    norm,
    month: monthOfWord(norm),
    numberValue: numberWordOf(norm),
    negation: isNegation(norm),
    stop: (isStopWord(norm, 'ru') ? 1 : 0) | (isStopWord(norm, 'uk') ? 2 : 0) | (isStopWord(norm, 'en') ? 4 : 0),
  };
});

/** stemWord(f.norm, wordLang(f.norm, sentenceLang)), computed once per word and sentence language. */
export function stemIn(f: WordFacts, sentenceLang: Lang): string {
  if (sentenceLang === 'ru') return (f.stemRu ??= stemWord(f.norm, wordLang(f.norm, 'ru')));
  if (sentenceLang === 'uk') return (f.stemUk ??= stemWord(f.norm, wordLang(f.norm, 'uk')));
  return (f.stemEn ??= stemWord(f.norm, wordLang(f.norm, 'en')));
}
