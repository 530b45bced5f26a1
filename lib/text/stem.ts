// Stemming through @orama/stemmers (Snowball algorithms for Russian,
// Ukrainian and English in one maintained package; compared with
// snowball-stemmers and natural in scripts/compare-stemmers.ts, numbers in
// docs/matching.md). "Путина"/"Путину"/"Путиным" → "путин", "запитів" →
// "запит", "requests" → "request".
import { stemmer as stemRu } from '@orama/stemmers/russian';
import { stemmer as stemUk } from '@orama/stemmers/ukrainian';
import { stemmer as stemEn } from '@orama/stemmers/english';
import type { Lang } from '../types/lang';
import { memo } from './memo';
import { lemmaOf } from './lemmas';

const UK_LETTERS = /[іїєґ']/;
const RU_LETTERS = /[ыэъ]/;
/** Any Cyrillic letter. */
export const CYRILLIC = /[\u0400-\u04FF]/;
const STEMMERS: Record<Lang, (w: string) => string> = { ru: memo(stemRu), uk: memo(stemUk), en: memo(stemEn) };

/**
 * The language whose stemmer fits one word: Latin words are English, Cyrillic
 * words with letters unique to one language go to it, other Cyrillic words
 * follow the sentence (a Russian article quoting a Ukrainian line stems each
 * word with the right rules).
 */
export function wordLang(word: string, sentenceLang: Lang): Lang {
  if (!CYRILLIC.test(word)) return 'en';
  if (UK_LETTERS.test(word)) return 'uk';
  if (RU_LETTERS.test(word)) return 'ru';
  return sentenceLang === 'en' ? 'ru' : sentenceLang;
}

/** A stemming function; analyze() takes one so scripts/compare-stemmers.ts can swap libraries. */
export type StemFn = (word: string, lang: Lang) => string;

/** The Snowball stem alone (no lemma table): what scripts/gen-lemmas.ts compares lemmas with. */
export function snowballStem(word: string, lang: Lang): string {
  if (word.length <= 3) return word;
  return STEMMERS[lang](word);
}

/**
 * Stem of a normalised lower-case word; words of three letters or fewer are
 * kept whole (abbreviations: "сша", "шос", "фбр"). A Russian or Ukrainian
 * form the dictionary table knows is first brought to its lemma ("запити" →
 * "запит"), so all forms of a claim's word meet in one stem.
 */
export function stemWord(word: string, lang: Lang): string {
  // An English possessive is its noun: "Russia's", "Kyiv's", "Washington's" meet "Russia", the Ukraine
  // concept, the seat (Snowball keeps "russia'", so the metonymy and the names missed them).
  if (lang === 'en' && word.endsWith("'s")) word = word.slice(0, -2);
  // An irregular English form is its lemma first, short ones too ("led" → "lead", "met" → "meet").
  if (lang === 'en') word = lemmaOf(word, 'en');
  if (word.length <= 3) return word;
  return STEMMERS[lang](lang === 'en' ? word : lemmaOf(word, lang));
}
